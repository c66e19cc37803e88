import { describe, expect, it } from 'vitest';
import { powerLawFit, trainingWarning } from '../../src/spectral/powerlaw.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { WW_NUMPY } from './wwNumpy.js';

const hasPy = findNumpyPython() !== null;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
}
/** Pareto(alpha, xmin=1) samples by inversion. */
function pareto(n: number, alpha: number, seed: number): Float64Array {
  const u = rng(seed);
  return Float64Array.from({ length: n }, () => Math.pow(u(), -1 / (alpha - 1))).sort();
}

describe('powerLawFit', () => {
  it.skipIf(!hasPy)('agrees with a numpy transcription of WWFit on mixed bulk + tail spectra', () => {
    const u = rng(3);
    const cases = [
      Float64Array.from({ length: 40 }, () => u() * 2).sort(),
      Float64Array.from([...Array.from({ length: 150 }, () => u()), ...pareto(60, 2.5, 9).map((x) => 2 * x), 0, 1e-7]).sort(),
      Float64Array.from([...Array.from({ length: 300 }, () => Math.exp(3 * (u() - 0.5))), ...pareto(80, 3.5, 4).map((x) => 4 * x)]).sort(),
    ];
    const ref = runPython<Record<string, number>[]>(WW_NUMPY + 'print(json.dumps([tofloat(wwfit(np.array(e))) for e in inp]))', cases.map((c) => Array.from(c)));
    cases.forEach((c, k) => {
      const fit = powerLawFit(c);
      const r = ref[k]!;
      expect(fit.status).toBe('success');
      expect(fit.xmin).toBe(r['xmin']);
      expect(fit.num_pl_spikes).toBe(r['num_pl_spikes']);
      for (const key of ['alpha', 'D', 'sigma', 'xmax'] as const) expect(Math.abs(fit[key] - r[key]!)).toBeLessThanOrEqual(1e-12 * Math.abs(r[key]!));
    });
  });

  it('recovers alpha of Pareto samples within 3 standard errors', () => {
    for (const [alpha, seed] of [[2.5, 1], [3.0, 2], [4.5, 3]] as const) {
      const n = 4000;
      const x = pareto(n, alpha, seed);
      const fit = powerLawFit(x);
      // The MLE's standard error at the chosen xmin is (alpha - 1)/sqrt(m) = fit.sigma.
      expect(Math.abs(fit.alpha - alpha)).toBeLessThan(3 * fit.sigma + 1e-9);
      expect(fit.sigma).toBeCloseTo((fit.alpha - 1) / Math.sqrt(fit.num_pl_spikes), 12);
    }
  });

  it('fits 15000 eigenvalues in well under a few seconds', () => {
    const u = rng(11);
    const x = Float64Array.from([...Array.from({ length: 14000 }, () => 4 * u() * u()), ...pareto(1000, 3, 5).map((v) => 4 * v)]).sort();
    const t = performance.now();
    const fit = powerLawFit(x);
    const secs = (performance.now() - t) / 1000;
    console.log(`powerLawFit(n=15000): ${secs.toFixed(2)} s, alpha ${fit.alpha.toFixed(3)}`);
    expect(fit.status).toBe('success');
    expect(secs).toBeLessThan(3);
  });

  it('fails cleanly with fewer than two eigenvalues above 1e-5, and a failed fit is not labelled', () => {
    const fit = powerLawFit(Float64Array.from([0, 1e-6, 3]));
    expect(fit).toMatchObject({ status: 'failed', alpha: -1, D: -1, xmin: -1, num_pl_spikes: -1, warning: '' });
    expect(trainingWarning(1.5, 'success')).toBe('over-trained');
    expect(trainingWarning(6.5, 'success')).toBe('under-trained');
    expect(trainingWarning(4, 'success')).toBe('');
  });

  it('hand-computed: two points', () => {
    // x = [1, e]: candidate i=0, m=2: alpha = 1 + 2/(0 + 1 - 0) = 3; D = max(|1-1-0|, |1 - e^-2 - 1/2|).
    const fit = powerLawFit(Float64Array.from([1, Math.E]));
    expect(fit.alpha).toBeCloseTo(3, 14);
    expect(fit.D).toBeCloseTo(Math.abs(0.5 - Math.exp(-2)), 14);
    expect(fit.sigma).toBeCloseTo(2 / Math.SQRT2, 14);
  });
});
