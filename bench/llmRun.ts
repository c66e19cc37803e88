/**
 * `npm run bench -- --llm-run [--llm-run-blocks N] [--llm-run-tokens T] [--llm-run-method M] [--llm-run-max-evals E]
 *  [--llm-run-dir DIR]` (alone, or after --llm / --llm-eval in the same run).
 *
 * What `ww-smooth run` costs on a 1.1B-shaped model: the real TinyLlama-shaped decoder of
 * bench/llmDecoder.ts (default 22 blocks, 4.1 GiB of float32 external data) and a seeded eval text
 * of words a WordPiece tokenizer.json maps one to one onto the 32000 ids (writeEvalText), through the bundled
 * CLI users run, under /usr/bin/time: wall, CPU utilisation, peak RSS, and the per-stage seconds
 * report.json records (analyze, smooth, perplexity of both models, ...).
 *
 * The method is the one users get with an eval text (auto: a search over ranks scored by
 * perplexity) unless --llm-run-method says otherwise; --llm-run-max-evals bounds the search's
 * screening evaluations (the action's search-max-evals, default 300: on this model each screening
 * evaluation is a forward pass over an eighth of the windows, so the default search would run until
 * half of timeout-minutes). Both are printed with the result. Results: bench/results/llm-run-*.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokensNeeded } from '../src/eval/windows.js';
import { mulberry32 } from '../src/util/prng.js';
import { bundledCli, childNode, nodeVersion, option, removeBundledCli, timedChild } from './llm.js';
import { buildDecoderModel, TINYLLAMA_DIMS } from './llmDecoder.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** the action's default context (eval.context) */
const CONTEXT = 256;

interface RunReportSubset {
  readonly timings: Record<string, number>;
  readonly verdict: { readonly status: string };
  readonly smoothing: {
    readonly method: string;
    readonly layers: readonly unknown[];
    readonly search?: { readonly evals: unknown; readonly stopped: unknown; readonly seconds: number; readonly screen: { readonly tokens: number }; readonly totals: { readonly layersReduced: number } } | null;
  } | null;
}

/**
 * A tokenizer.json over the decoder's whole vocabulary (WordPiece: [UNK] = 0, `w<i>` = i, split on
 * whitespace, so every word is one token) and an eval text of seeded words, enough lines for
 * `tokens` scored tokens at the default context.
 */
function writeEvalText(dir: string, tokens: number): { tokenizerDir: string; textFile: string } {
  const tokenizerDir = path.join(dir, 'tokenizer');
  fs.mkdirSync(tokenizerDir, { recursive: true });
  const vocab: Record<string, number> = { '[UNK]': 0 };
  for (let i = 1; i < TINYLLAMA_DIMS.vocab; i++) vocab[`w${i}`] = i;
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [{ id: 0, content: '[UNK]', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }],
    normalizer: null,
    pre_tokenizer: { type: 'WhitespaceSplit' },
    post_processor: null,
    decoder: null,
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
  fs.writeFileSync(path.join(tokenizerDir, 'tokenizer.json'), JSON.stringify(tokenizer));
  const u = mulberry32(7);
  const words = tokensNeeded(tokens, CONTEXT, CONTEXT) + 64;
  const lines: string[] = [];
  for (let w = 0; w < words; w += 32) lines.push(Array.from({ length: 32 }, () => `w${1 + Math.floor(u() * (TINYLLAMA_DIMS.vocab - 1))}`).join(' '));
  const textFile = path.join(dir, 'run-eval.txt');
  fs.writeFileSync(textFile, lines.join('\n') + '\n');
  return { tokenizerDir, textFile };
}

export async function llmRunBench(args: readonly string[]): Promise<void> {
  const blocks = Number(option(args, '--llm-run-blocks', '22'));
  const tokens = Number(option(args, '--llm-run-tokens', '2048'));
  const maxEvals = Number(option(args, '--llm-run-max-evals', '12'));
  const method = option(args, '--llm-run-method', 'auto');
  for (const [name, v, min] of [['--llm-run-blocks', blocks, 1], ['--llm-run-tokens', tokens, 1], ['--llm-run-max-evals', maxEvals, 1]] as const) {
    if (!Number.isInteger(v) || v < min) throw new Error(`${name}: an integer >= ${min}, got ${v}`);
  }
  const root = path.resolve(option(args, '--llm-run-dir', os.tmpdir()));
  const dir = path.join(root, `ww-bench-llm-eval-${blocks}`);
  console.log(`llm run bench: ww-smooth run on a TinyLlama-shaped decoder, ${blocks} block(s); cpus ${os.availableParallelism()} x ${os.cpus()[0]?.model ?? '?'}; ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM; CLI on node ${nodeVersion(childNode(args))}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const model = buildDecoderModel(dir, blocks, { log: (l) => process.stderr.write(`\r\x1b[K${l}`) });
  process.stderr.write('\n');
  console.log(`model: ${model.modelPath} (${(model.bytes / 2 ** 30).toFixed(2)} GiB external data; ${model.buildSeconds ? `built in ${model.buildSeconds.toFixed(0)} s` : 'reused'})`);

  const { tokenizerDir, textFile } = writeEvalText(dir, tokens);
  const outDir = path.join(dir, 'run');
  fs.rmSync(outDir, { recursive: true, force: true });
  const flags = ['--eval-text', textFile, '--tokenizer', tokenizerDir, '--max-eval-tokens', String(tokens), '--method', method, '--search-max-evals', String(maxEvals), '--device', 'cpu', '--quiet'];
  console.log(`ww-smooth run ${path.basename(model.modelPath)} ${flags.join(' ')}`);
  const usage = timedChild([childNode(args), bundledCli(), 'run', model.modelPath, '--out-dir', outDir, ...flags], process.env);
  const report = JSON.parse(fs.readFileSync(path.join(outDir, 'report.json'), 'utf8')) as RunReportSubset;
  const smoothedBytes = fs.readdirSync(outDir).filter((f) => /smoothed/.test(f)).reduce((n, f) => n + fs.statSync(path.join(outDir, f)).size, 0);

  const f = (x: number | undefined | null, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : '-');
  console.log(`\n| ww-smooth run, ${blocks}-block decoder, ${tokens} eval tokens, method ${method}, search-max-evals ${maxEvals} | value |`);
  console.log('|---|---|');
  console.log(`| wall (s) | ${f(usage.wallSeconds)} |`);
  console.log(`| CPU | ${f(100 * usage.cpuUtilisation, 0)}% |`);
  console.log(`| peak RSS (GiB) | ${f(usage.peakRssBytes / 2 ** 30, 2)} |`);
  for (const [stage, s] of Object.entries(report.timings)) console.log(`| stage ${stage} (s) | ${f(s)} |`);
  const search = report.smoothing?.search ?? null;
  if (search) {
    console.log(`| search (s), screening evaluations, stopped by | ${f(search.seconds)}, ${JSON.stringify(search.evals)}, ${JSON.stringify(search.stopped)} |`);
    console.log(`| tokens per screening evaluation | ${search.screen.tokens} |`);
    console.log(`| layers reduced | ${search.totals.layersReduced} |`);
  }
  console.log(`| verdict | ${report.verdict.status} |`);
  console.log(`| smoothed model written (GiB) | ${f(smoothedBytes / 2 ** 30, 2)} |`);

  const resultsDir = path.join(here, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `llm-run-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const { stdout: _ignored, ...u2 } = usage;
  fs.writeFileSync(file, JSON.stringify({ blocks, tokens, method, maxEvals, cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: process.version, usage: u2, timings: report.timings, verdict: report.verdict.status, smoothedBytes, search: search ? { seconds: search.seconds, evals: search.evals, stopped: search.stopped, screenTokens: search.screen.tokens, layersReduced: search.totals.layersReduced } : null, loadavg: os.loadavg() }, null, 2));
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  // the smoothed copy is as large as the model: not kept between runs
  fs.rmSync(outDir, { recursive: true, force: true });
  removeBundledCli();
}
