/**
 * The GitHub run context, read from GITHUB_* variables and the event payload file at call time
 * (the toolkit's `context` singleton is built once at import, which would freeze it for tests and
 * for the CLI). Only what the action uses.
 */
import { readFileSync } from 'node:fs';

export interface RunContext {
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  readonly owner: string;
  readonly repo: string;
  readonly ref: string;
  readonly sha: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly runId: string;
  readonly defaultBranch: string | null;
  /** PR number from the payload (pull_request, pull_request_target, issue_comment on a PR). */
  readonly prNumber: number | null;
  /** true when the PR head lives in another repository (a fork). */
  readonly isFork: boolean;
  readonly workflowRef: string;
  readonly job: string;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '/').split('/');
  const pr = (payload['pull_request'] ?? null) as { number?: number; head?: { repo?: { full_name?: string } } } | null;
  const repository = (payload['repository'] ?? null) as { default_branch?: string; full_name?: string } | null;
  const headRepo = pr?.head?.repo?.full_name;
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    owner,
    repo,
    ref: env['GITHUB_REF'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
    runId: env['GITHUB_RUN_ID'] ?? '',
    defaultBranch: repository?.default_branch ?? null,
    prNumber: typeof pr?.number === 'number' ? pr.number : null,
    isFork: headRepo !== undefined && headRepo !== `${owner}/${repo}`,
    workflowRef: env['GITHUB_WORKFLOW_REF'] ?? env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
  };
}

export function runUrl(ctx: RunContext): string | undefined {
  return ctx.runId && ctx.owner ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}` : undefined;
}

/** A push to the default branch: the runs whose reports become the baseline. */
export function isDefaultBranchPush(ctx: RunContext): boolean {
  return ctx.eventName === 'push' && ctx.defaultBranch !== null && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
}

/** A tag push or a release event: the same verdict gates the release. */
export function isRelease(ctx: RunContext): boolean {
  return ctx.eventName === 'release' || ctx.ref.startsWith('refs/tags/');
}
