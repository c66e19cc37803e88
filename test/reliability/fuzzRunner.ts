/**
 * Reader fuzz runner, run as a child process by fuzz.test.ts (so a hang or a runaway allocation
 * can be caught and killed from outside) or by hand:
 *   node --import tsx test/reliability/fuzzRunner.ts --seed 1 --cases 10000 [--only 123] [--verbose]
 * Each case: write a mutated model (plus side files / symlinks) into a scratch folder, then
 * openModel + list layers + readMatrix of every layer + close. Outcome: `ok` (and the result is
 * checked for consistency), a WwError code, `unclassified:<code>` for a code readers must not
 * produce, `crash:<name>` for any other exception, `hang` past the per-case bound.
 * While it runs, typed-array and ArrayBuffer constructors refuse anything over ALLOC_CAP bytes:
 * inputs are < 100 kB, so a bigger allocation can only come from trusting a declared size.
 * Prints one progress line per case (`.<index>`), then `RESULT <json>`.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WwError } from '../../src/errors.js';
import { openModel } from '../../src/model/open.js';
import {
  int, makeRng, mutateBytes, mutateOnnxStructure, mutateSafetensorsStructure, onnxSeed, safetensorsSeed, type FuzzCase, type Rng,
} from './fuzzCorpus.js';

/** Codes a reader may legitimately end with on a hostile file. */
export const READER_CODES = new Set([
  'MODEL_NOT_FOUND', 'MODEL_FORMAT', 'MODEL_TRUNCATED', 'MODEL_CORRUPT', 'EXTERNAL_DATA_MISSING', 'EXTERNAL_DATA_SHORT',
  'PATH_ESCAPE', 'UNSUPPORTED_DTYPE', 'TENSOR_NOT_FOUND', 'TENSOR_TOO_LARGE', 'MODEL_TOO_LARGE', 'IO',
]);
const ALLOC_CAP = 64 * 1024 * 1024;
const CASE_LIMIT_MS = 10_000;

class AllocationTooLarge extends Error {
  constructor(what: string, bytes: number) {
    super(`${what} of ${bytes} bytes requested (cap ${ALLOC_CAP}): a declared size was trusted`);
    this.name = 'AllocationTooLarge';
  }
}

function installAllocationGuard(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const ctors: [string, number][] = [
    ['ArrayBuffer', 1], ['SharedArrayBuffer', 1], ['Uint8Array', 1], ['Int8Array', 1], ['Uint16Array', 2], ['Int16Array', 2],
    ['Uint32Array', 4], ['Int32Array', 4], ['Float32Array', 4], ['Float64Array', 8], ['BigInt64Array', 8], ['BigUint64Array', 8],
  ];
  for (const [name, size] of ctors) {
    const orig = g[name] as new (...a: unknown[]) => object;
    g[name] = new Proxy(orig, {
      construct(target, args: unknown[], newTarget) {
        const n = args[0];
        if (typeof n === 'number' && n * size > ALLOC_CAP) throw new AllocationTooLarge(name, n * size);
        return Reflect.construct(target, args, newTarget === g[name] ? target : newTarget);
      },
    });
  }
  const B = Buffer as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
    const orig = B[fn]!.bind(Buffer);
    B[fn] = (size: unknown, ...rest: unknown[]) => {
      if (typeof size === 'number' && size > ALLOC_CAP) throw new AllocationTooLarge(`Buffer.${fn}`, size);
      return orig(size, ...rest);
    };
  }
}

function makeCase(seed: number, index: number, seeds: Record<string, FuzzCase>): { c: FuzzCase; op: string } {
  const r: Rng = makeRng((seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const family = int(r, 20);
  if (family < 6) {
    const s = seeds['onnx']!;
    const m = mutateBytes(r, s.bytes);
    return { c: { ...s, bytes: m.bytes }, op: `onnx/${m.op}` };
  }
  if (family < 9) {
    const s = seeds['onnx-ext']!;
    if (r() < 0.25) {
      const m = mutateBytes(r, s.sideFiles!.get('weights.bin')!);
      return { c: { ...s, sideFiles: new Map([['weights.bin', m.bytes]]) }, op: `onnx-ext/data-${m.op}` };
    }
    const m = mutateBytes(r, s.bytes);
    return { c: { ...s, bytes: m.bytes }, op: `onnx-ext/${m.op}` };
  }
  if (family < 11) {
    const s = seeds['onnx-half']!;
    const m = mutateBytes(r, s.bytes);
    return { c: { ...s, bytes: m.bytes }, op: `onnx-half/${m.op}` };
  }
  if (family < 14) {
    const c = mutateOnnxStructure(r);
    return { c, op: c.kind };
  }
  if (family < 17) {
    const s = seeds['safetensors']!;
    const m = mutateBytes(r, s.bytes);
    return { c: { ...s, bytes: m.bytes }, op: `safetensors/${m.op}` };
  }
  const c = mutateSafetensorsStructure(r);
  return { c, op: c.kind };
}

/** Checks an ok result for internal consistency; returns a problem description or null. */
async function runCase(path: string): Promise<string | null> {
  const w = await openModel(path);
  try {
    for (const l of w.layers) {
      const [rows, cols] = l.storedShape;
      if (!(Number.isSafeInteger(rows) && Number.isSafeInteger(cols) && rows >= 0 && cols >= 0)) return `layer ${l.name} has stored shape ${rows}x${cols}`;
      const inOut = l.storedTransposed ? [cols, rows] : [rows, cols];
      if (l.inFeatures !== inOut[0] || l.outFeatures !== inOut[1]) return `layer ${l.name}: in/out ${l.inFeatures}/${l.outFeatures} disagree with stored ${rows}x${cols}`;
      const m = await w.readMatrix(l);
      if (m.rows !== rows || m.cols !== cols || m.data.length !== rows * cols) return `layer ${l.name}: matrix ${m.rows}x${m.cols} (${m.data.length}) vs stored ${rows}x${cols}`;
    }
    return null;
  } finally {
    await w.close();
  }
}

export interface FuzzSummary {
  seed: number;
  cases: number;
  outcomes: Record<string, number>;
  byFamily: Record<string, Record<string, number>>;
  failures: { index: number; op: string; outcome: string; message: string }[];
  maxCaseMs: number;
  slowestCase: { index: number; op: string } | null;
  seconds: number;
  maxRssMiB: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (k: string, d: number) => {
    const i = args.indexOf(k);
    return i >= 0 ? Number(args[i + 1]) : d;
  };
  const seed = arg('--seed', 20240611);
  const cases = arg('--cases', 10_000);
  const only = arg('--only', -1);
  const verbose = args.includes('--verbose');
  const root = await mkdtemp(join(tmpdir(), 'ww-fuzz-'));
  const caseDir = join(root, 'case');
  await writeFile(join(root, 'outside.bin'), new Uint8Array(4096).fill(7));
  const seeds: Record<string, FuzzCase> = {
    onnx: onnxSeed({}),
    'onnx-ext': onnxSeed({ external: true }),
    'onnx-half': onnxSeed({ half: true }),
    safetensors: safetensorsSeed(),
  };
  installAllocationGuard();
  // The guard must really refuse: otherwise "no huge allocation" would be vacuous.
  let guarded = false;
  try {
    new Float64Array(ALLOC_CAP);
  } catch (e) {
    guarded = e instanceof AllocationTooLarge;
  }
  if (!guarded) throw new Error('allocation guard is not active');
  const summary: FuzzSummary = { seed, cases: 0, outcomes: {}, byFamily: {}, failures: [], maxCaseMs: 0, slowestCase: null, seconds: 0, maxRssMiB: 0 };
  const t0 = performance.now();
  try {
    for (let i = only >= 0 ? only : 0; i < (only >= 0 ? only + 1 : cases); i++) {
      process.stdout.write(`.${i}\n`);
      const { c, op } = makeCase(seed, i, seeds);
      await rm(caseDir, { recursive: true, force: true });
      await mkdir(caseDir);
      const modelPath = join(caseDir, c.fileName);
      await writeFile(modelPath, c.bytes);
      for (const [name, bytes] of c.sideFiles ?? []) await writeFile(join(caseDir, name), bytes);
      for (const [name, kind] of c.symlinks ?? []) {
        await symlink(kind === 'outside' ? join(root, 'outside.bin') : kind === 'self' ? modelPath : root, join(caseDir, name));
      }
      const started = performance.now();
      let outcome: string;
      let message = '';
      let timer: NodeJS.Timeout | undefined;
      try {
        const problem = await Promise.race([
          runCase(modelPath),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('__hang__')), CASE_LIMIT_MS);
          }),
        ]);
        outcome = problem === null ? 'ok' : 'invalid-result';
        message = problem ?? '';
      } catch (e) {
        if (e instanceof WwError) {
          outcome = READER_CODES.has(e.code) ? e.code : `unclassified:${e.code}`;
          message = e.message;
        } else if (e instanceof Error && e.message === '__hang__') {
          outcome = 'hang';
        } else {
          outcome = `crash:${(e as Error)?.name ?? typeof e}`;
          message = `${(e as Error)?.message ?? String(e)}\n${((e as Error)?.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
        }
      } finally {
        clearTimeout(timer);
      }
      const ms = performance.now() - started;
      if (ms > summary.maxCaseMs) {
        summary.maxCaseMs = ms;
        summary.slowestCase = { index: i, op };
      }
      summary.cases++;
      summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
      const fam = op.split('/')[0]!.replace(/^(onnx-struct|st-struct)-.*$/, '$1');
      const f = (summary.byFamily[fam] ??= {});
      f[outcome] = (f[outcome] ?? 0) + 1;
      const bad = !(outcome === 'ok' || READER_CODES.has(outcome));
      if ((bad && summary.failures.length < 40) || verbose) summary.failures.push({ index: i, op, outcome, message: message.slice(0, 600) });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  summary.seconds = (performance.now() - t0) / 1000;
  summary.maxRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`RESULT ${JSON.stringify(summary)}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, ''))) {
  main().catch((e: unknown) => {
    process.stderr.write(`fuzz runner failed: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(2);
  });
}
