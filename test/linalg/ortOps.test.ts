/**
 * The fused float32 Chebyshev filter graph against the same recurrence in float64 JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrtOps, type ChebyshevStep } from '../../src/linalg/ort/ortOps.js';
import { gaussian } from './fixtures.js';

describe('OrtOps.chebyshevFilter32', () => {
  let ops: OrtOps | null;
  beforeAll(async () => {
    ops = await OrtOps.create({ device: 'cpu', threads: 2, logger: () => {} });
  });
  afterAll(async () => ops?.dispose());

  it.each([1, 2, 5, 9])('degree %i matches the float64 recurrence to float32 rounding', async (degree) => {
    if (!ops) throw new Error('onnxruntime-node did not load');
    const p = 37;
    const l = 5;
    const g = gaussian(degree);
    const X = Array.from({ length: p * p }, () => g() / Math.sqrt(p));
    // G = X X^T, symmetric positive semi-definite, entries exact in float32
    const G = new Float32Array(p * p);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
      let acc = 0;
      for (let t = 0; t < p; t++) acc += X[i * p + t]! * X[j * p + t]!;
      G[i * p + j] = acc;
    }
    for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) G[i * p + j] = G[j * p + i]!;
    const Q = Float64Array.from({ length: p * l }, () => Math.fround(g()));
    const mul = (Y: Float64Array) => {
      const out = new Float64Array(p * l);
      for (let i = 0; i < p; i++) for (let j = 0; j < l; j++) {
        let acc = 0;
        for (let t = 0; t < p; t++) acc += G[i * p + t]! * Y[t * l + j]!;
        out[i * l + j] = acc;
      }
      return out;
    };
    const GQ = mul(Q).map(Math.fround);
    const first = { a: 0.7, ac: 0.3 };
    const steps: ChebyshevStep[] = Array.from({ length: degree - 1 }, (_, i) => ({ a: 0.9 + 0.05 * i, ac: 0.2 + 0.01 * i, b: 0.4 - 0.02 * i }));
    let prev = Q;
    let cur = GQ.map((v, i) => first.a * v - first.ac * Q[i]!);
    for (const st of steps) {
      const GY = mul(cur);
      const next = GY.map((v, i) => st.a * v - st.ac * cur[i]! - st.b * prev[i]!);
      prev = cur;
      cur = next;
    }
    const got = await ops.chebyshevFilter32(G, p, Q, GQ, l, first, steps);
    expect(got).toBeInstanceOf(Float64Array);
    expect(got.length).toBe(p * l);
    let scale = 0;
    for (const v of cur) scale = Math.max(scale, Math.abs(v));
    let err = 0;
    for (let i = 0; i < cur.length; i++) err = Math.max(err, Math.abs(got[i]! - cur[i]!));
    expect(err / scale).toBeLessThan(2e-5);
    expect(err / scale).toBeGreaterThan(0); // float32 arithmetic, not a float64 copy of the reference
  });
});
