/**
 * numpy/scipy reference timings for the bench, in a child python3: the matrix comes as raw float32
 * from a temp file, only the computation is timed inside python. OPENBLAS_CORETYPE and
 * OPENBLAS_L2_SIZE (which some machines set) are removed from that child's environment only, so
 * OpenBLAS picks its own kernel; the kernel it used is reported when threadpoolctl is installed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findNumpyPython } from '../test/helpers/python.js';

export interface NumpyTimes {
  readonly eigvalshSeconds: number[];
  readonly svdSeconds: number[];
  readonly eigenvalues: Float64Array; // ascending, float64 eigvalsh of the short-side Gram
  readonly singularValues: Float64Array; // descending, scipy.linalg.svd(float64)
  readonly blas: string;
  readonly residual?: number; // ||W - U S Vt||_F when factors were given
  readonly optimalResidual?: number;
}

const SCRIPT = `
import sys, json, time, numpy as np, scipy.linalg
args = json.loads(sys.argv[1])
m, n = args['rows'], args['cols']
W32 = np.fromfile(args['path'], dtype=np.float32).reshape(m, n)
W = W32.astype(np.float64)
blas = 'unknown'
try:
    import threadpoolctl
    info = [i for i in threadpoolctl.threadpool_info() if i.get('user_api') == 'blas']
    blas = '; '.join(f"{i.get('internal_api')} {i.get('version')} {i.get('architecture')} {i.get('num_threads')} threads" for i in info)
except Exception:
    # no threadpoolctl: ask the loaded OpenBLAS itself which kernel set it picked
    try:
        import ctypes
        libs = sorted({w for w in open('/proc/self/maps').read().split() if 'openblas' in w and '.so' in w})
        for path in libs:
            lib = ctypes.CDLL(path)
            for name in ('scipy_openblas_get_corename64_', 'scipy_openblas_get_corename', 'openblas_get_corename64_', 'openblas_get_corename'):
                f = getattr(lib, name, None)
                if f is not None:
                    f.restype = ctypes.c_char_p
                    blas = f"OpenBLAS kernel {f().decode()} ({path.split('/')[-1]}), threadpoolctl not installed"
                    break
    except Exception:
        pass
eig_t = []
for _ in range(args['reps']):
    t = time.perf_counter()
    G = W @ W.T if m <= n else W.T @ W
    ev = np.linalg.eigvalsh(G)
    eig_t.append(time.perf_counter() - t)
svd_t = []
for _ in range(args['svdReps']):
    t = time.perf_counter()
    sv = scipy.linalg.svd(W, compute_uv=False)
    svd_t.append(time.perf_counter() - t)
if args['svdReps'] == 0:
    sv = np.sqrt(np.clip(ev[::-1], 0, None))
ev.astype(np.float64).tofile(args['path'] + '.ev')
sv.astype(np.float64).tofile(args['path'] + '.sv')
out = {'eig': eig_t, 'svd': svd_t, 'blas': blas}
if args.get('factors'):
    k = args['k']
    U = np.fromfile(args['path'] + '.U', dtype=np.float64).reshape(m, k)
    S = np.fromfile(args['path'] + '.S', dtype=np.float64)
    Vt = np.fromfile(args['path'] + '.Vt', dtype=np.float64).reshape(k, n)
    out['residual'] = float(np.linalg.norm(W - (U * S) @ Vt))
    out['optimal'] = float(np.sqrt(np.sum(sv[k:] ** 2)))
print(json.dumps(out))
`;

export function numpyAvailable(): boolean {
  return findNumpyPython() !== null;
}

export function runNumpy(path: string, rows: number, cols: number, reps: number, svdReps: number, factors?: { k: number }): NumpyTimes {
  const exe = findNumpyPython();
  if (!exe) throw new Error('python3 with numpy/scipy not found');
  const env = { ...process.env };
  delete env['OPENBLAS_CORETYPE'];
  delete env['OPENBLAS_L2_SIZE'];
  const arg = JSON.stringify({ path, rows, cols, reps, svdReps, factors: !!factors, k: factors?.k ?? 0 });
  const r = spawnSync(exe, ['-c', SCRIPT, arg], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`numpy reference failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { eig: number[]; svd: number[]; blas: string; residual?: number; optimal?: number };
  const ev = new Float64Array(new Uint8Array(fs.readFileSync(path + '.ev')).buffer);
  const sv = new Float64Array(new Uint8Array(fs.readFileSync(path + '.sv')).buffer);
  return {
    eigvalshSeconds: out.eig,
    svdSeconds: out.svd,
    eigenvalues: ev,
    singularValues: sv,
    blas: out.blas,
    ...(out.residual !== undefined ? { residual: out.residual, optimalResidual: out.optimal! } : {}),
  };
}

