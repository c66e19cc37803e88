/**
 * Validate first: everything a run needs that can be checked without reading a weight, checked in
 * seconds before the first stage, so a mistyped path does not surface after minutes of analysis
 * and smoothing. Checked: the model and the base model exist (local paths; URLs and globs are
 * resolved by the first stage, which also runs before any weight is read), the eval text is a
 * UTF-8 text file with something to score, the tokenizer loads and its vocabulary fits the
 * model's logits (when the ONNX graph states their size), the probe file parses and encodes
 * (src/engine/probePreflight.ts), and output-dir is writable. What each model's header says about
 * the reads the stages will make (a selected matrix too large to read whole, stored lengths that do
 * not match the shape) is checked by the pipeline right after the model is resolved, before the
 * first stage (./readCheck.ts): a URL or a glob names its file only then. The config
 * itself was validated when the plan was built. GitHub context problems are warnings (the run
 * still produces its report): `githubContextWarnings`.
 */
import { statSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { makeFolder } from '../io/paths.js';
import * as path from 'node:path';
import type { CommentMode, Plan } from '../config/plan.js';
import { WwError } from '../errors.js';
import { readEvalText } from '../eval/text.js';
import type { OnnxValueInfo } from '../model/onnx.js';

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
const isGlob = (s: string): boolean => /[*?]/.test(s);

export interface PreflightOptions {
  /** Folder relative model paths are resolved against (default: the process's). */
  readonly cwd?: string;
  /** Merge jobs and report-only runs do not smooth or write models: skip what they do not need. */
  readonly skipOutputDir?: boolean;
}

/** Runs every check of the plan; throws the first problem as a WwError naming the file. */
export async function preflight(plan: Plan, opts: PreflightOptions = {}): Promise<void> {
  const cwd = opts.cwd ?? process.cwd();
  const model = localModel(plan.model.source, 'model', cwd);
  if (plan.baseModel) localModel(plan.baseModel.source, 'base-model', cwd);
  if (plan.eval.text && !isUrl(plan.eval.text)) await checkEval(plan, model);
  if (plan.eval.probe) await (await import('./probePreflight.js')).checkProbe(plan, model);
  if (!opts.skipOutputDir) await checkWritable(plan.report.outputDir);
}

/** The local file a model source names, checked to exist; null for a URL or a glob. */
function localModel(source: string, key: string, cwd: string): string | null {
  if (isUrl(source) || isGlob(source)) return null;
  const file = path.resolve(cwd, source);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new WwError('MODEL_NOT_FOUND', `${key} ${source} does not exist (resolved to ${file})`, { key, file });
  }
  if (!isFile) throw new WwError('MODEL_NOT_FOUND', `${key} ${source} is not a file (resolved to ${file}); give the .onnx or .safetensors file`, { key, file });
  return file;
}

async function checkEval(plan: Plan, model: string | null): Promise<void> {
  // Loaded here, not at the top: the action imports githubContextWarnings without the tokenizer library.
  const { evalLines, loadTokenizer } = await import('../eval/tokenizer.js');
  const textFile = plan.eval.text!;
  const text = readEvalText(textFile);
  if (evalLines(text).length === 0) {
    throw new WwError('EVAL_TEXT_EMPTY', `eval text ${textFile} has no non-empty line to evaluate`, { file: textFile });
  }
  // Perplexity runs on ONNX models only; a safetensors run skips it (and says so in the report).
  if (model !== null && !/\.onnx$/i.test(model)) return;
  const given = plan.eval.tokenizer;
  if (!given && model === null) return; // a downloaded model's folder is not known yet
  const dir = given ? (/\.json$/i.test(given) ? path.dirname(given) : given) : path.dirname(model!);
  const tokenizer = await loadTokenizer(dir);
  if (model === null) return;
  const logits = await logitsWidth(model);
  if (logits !== null && tokenizer.vocabSize > logits.width) {
    throw new WwError(
      'TOKENIZER_MISMATCH',
      `the tokenizer in ${dir} emits ids up to ${tokenizer.vocabSize - 1}, but the model's output ${logits.name} scores only ${logits.width} tokens: this is not the model's tokenizer (set the tokenizer input to the right folder)`,
      { tokenizer: dir, vocabSize: tokenizer.vocabSize, logits: logits.width },
    );
  }
}

/** Last dimension of the logits output when the graph states it (a name like "logits", else the only output). */
async function logitsWidth(model: string): Promise<{ name: string; width: number } | null> {
  let outputs: readonly OnnxValueInfo[];
  try {
    const { scanOnnx } = await import('../model/onnx.js');
    outputs = (await scanOnnx(model)).outputs;
  } catch {
    return null; // the model stage reports an unreadable file with its own, specific error
  }
  const out = outputs.find((o) => /logits/i.test(o.name)) ?? (outputs.length === 1 ? outputs[0] : undefined);
  const last = out?.shape?.[out.shape.length - 1];
  return out && typeof last === 'number' && last > 0 ? { name: out.name, width: last } : null;
}

async function checkWritable(dir: string): Promise<void> {
  const probe = path.join(dir, `.ww-smooth-write-test-${process.pid}`);
  await makeFolder(dir, 'output-dir');
  try {
    await writeFile(probe, '');
    await unlink(probe);
  } catch (err) {
    throw new WwError('IO', `output-dir ${dir} is not writable: ${(err as Error).message}`, { file: dir }, { cause: err });
  }
}

export interface GithubContextFacts {
  readonly commentMode: CommentMode;
  readonly hasToken: boolean;
  readonly eventName: string;
  /** PR number from the event or the pr-number input. */
  readonly prNumber: number | null;
}

/** What will keep the comment from being posted, said before the run instead of after it. */
export function githubContextWarnings(f: GithubContextFacts): string[] {
  if (f.commentMode === 'off' || f.prNumber === null) return [];
  const out: string[] = [];
  if (!f.hasToken) out.push(`comment: ${f.commentMode} on pull request #${f.prNumber}, but there is no github-token, so no comment will be posted (set github-token, or comment: off)`);
  return out;
}
