/**
 * The quantization audit in the comment, rendered from hand-built reports: a q4 head against an
 * fp32 base (and the other way round), with different tensor names on the two sides. Every number
 * expected follows from the hand-chosen alphas, log_norms and perplexities.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT, renderReport } from '../../src/report/markdown.js';
import { auditSection } from '../../src/report/audit.js';
import { snapshotOf } from '../../src/report/snapshot.js';
import type { LayerSnapshot, RunReport } from '../../src/report/types.js';
import type { QuantizationInfo } from '../../src/model/types.js';
import { report } from './fixtures.js';

const Q4: QuantizationInfo = { op: 'MatMulNBits', bits: 4, blockSize: 32, symmetric: true };

function L(index: number, name: string, module: string, alpha: number, logNorm: number, q?: QuantizationInfo): LayerSnapshot {
  const warning = alpha < 2 ? 'over-trained' : alpha > 6 ? 'under-trained' : '';
  return { index, name, module, shape: q ? [32, 64] : [64, 32], alpha, fit: 'success', warning, logNorm, ...(q ? { quantization: q } : {}) };
}

// fp32: opaque onnx::MatMul names; q4: `<n>_Q4` with other numbers. Module paths are what they share.
const fp32 = [
  L(0, 'onnx::MatMul_101', 'model.layers.0.self_attn.q_proj', 3.0, 2.0),
  L(1, 'onnx::MatMul_102', 'model.layers.0.self_attn.k_proj', 4.0, 1.5),
  L(2, 'onnx::MatMul_103', 'model.layers.0.mlp.down_proj', 5.5, 1.0),
  L(3, 'onnx::MatMul_104', 'model.layers.0.mlp.extra', 3.0, 1.0),
];
const q4 = [
  L(0, 'onnx::MatMul_7_Q4', 'model.layers.0.self_attn.q_proj', 3.125, 2.0625, Q4), // +0.125, +0.0625
  L(1, 'onnx::MatMul_8_Q4', 'model.layers.0.self_attn.k_proj', 3.5, 1.5, Q4), // -0.5, 0
  L(2, 'onnx::MatMul_9_Q4', 'model.layers.0.mlp.down_proj', 6.5, 0.75, Q4), // +1.0 and out of [2, 6]
  L(3, 'onnx::MatMul_10_Q4', 'lm_head', 2.5, 3.0, Q4),
];

function audited(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[], pOriginal: number, pBase: number): RunReport {
  return report({ original: snapshotOf(head), base: snapshotOf(base), smoothed: null, pOriginal, pSmoothed: null, pBase });
}

describe('quantization audit', () => {
  it('q4 head vs fp32 base: perplexity change, per-layer Δ quantized − float by largest |Δ alpha|, unmatched layers', () => {
    const body = renderReport(audited(q4, fp32, 11, 10), { commentKey: 'k', maxLayers: 100, limit: GITHUB_COMMENT_LIMIT });
    const section = body.slice(body.indexOf('### Quantization audit'), body.indexOf('<details><summary>Per-layer metrics'));
    expect(section).toContain('### Quantization audit: did quantizing damage a layer?');
    expect(section).toContain('**Float** (base model): 3 float layers · **quantized** (head model): MatMulNBits 4-bit, block 32, symmetric (3 layers). 3 layers matched (3 by module path); Δ = quantized − float.');
    // Counts are of the matched layers. (11 - 10) / 10 = +10%; mean |Δ alpha| = (0.125 + 0.5 + 1) / 3 = 0.541(6).
    expect(section).toContain('**perplexity 10.0000 → 11.0000 (+10.00%) · mean |Δ alpha| 0.542 · largest +1.000 (model.layers.0.mlp.down_proj) · 1 layer left the alpha band [2, 6].**');
    expect(section).toContain('head only (1): `lm_head (onnx::MatMul_10_Q4)`; base only (1): `model.layers.0.mlp.extra (onnx::MatMul_104)`');
    const rows = section.split('\n').filter((l) => l.startsWith('| model'));
    expect(rows).toEqual([
      '| model.<wbr>layers.<wbr>0.<wbr>mlp.<wbr>down_<wbr>proj | 5.500 → 6.500 | +1.000 | -0.2500 | ⚠️ left the band |',
      '| model.<wbr>layers.<wbr>0.<wbr>self_<wbr>attn.<wbr>k_<wbr>proj | 4.000 → 3.500 | -0.500 | +0.0000 | |',
      '| model.<wbr>layers.<wbr>0.<wbr>self_<wbr>attn.<wbr>q_<wbr>proj | 3.000 → 3.125 | +0.125 | +0.0625 | |',
    ]);
    // The per-layer table's Δ vs base uses the same match (the names differ on the two sides).
    expect(body).toContain('| 2 | model.<wbr>layers.<wbr>0.<wbr>mlp.<wbr>down_<wbr>proj (onnx::MatMul_<wbr>9_<wbr>Q4) | 6.500 | +1.000 |');
  });

  it('fp32 head vs q4 base: the same figures, still quantized − float', () => {
    const section = auditSection(audited(fp32, q4, 10, 11))!;
    expect(section).toContain('**Float** (head model): 3 float layers · **quantized** (base model): MatMulNBits 4-bit, block 32, symmetric (3 layers).');
    expect(section).toContain('perplexity 10.0000 → 11.0000 (+10.00%)');
    expect(section).toContain('| 5.500 → 6.500 | +1.000 | -0.2500 | ⚠️ left the band |');
    expect(section).toContain('head only (1): `model.layers.0.mlp.extra (onnx::MatMul_104)`; base only (1): `lm_head (onnx::MatMul_10_Q4)`');
  });

  it('no audit when both sides are stored alike; unmatched layers are still listed; nothing without a base', () => {
    const same = auditSection(audited(fp32.slice(0, 3), fp32, 10, 10));
    expect(same).toBe('**Unmatched layers** (no layer of the same module path, tensor name and dimensions on the other side; not compared): base only (1): `model.layers.0.mlp.extra (onnx::MatMul_104)`.');
    expect(auditSection(audited(fp32, fp32, 10, 10))).toBeNull();
    expect(auditSection(report({ base: null }))).toBeNull();
  });

  it('report.json carries the comparison the pipeline computed; the renderer uses it as is', () => {
    const r = audited(q4, fp32, 11, 10);
    const carried: RunReport = { ...r, baseComparison: { quantized: 'head', quantizationDiffers: true, layers: [], unmatchedHead: [], unmatchedBase: [{ name: 'only_in_file', module: null, shape: [2, 2] }] } };
    expect(auditSection(carried)).toContain('base only (1): `only_in_file`');
  });

  const cmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!cmark && process.env['CI'] !== 'true')('hostile module paths and tensor names stay text: no tag, no broken table, no line break', () => {
    const evil = '<img src=x onerror=alert(1)>|`x`\n## h';
    const head = [L(0, `onnx::MatMul_1_Q4${evil}`, `m.${evil}`, 7, 1, Q4), L(1, `only${evil}`, `lm.${evil}`, 3, 1, Q4)];
    const base = [L(0, 'onnx::MatMul_1', `m.${evil}`, 3, 1), L(1, `gone${evil}`, `g.${evil}`, 3, 1)];
    const md = renderReport(audited(head, base, 11, 10), { commentKey: 'k', maxLayers: 100, limit: GITHUB_COMMENT_LIMIT });
    const r = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'tagfilter'], { input: md, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const audit = r.stdout.slice(r.stdout.indexOf('Quantization audit'), r.stdout.indexOf('Per-layer metrics'));
    expect(audit).not.toMatch(/<img/);
    expect(audit).not.toMatch(/<h2>/);
    // The audit table keeps its five columns in every row.
    const rows = audit.split('<tr>').slice(1);
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row.match(/<t[dh]>/g)?.length ?? row.match(/<t[dh][ >]/g)?.length).toBe(5);
  });
});

