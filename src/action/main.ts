/**
 * The action: inputs → Plan → pipeline (with the cached baseline) → report, in this order:
 * report.json (the smoothed model is already in output-dir), job summary, comment.md and the PR
 * comment (or review; every request inside timeout-minutes), cache save on the default branch, release asset, outputs; `setFailed` comes last,
 * so a failing gate still leaves every report behind. Service trouble (comment permissions, cache,
 * rate limits) is a warning; only the verdict or a user error fails the step.
 * Dependencies are injectable so tests drive `run()` without the heavy engine.
 */
import * as core from '@actions/core';
import * as cacheModule from '@actions/cache';
import * as path from 'node:path';
import { readFile } from 'node:fs/promises';
import { formatError, WwError } from '../errors.js';
import type { Pipeline, ShardRunner } from '../engine/pipeline.js';
import { actionsRuntimeCache } from '../runtime/actionsCache.js';
import { configureOnnxRuntime, ensureOnnxRuntime, type RuntimeOptions } from '../runtime/ort.js';
import { checkRuntimePlatform } from '../runtime/platform.js';
import { formatShard, type ShardSpec } from '../shard/partition.js';
import { evaluateGate } from '../gate/rules.js';
import { githubContextWarnings } from '../engine/preflight.js';
import { writeFileAtomic, writeReportJson } from '../report/json.js';
import { GITHUB_COMMENT_LIMIT, GITHUB_SUMMARY_LIMIT, renderReport } from '../report/markdown.js';
import { readRunReport } from '../report/read.js';
import type { RunReport } from '../report/types.js';
import { restoreBaseline, saveBaseline, type CacheApi } from './cache.js';
import { isDefaultBranchPush, isRelease, readRunContext, runUrl, type RunContext } from './context.js';
import { attachToRelease, createClient, findRelease, DEFAULT_RETRY, postReview, prForWorkflowRun, upsertComment, type GitHubClient, type RetryOptions } from './github.js';
import { readActionSettings, type ActionSettings } from './inputs.js';
import { setReportOutputs } from './outputs.js';
import { TOOL_VERSION } from './version.js';
import { Deadline } from '../io/deadline.js';

export interface ActionDeps {
  /** The engine; default: the real pipeline (loaded lazily so tests with a fake never load onnxruntime). */
  readonly pipeline?: Pipeline;
  readonly cache?: CacheApi;
  readonly retry?: RetryOptions;
  /** The shard job's engine; default: the real one (loaded lazily). */
  readonly shardRunner?: ShardRunner;
  /** How onnxruntime is made available before the first perplexity; default src/runtime/ort.ts. */
  readonly runtime?: RuntimeSetup;
}

/** The two calls of docs/runtime.md, injectable so tests need no download. */
export interface RuntimeSetup {
  configure(options: RuntimeOptions): void;
  ensure(options: RuntimeOptions): Promise<unknown>;
}

const defaultRuntime: RuntimeSetup = { configure: configureOnnxRuntime, ensure: ensureOnnxRuntime };

/**
 * Makes onnxruntime-node available (docs/runtime.md steps 1-5: onnxruntime-path, the committed
 * dist/node_modules copy, NODE_PATH, the tool cache, then the Actions cache or a verified download).
 * Any failure becomes RUNTIME_MISSING with the cause in the message, never a crash.
 */
async function prepareRuntime(setup: RuntimeSetup, onnxruntimePath: string | null): Promise<void> {
  const options: RuntimeOptions = {
    explicitPath: onnxruntimePath ?? undefined,
    cache: actionsRuntimeCache(),
    log: (m) => core.info(m),
  };
  try {
    setup.configure(options); // what the lazy `import 'onnxruntime-node'` then follows
    await setup.ensure(options);
  } catch (err) {
    if (WwError.is(err, 'RUNTIME_MISSING')) throw err;
    const why = err instanceof WwError ? `${err.code}: ${err.message}` : err instanceof Error ? err.message : String(err);
    throw new WwError(
      'RUNTIME_MISSING',
      `onnxruntime-node could not be made available for the perplexity measurement (${why}). Fix: set the onnxruntime-path input to an installed onnxruntime-node folder, or allow the runner to reach the npm registry.`,
      { cause: why },
      { cause: err },
    );
  }
}

async function defaultPipeline(): Promise<Pipeline> {
  const { runPipeline } = await import('../engine/pipeline.js');
  return runPipeline;
}

export async function run(deps: ActionDeps = {}): Promise<void> {
  try {
    await runAction(deps);
  } catch (err) {
    core.setFailed(formatError(err));
    if (!(err instanceof WwError) && err instanceof Error && err.stack) core.debug(err.stack);
  }
}

/** What every mode of the action works with: the run's context, its settings and services. */
interface ActionJob {
  readonly deps: ActionDeps;
  readonly ctx: RunContext;
  readonly workspace: string;
  readonly settings: ActionSettings;
  readonly cache: CacheApi;
  readonly client: GitHubClient | null;
  /** timeout-minutes as one deadline for the engine and every GitHub request after it; null: none. */
  readonly deadline: Deadline | null;
}

/**
 * Reads the inputs, then runs one of three modes: a shard job (partial report only), the
 * fork-safe second leg (re-gates the `report` input), or the gate itself (the pipeline, a merge
 * of shards included); the last two publish the same way.
 */
async function runAction(deps: ActionDeps): Promise<void> {
  const ctx = readRunContext();
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const defaultKey = [ctx.workflowRef, ctx.job].filter(Boolean).join('/') || 'default';
  const reportInput = core.getInput('report');
  const given = reportInput ? await readRunReport(path.resolve(workspace, reportInput)) : null;
  const settings = await readActionSettings(workspace, defaultKey, given?.model.source);
  // One deadline for the whole step: the engine, and every GitHub request and retry wait after it.
  const deadline = runDeadline(settings.timeoutMinutes);
  const client = settings.token ? createClient(settings.token, ctx.apiUrl, deps.retry ?? DEFAULT_RETRY, deadline ?? undefined) : null;
  const job: ActionJob = { deps, ctx, workspace, settings, cache: deps.cache ?? cacheModule, client, deadline };
  const { plan } = settings;
  for (const w of githubContextWarnings({ commentMode: plan.report.comment, hasToken: !!settings.token, eventName: ctx.eventName, prNumber: settings.prNumber ?? ctx.prNumber })) core.warning(w);

  if (settings.shard) return runShardJob(job, settings.shard);
  // One claim on output-dir from the pipeline to the last file written (report.json, comment.md).
  const { withOutputDir } = await import('../engine/pipeline.js');
  await withOutputDir(plan, given === null, async () => {
    const report = given ? regateGivenReport(job, given) : await runGate(job);
    await publishReport(job, report, given !== null);
  });
}

/** Shard job: no gate, no comment; the merge job does those once for all shards. */
async function runShardJob(job: ActionJob, shard: ShardSpec): Promise<void> {
  const { plan } = job.settings;
  const runShard = job.deps.shardRunner ?? (await import('../engine/pipeline.js')).runShard;
  const { partial, manifestPath } = await core.group(`ww-smooth shard ${formatShard(shard)}`, () =>
    withRunTimeout(runShard({ plan, version: TOOL_VERSION, shard, log: (m) => core.info(m) }), job.deadline),
  );
  const line = `ww-smooth shard ${formatShard(shard)}: analysed ${partial.layers.length} of ${partial.modelLayers} layers, smoothed ${partial.smooth?.layers.length ?? 0}; partial report \`${manifestPath}\` (upload ${plan.report.outputDir} as an artifact for the merge job).`;
  try {
    await core.summary.emptyBuffer().addRaw(line + '\n', true).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`);
  }
  core.info(line);
}

/**
 * Fork-safe second leg: a report produced by an unprivileged run, judged again with this
 * workflow's (default-branch) gate rules.
 */
function regateGivenReport(job: ActionJob, given: RunReport): RunReport {
  return { ...given, verdict: evaluateGate(given, job.settings.plan.gate) };
}

/** The gate: the pipeline (or a merge of shard partials) with the cached baseline, bounded by timeout-minutes. */
async function runGate(job: ActionJob): Promise<RunReport> {
  const { deps, settings, ctx, cache, workspace } = job;
  const pipeline = deps.pipeline ?? (await defaultPipeline());
  // One collapsible group in the log: a line per stage and, in long stages, progress every 30 s.
  return core.group('ww-smooth: analysis, smoothing, perplexity', () =>
    withRunTimeout(
      pipeline({
        plan: settings.plan,
        version: TOOL_VERSION,
        log: (m) => core.info(m),
        beforePerplexity: () => prepareRuntime(deps.runtime ?? defaultRuntime, settings.onnxruntimePath),
        checkRuntime: () => checkRuntimePlatform({ explicitPath: settings.onnxruntimePath }),
        ...(settings.merge ? { merge: { sources: [settings.merge], cwd: workspace } } : {}),
        baseline: (model, configHash) => findBaseline(settings, ctx, cache, workspace, model.source, configHash, model.sha256),
      }),
      job.deadline,
    ),
  );
}

/**
 * Everything a judged report leaves behind, in this order: report.json (before any network call,
 * so a hung or failed post still leaves it), job summary, comment.md and the PR comment (or
 * review), baseline save and release asset, then outputs, annotations and the exit status, so a
 * failing gate still leaves every report behind.
 */
async function publishReport(job: ActionJob, report: RunReport, fromGivenReport: boolean): Promise<void> {
  const commentFile = path.join(job.settings.plan.report.outputDir, 'comment.md');
  const reportPath = path.join(job.settings.plan.report.outputDir, 'report.json');
  await writeReportJson(reportPath, report);
  const commentUrl = await publishMarkdown(job, report, commentFile);
  await keepReport(job, report, reportPath, commentFile, fromGivenReport);
  setReportOutputs(report, { reportPath, commentUrl, commentFile });
  concludeVerdict(job.ctx, report);
}

/** Job summary (everything, up to the summary's own size limit); comment.md and the PR comment or review (bounded by the deadline: see createClient). */
async function publishMarkdown(job: ActionJob, report: RunReport, commentFile: string): Promise<string> {
  const { settings, ctx, client, workspace } = job;
  const { plan } = settings;
  const url = runUrl(ctx);
  // 1. Job summary: everything, up to the summary's own size limit.
  const summaryMd = renderReport(report, { maxLayers: Number.MAX_SAFE_INTEGER, limit: GITHUB_SUMMARY_LIMIT - 1024, workspace, alphaRange: plan.gate.alphaRange, ...(url ? { runUrl: url } : {}) });
  try {
    await core.summary.emptyBuffer().addRaw(summaryMd, true).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`);
  }
  const commentBody = renderReport(report, {
    commentKey: plan.report.commentKey,
    maxLayers: plan.report.maxCommentLayers,
    limit: GITHUB_COMMENT_LIMIT - 512,
    workspace,
    alphaRange: plan.gate.alphaRange,
    ...(url ? { runUrl: url } : {}),
  });
  await writeFileAtomic(commentFile, commentBody);
  return postComment(settings, ctx, client, commentBody, url, (job.deps.retry ?? DEFAULT_RETRY).maxPages);
}

/** The baseline on default-branch pushes of a run computed here, the release asset on tags/releases. */
async function keepReport(job: ActionJob, report: RunReport, reportPath: string, commentFile: string, fromGivenReport: boolean): Promise<void> {
  const { settings, ctx, client, cache, workspace } = job;
  if (!fromGivenReport && settings.cache && isDefaultBranchPush(ctx)) {
    try {
      const key = await saveBaseline({ cache, workspace, report });
      core.info(key ? `Saved baseline report to the Actions cache as ${key}` : 'Actions cache not available: baseline not saved');
    } catch (err) {
      core.warning(`Could not save the baseline to the Actions cache (the gate is not affected): ${(err as Error).message}`);
    }
  }
  if (settings.plan.report.attachToRelease && isRelease(ctx)) await attachReport(ctx, client, reportPath, commentFile);
}

/** 5. Annotations for warned and failed rules, then the exit status. */
function concludeVerdict(ctx: RunContext, report: RunReport): void {
  for (const rule of report.verdict.rules) {
    if (rule.status === 'warn') core.warning(`${rule.title}: ${rule.valueText} (${rule.limitText}) — ${rule.reason}`, { title: `ww-smooth: ${rule.id}` });
  }
  if (!report.verdict.passed) {
    for (const rule of report.verdict.rules.filter((r) => r.status === 'fail')) {
      core.error(`${rule.title}: ${rule.valueText} (${rule.limitText}) — ${rule.reason}`, { title: `ww-smooth: ${rule.id}` });
    }
    core.setFailed(`ww-smooth gate ${report.verdict.headline}${isRelease(ctx) ? ' — release blocked' : ''}`);
  } else {
    core.info(`ww-smooth gate ${report.verdict.headline}`);
  }
}

/** Release asset names: fixed, so a rerun of the release job replaces them. */
export const RELEASE_ASSETS = { report: 'ww-smooth-report.json', comment: 'ww-smooth-comment.md' } as const;

/**
 * attach-to-release on a release event or tag push: uploads report.json and comment.md (as
 * written to output-dir, byte for byte) to the release. Never fails the step: the gate is the
 * verdict, and a missing release or permission is a warning.
 */
async function attachReport(ctx: RunContext, client: GitHubClient | null, reportPath: string, commentPath: string): Promise<void> {
  if (!client) {
    core.warning('attach-to-release: no github-token, so the report is not attached to the release.');
    return;
  }
  const tag = ctx.ref.replace(/^refs\/tags\//, '');
  try {
    const release = await findRelease(client, { owner: ctx.owner, repo: ctx.repo }, ctx.payload, tag);
    if (!release) {
      core.warning(`attach-to-release: tag ${tag} has no GitHub release yet, so the report is not attached (create the release first, or run on the release event).`);
      return;
    }
    const files = [
      { name: RELEASE_ASSETS.report, data: await readFile(reportPath, 'utf8'), contentType: 'application/json' },
      { name: RELEASE_ASSETS.comment, data: await readFile(commentPath, 'utf8'), contentType: 'text/markdown; charset=utf-8' },
    ];
    const urls = await attachToRelease({ client, repo: { owner: ctx.owner, repo: ctx.repo }, release, files });
    core.info(`Attached the report to release ${release.tag_name ?? tag}: ${urls.join(', ')}`);
  } catch (err) {
    const status = (err as { status?: number }).status;
    const hint = status === 403 || status === 404 ? ' Give the job `permissions: contents: write`.' : '';
    core.warning(`Could not attach the report to the release (the gate is not affected): ${(err as Error).message}.${hint}`);
  }
}

async function findBaseline(
  settings: ActionSettings,
  ctx: RunContext,
  cache: CacheApi,
  workspace: string,
  modelSource: string,
  configHash: string,
  modelSha256: string,
): Promise<{ report: RunReport; source: 'cache' | 'cache-fallback' | 'file'; ref: string; note: string } | { none: string }> {
  if (settings.baselineFile) {
    const report = await readRunReport(settings.baselineFile);
    return { report, source: 'file', ref: settings.baselineFile, note: `report file ${path.basename(settings.baselineFile)} (model ${report.model.sha256.slice(0, 12)})` };
  }
  if (!settings.cache) return { none: 'the baseline cache is off (input cache: false) and no base-model was given.' };
  if (isDefaultBranchPush(ctx)) return { none: 'this run is on the default branch; it saves the baseline that pull requests compare against.' };
  try {
    const got = await restoreBaseline({ cache, workspace, modelSource, configHash, modelSha256 });
    if (!got.found) return { none: `${got.reason}.` };
    const exactNote = got.exact ? 'same model hash' : `newest report for this model and config (model ${got.report.model.sha256.slice(0, 12)})`;
    return { report: got.report, source: got.exact ? 'cache' : 'cache-fallback', ref: got.key, note: `default-branch report from the Actions cache, ${exactNote}, created ${got.report.createdAt}` };
  } catch (err) {
    core.warning(`Could not restore the baseline from the Actions cache (the gate goes on without it): ${(err as Error).message}`);
    return { none: 'the Actions cache could not be read (see the warning in the log).' };
  }
}

async function postComment(settings: ActionSettings, ctx: RunContext, client: GitHubClient | null, body: string, url: string | undefined, maxPages: number | undefined): Promise<string> {
  const mode = settings.plan.report.comment;
  if (mode === 'off') return '';
  if (!client) {
    core.warning('No github-token: the PR comment is skipped; the report is in the job summary.');
    return '';
  }
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const where = url ? `the job summary (${url})` : 'the job summary';
  try {
    const prNumber = settings.prNumber ?? ctx.prNumber ?? (await prForWorkflowRun(client, repo, ctx.payload));
    if (prNumber === null) {
      core.info('Not a pull request: no PR comment; the report is in the job summary.');
      return '';
    }
    const posted =
      mode === 'review'
        ? await postReview({ client, repo, prNumber, body })
        : await upsertComment({ client, repo, prNumber, commentKey: settings.plan.report.commentKey, body, mode, ...(maxPages !== undefined ? { maxPages } : {}) });
    core.info(`PR #${prNumber}: comment ${posted.action} (${posted.url})`);
    return posted.url;
  } catch (err) {
    const status = (err as { status?: number }).status;
    const why =
      status === 403 || status === 404
        ? `HTTP ${status}: the token cannot write to this pull request. Give the job \`permissions: pull-requests: write\`; pull requests from forks get a read-only token, so use the workflow_run recipe in examples/fork-safe-comment.yml.`
        : status === 422
          ? `HTTP 422: GitHub refused the comment (${(err as Error).message}).`
          : (err as Error).message;
    core.warning(`Could not post the PR comment (${why}) The full report is in ${where}.`);
    return '';
  }
}

/** The step's deadline from timeout-minutes (0 = none). */
function runDeadline(minutes: number): Deadline | null {
  if (!(minutes > 0)) return null;
  return new Deadline(minutes * 60_000, `the run (timeout-minutes ${minutes}; raise it or bound the work with max-eval-tokens or layers)`);
}

/** Bounds the engine by the run's deadline; index.ts exits once run() settles, so work still in flight stops too. */
function withRunTimeout<T>(work: Promise<T>, deadline: Deadline | null): Promise<T> {
  return deadline ? deadline.run(work) : work;
}
