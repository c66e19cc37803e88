import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_RULES, type GateRules } from '../../src/config/plan.js';
import { evaluateGate, newlyOutside } from '../../src/gate/rules.js';
import { measurements, snapshot } from '../report/fixtures.js';

const rule = (v: ReturnType<typeof evaluateGate>, id: string) => {
  const r = v.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

describe('evaluateGate', () => {
  it('lists every rule, each with a status', () => {
    const v = evaluateGate(measurements(), DEFAULT_GATE_RULES);
    expect(v.rules.map((r) => r.id)).toEqual([
      'perplexity.smoothed-vs-original',
      'perplexity.head-vs-base',
      'alpha.new-outside-range',
      'alpha.mean-change',
      'alpha.over-trained',
      'alpha.under-trained',
    ]);
  });

  it('relative perplexity levels: 10 → 10.1 is +1% (pass), 10.3 is +3% (warn), 10.6 is +6% (fail)', () => {
    expect(rule(evaluateGate(measurements({ pSmoothed: 10.1 }), DEFAULT_GATE_RULES), 'perplexity.smoothed-vs-original').status).toBe('pass');
    const warn = evaluateGate(measurements({ pSmoothed: 10.3 }), DEFAULT_GATE_RULES);
    expect(rule(warn, 'perplexity.smoothed-vs-original').status).toBe('warn');
    expect(warn.status).toBe('warn');
    expect(warn.passed).toBe(true);
    const fail = evaluateGate(measurements({ pSmoothed: 10.6 }), DEFAULT_GATE_RULES);
    const r = rule(fail, 'perplexity.smoothed-vs-original');
    expect(r.status).toBe('fail');
    expect(r.value).toBeCloseTo(0.06, 12);
    expect(r.valueText).toBe('+6.00% (+0.6000)');
    expect(fail.passed).toBe(false);
  });

  it('absolute perplexity levels compare perplexity points', () => {
    const rules: GateRules = { ...DEFAULT_GATE_RULES, perplexityIncrease: { warn: { kind: 'absolute', value: 0.2 }, fail: { kind: 'absolute', value: 0.5 } } };
    expect(rule(evaluateGate(measurements({ pSmoothed: 10.3 }), rules), 'perplexity.smoothed-vs-original').status).toBe('warn');
    expect(rule(evaluateGate(measurements({ pSmoothed: 10.45 }), rules), 'perplexity.smoothed-vs-original').status).toBe('warn');
    const r = rule(evaluateGate(measurements({ pSmoothed: 10.55 }), rules), 'perplexity.smoothed-vs-original');
    expect(r.status).toBe('fail');
    expect(r.value).toBeCloseTo(0.55, 12);
  });

  it('a value equal to the limit passes', () => {
    const rules: GateRules = { ...DEFAULT_GATE_RULES, overTrained: { warn: null, fail: 1 } };
    expect(rule(evaluateGate(measurements({ original: snapshot([1.5, 3, 4]) }), rules), 'alpha.over-trained').status).toBe('pass');
    expect(rule(evaluateGate(measurements({ original: snapshot([1.5, 1.8, 4]) }), rules), 'alpha.over-trained').status).toBe('fail');
  });

  it('skips the perplexity rules with the reason when nothing was measured', () => {
    const v = evaluateGate(measurements({ pOriginal: null, pSmoothed: null }), DEFAULT_GATE_RULES);
    const r = rule(v, 'perplexity.smoothed-vs-original');
    expect(r.status).toBe('skipped');
    expect(r.reason).toBe('no eval-text given');
  });

  it('without a baseline the base rules are skipped, saying there is none', () => {
    const v = evaluateGate(measurements(), DEFAULT_GATE_RULES);
    for (const id of ['perplexity.head-vs-base', 'alpha.new-outside-range', 'alpha.mean-change']) {
      expect(rule(v, id).status).toBe('skipped');
      expect(rule(v, id).reason).toMatch(/no (baseline|base perplexity): no report saved on the default branch yet/);
    }
  });

  it('head vs base: perplexity, newly-outside layers and mean alpha change', () => {
    // base alphas 3, 4, 5 (mean 4); head 1.5, 4, 7 (mean 4.1667): layers 0 and 2 newly outside [2, 6].
    const rules: GateRules = { ...DEFAULT_GATE_RULES, newLayersOutsideAlpha: { warn: 0, fail: 1 }, meanAlphaChange: { warn: 0.1, fail: 0.5 } };
    const v = evaluateGate(measurements({ original: snapshot([1.5, 4, 7]), base: snapshot([3, 4, 5]), pOriginal: 10, pBase: 9.9 }), rules);
    expect(rule(v, 'alpha.new-outside-range').value).toBe(2);
    expect(rule(v, 'alpha.new-outside-range').status).toBe('fail');
    expect(rule(v, 'alpha.mean-change').value).toBeCloseTo(1 / 6, 12);
    expect(rule(v, 'alpha.mean-change').status).toBe('warn');
    // (10 - 9.9) / 9.9 = 1.0101% < 2%
    expect(rule(v, 'perplexity.head-vs-base').value).toBeCloseTo(0.1 / 9.9, 12);
    expect(rule(v, 'perplexity.head-vs-base').status).toBe('pass');
    expect(v.status).toBe('fail');
    expect(v.headline).toContain('Layers newly outside alpha range [2, 6] vs base');
  });

  it('a layer already outside the range on base is not new', () => {
    const head = snapshot([1.5, 7, 4]);
    const base = snapshot([1.7, 4, 4]);
    expect(newlyOutside(head, base, DEFAULT_GATE_RULES)).toEqual(['blocks.1.mlp.weight']);
  });

  it('rules with no levels are skipped but still show the measured value', () => {
    const r = rule(evaluateGate(measurements({ original: snapshot([1, 1, 9]) }), DEFAULT_GATE_RULES), 'alpha.over-trained');
    expect(r.status).toBe('skipped');
    expect(r.value).toBe(2);
  });
});

describe('non-finite values fail the rule that needs them', () => {
  it('a NaN smoothed perplexity fails (NaN > limit is false, so a naive check would pass it)', () => {
    const v = evaluateGate(measurements({ pSmoothed: NaN }), DEFAULT_GATE_RULES);
    const r = rule(v, 'perplexity.smoothed-vs-original');
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/perplexity is not finite \(model\.onnx: NaN: the model's logits contain NaN\)/);
    expect(r.valueText).toBe('n/a (NaN)');
    expect(v.passed).toBe(false);
  });
  it('Infinity in both (Inf - Inf = NaN) fails, and so does an infinite head vs base', () => {
    expect(rule(evaluateGate(measurements({ pOriginal: Infinity, pSmoothed: Infinity }), DEFAULT_GATE_RULES), 'perplexity.smoothed-vs-original').status).toBe('fail');
    const v = evaluateGate(measurements({ pOriginal: Infinity, pSmoothed: 10, pBase: 10, base: snapshot([3, 4, 5]) }), DEFAULT_GATE_RULES);
    expect(rule(v, 'perplexity.head-vs-base').status).toBe('fail');
  });
  it('a NaN mean alpha fails the mean-change rule', () => {
    const base = { ...snapshot([3, 4, 5]), meanAlpha: NaN };
    const r = rule(evaluateGate(measurements({ base }), DEFAULT_GATE_RULES), 'alpha.mean-change');
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/not finite/);
  });
  it('a rule switched off (both levels none) is skipped even with a NaN value', () => {
    const rules: GateRules = { ...DEFAULT_GATE_RULES, perplexityIncrease: { warn: null, fail: null } };
    const r = rule(evaluateGate(measurements({ pSmoothed: NaN }), rules), 'perplexity.smoothed-vs-original');
    expect(r.status).toBe('skipped');
    expect(r.reason).toBe('no warn or fail level set');
  });
});

describe('significance', () => {
  const withCi = (low: number, high: number) => {
    const m = measurements({ pSmoothed: 10.6 });
    const d = m.perplexity.smoothedVsOriginal!;
    const ci = { level: 0.95, relativeLow: low, relativeHigh: high, absoluteLow: low * 10, absoluteHigh: high * 10, probabilityIncrease: 0.9, resamples: 2000, seed: 1, windows: 8 };
    return { ...m, perplexity: { ...m.perplexity, smoothedVsOriginal: { ...d, ci } } };
  };
  const rules: GateRules = { ...DEFAULT_GATE_RULES, perplexityIncrease: { ...DEFAULT_GATE_RULES.perplexityIncrease, significance: 0.95 } };
  it('+6% whose interval includes 0 warns instead of failing, and says why', () => {
    const r = rule(evaluateGate(withCi(-0.01, 0.13), rules), 'perplexity.smoothed-vs-original');
    expect(r.status).toBe('warn');
    expect(r.reason).toContain('not significant: the 95% CI [-1.00%, +13.00%] includes no change');
    expect(r.valueText).toBe('+6.00% (+0.6000), 95% CI [-1.00%, +13.00%]');
  });
  it('+6% whose interval lies above 0 fails', () => {
    expect(rule(evaluateGate(withCi(0.02, 0.1), rules), 'perplexity.smoothed-vs-original').status).toBe('fail');
  });
  it('without significance the interval is shown but the point value decides', () => {
    expect(rule(evaluateGate(withCi(-0.01, 0.13), DEFAULT_GATE_RULES), 'perplexity.smoothed-vs-original').status).toBe('fail');
  });
});

describe('significance when re-gating a report', () => {
  it('recomputes the interval at the rule level from the window scores the report carries', async () => {
    const { mulberry32 } = await import('../../src/util/prng.js');
    const r = mulberry32(3);
    // 40 windows; b is ~10% worse on average but very noisy per window: significant at 50%, not at 99.9%.
    const a = Array.from({ length: 40 }, () => ({ tokens: 100, nllSum: 100 * (2 + r()) }));
    const b = a.map((w) => ({ tokens: 100, nllSum: w.nllSum + 100 * (0.1 + 2.4 * (r() - 0.5)) }));
    const m = measurements({ pSmoothed: 10.6 });
    const withScores = {
      ...m,
      perplexity: {
        ...m.perplexity,
        original: { ...m.perplexity.original!, windowScores: a },
        smoothed: { ...m.perplexity.smoothed!, windowScores: b },
      },
    };
    const at = (significance: number) => {
      const rules: GateRules = { ...DEFAULT_GATE_RULES, perplexityIncrease: { ...DEFAULT_GATE_RULES.perplexityIncrease, significance } };
      return rule(evaluateGate(withScores, rules), 'perplexity.smoothed-vs-original');
    };
    const { pairedBootstrap } = await import('../../src/eval/bootstrap.js');
    // Independent of the rule: which of the two levels excludes zero.
    expect(pairedBootstrap(a, b, { level: 0.5 })!.relativeLow).toBeGreaterThan(0);
    expect(pairedBootstrap(a, b, { level: 0.999 })!.relativeLow).toBeLessThan(0);
    expect(at(0.5).status).toBe('fail');
    expect(at(0.999).status).toBe('warn');
    expect(at(0.999).reason).toContain('99.9% CI');
  });
});
