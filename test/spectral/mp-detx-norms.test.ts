import { describe, expect, it } from 'vitest';
import { detX } from '../../src/spectral/detx.js';
import { mpFit, neldermead1d } from '../../src/spectral/mp.js';
import { normMetrics } from '../../src/spectral/norms.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { WW_NUMPY } from './wwNumpy.js';

const hasPy = findNumpyPython() !== null;

describe.skipIf(!hasPy)('mpFit, detX, normMetrics against the numpy transcription of WeightWatcher', () => {
  it('Q = 1, Q = 2.5 and Q = 8 spectra of random and spiked matrices', () => {
    const specs = [
      { n: 64, m: 64, spikes: [] as number[], seed: 1 },
      { n: 160, m: 64, spikes: [30, 12, 6], seed: 2 },
      { n: 400, m: 50, spikes: [80], seed: 3 },
    ];
    const ref = runPython<{ ev: number[]; N: number; M: number; mp: Record<string, number>; dx: Record<string, number>; nm: Record<string, number> }[]>(
      WW_NUMPY +
        `
out=[]
for s in inp:
    r=np.random.default_rng(s['seed']); W=r.standard_normal((s['n'],s['m']))/np.sqrt(s['n'])
    u,sv,vt=np.linalg.svd(W,full_matrices=False); sv[:len(s['spikes'])]*=np.array(s['spikes'])**0.5 if s['spikes'] else 1
    ev=np.sort(sv**2)
    out.append(dict(ev=ev.tolist(),N=s['n'],M=s['m'],mp=tofloat(mpfit(ev,s['n'],s['m'])),dx=tofloat(detx(ev)),nm=tofloat(norms(ev,2.7,s['n']))))
print(json.dumps(out))`,
      specs,
    );
    for (const r of ref) {
      const ev = Float64Array.from(r.ev);
      const mp = mpFit(ev, r.N, r.M);
      expect(mp.num_spikes).toBe(r.mp['num_spikes']);
      for (const k of ['sigma_mp', 'mp_softrank', 'bulk_max', 'bulk_min', 'W_scale'] as const) {
        expect(Math.abs(mp[k] - r.mp[k]!)).toBeLessThanOrEqual(1e-9 * Math.abs(r.mp[k]!) + 1e-300);
      }
      const dx = detX(ev);
      expect(dx.detX_num).toBe(r.dx['detX_num']);
      expect(dx.detX_val).toBeCloseTo(r.dx['detX_val']!, 12);
      expect(dx.detX_val_unrescaled).toBeCloseTo(r.dx['detX_val_unrescaled']!, 12);
      const nm = normMetrics(ev, 2.7, r.N);
      expect(nm.matrix_rank).toBe(r.nm['matrix_rank']);
      for (const k of ['log_norm', 'log_spectral_norm', 'alpha_weighted', 'log_alpha_norm', 'stable_rank', 'entropy'] as const) {
        expect(Math.abs(nm[k] - r.nm[k]!)).toBeLessThanOrEqual(1e-13 * Math.abs(r.nm[k]!));
      }
    }
  });

  it('Nelder-Mead transcription matches scipy.optimize.fmin on a 1-D function', () => {
    const f = (x: number): number => (x - 1.234) ** 2 + 0.1 * Math.abs(Math.sin(5 * x));
    const ref = runPython<number[]>(
      'from scipy import optimize\nf=lambda x:(x[0]-1.234)**2+0.1*abs(np.sin(5*x[0]))\nprint(json.dumps([float(optimize.fmin(f,x0,disp=False)[0]) for x0 in inp]))',
      [0.3, 2.0, 0],
    );
    [0.3, 2.0, 0].forEach((x0, k) => expect(neldermead1d(f, x0)).toBe(ref[k]));
  });
});

describe('detX and norms by hand', () => {
  it('detX on a vector with a known boundary', () => {
    // mean already 1: [0.1, 0.2, 0.7, 1.0, 3.0]; products from the top: 3 >= 1, 3 >= 1, 2.1 >= 1, 0.42 < 1 at idx 1.
    const d = detX(Float64Array.from([0.1, 0.2, 0.7, 1.0, 3.0]));
    expect(d.detX_num).toBe(4);
    expect(d.detX_val_unrescaled).toBeCloseTo(0.2, 14);
    expect(d.detX_val).toBeCloseTo(0.2, 14);
    // scaled by 10: the rescaling makes it identical; detX_val is in original units.
    const d10 = detX(Float64Array.from([1, 2, 7, 10, 30]));
    expect(d10.detX_num).toBe(4);
    expect(d10.detX_val).toBeCloseTo(2, 13);
    // never below 1 from the top: WeightWatcher's loop ends at idx 1 with num = n.
    const flat = detX(Float64Array.from([0.9999, 1.0001]));
    expect(flat.detX_num).toBe(2);
    expect(flat.detX_val_unrescaled).toBeCloseTo(1.0001, 12);
    const none = detX(Float64Array.from([1, 1]));
    expect(none).toMatchObject({ detX_num: 0 });
  });

  it('norm metrics of diag(1, 2, 3, 4) squared', () => {
    const ev = Float64Array.from([1, 4, 9, 16]);
    const nm = normMetrics(ev, 2, 6);
    expect(nm.norm).toBe(30);
    expect(nm.log_norm).toBeCloseTo(Math.log10(30), 15);
    expect(nm.log_spectral_norm).toBeCloseTo(Math.log10(16), 15);
    expect(nm.alpha_weighted).toBeCloseTo(2 * Math.log10(16), 15);
    expect(nm.log_alpha_norm).toBeCloseTo(Math.log10(1 + 16 + 81 + 256), 15);
    expect(nm.stable_rank).toBeCloseTo(30 / 16, 15);
    expect(nm.matrix_rank).toBe(4);
    const p = [1, 4, 9, 16].map((v) => v / 30 + 1e-10);
    expect(nm.entropy).toBeCloseTo(-p.reduce((s, q) => s + q * Math.log(q), 0) / Math.log(4 + 1e-10), 14);
    expect(nm.sv_max).toBe(4);
    expect(nm.sv_min).toBe(1);
    const deficient = normMetrics(Float64Array.from([0, 0, 1e-7, 2]), 2, 4);
    expect(deficient.matrix_rank).toBe(2);
    expect(deficient.rank_loss).toBe(2);
    expect(deficient.weak_rank_loss).toBe(3);
  });
});
