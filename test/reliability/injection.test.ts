/**
 * Secrets and injection. A model built here with hostile tensor/node names and metadata (GitHub
 * mentions, team mentions, HTML with event handlers, Markdown links, autolinks, backticks, table
 * pipes, newlines with headings, HTML comments that would close the hidden marker) goes through the
 * real reader and analyze stage, and its report is rendered with src/report/markdown.ts
 * renderReport. The comment must contain no mention, link, HTML beyond our own tags, no broken
 * table, no stray heading and no unbalanced code. A naive rendering fails the same checks (so the
 * checker is not vacuous). Secrets: a model URL's credentials and query never appear in
 * downloader errors or in what redactUrl gives the report.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { getEngine } from '../../src/linalg/engine.js';
import { openModel } from '../../src/model/open.js';
import { writeModelFiles, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { GITHUB_COMMENT_LIMIT, renderReport } from '../../src/report/markdown.js';
import { snapshotOf } from '../../src/report/snapshot.js';
import type { LayerSnapshot, RunReport } from '../../src/report/types.js';
import { downloadVerified, redactUrl } from '../../src/io/download.js';
import { measurements } from '../report/fixtures.js';
import { makeRng } from './fuzzCorpus.js';

const HOSTILE = [
  '@octocat please look',
  'model.layers.0.@org/team.weight',
  '<img src=x onerror=alert(document.cookie)>',
  '[click me](http://evil.example/phish)',
  '![pixel](https://evil.example/t.png)',
  'see https://evil.example and www.evil.example',
  '`code` ``` fence ```',
  'a | b | c',
  'line1\n# Injected heading\n| x | y |\n|---|---|',
  '--> <!-- ww-smooth-comment key=other -->',
  '<details><summary>fake</summary>',
  '**bold** _em_ ~~strike~~ #123 \\ *',
  '<script>alert(1)</script>',
  '\r\n- list item\r\n> quote',
];

/** Problems a PR comment body must not have; empty when safe. */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  // Split off fenced blocks: only our mermaid charts may be fenced, and they must hold no model text.
  const lines = md.split('\n');
  const outside: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (/[<@\[|`]|http|evil/.test(line.replace(/^\s*(x-axis|line|bar|y-axis|title|xychart-beta|mermaid).*$/, ''))) problems.push(`model text inside a code fence: ${line}`);
      continue;
    }
    outside.push(line);
  }
  if (inFence) problems.push('unbalanced code fence');
  const text = outside.join('\n');
  // HTML: only our own tags.
  for (const m of text.matchAll(/<\/?([a-zA-Z!][^\s>]*)/g)) {
    const tag = m[0];
    const allowed = ['<details', '</details', '<summary', '</summary', '<sub', '</sub', '<wbr'];
    if (tag === '<!--') {
      if (!text.slice(m.index).startsWith('<!-- ww-smooth-comment key=')) problems.push(`HTML comment: ${text.slice(m.index, m.index + 40)}`);
    } else if (!allowed.includes(tag)) problems.push(`HTML tag ${tag}`);
  }
  const markers = text.match(/<!--/g)?.length ?? 0;
  if (markers > 1) problems.push(`${markers} HTML comment markers`);
  if (/-->/.test(text.replace(/<!-- ww-smooth-comment key=[^\s>]* -->/, ''))) problems.push('stray -->');
  // Mentions: @ directly followed by a name character.
  for (const m of text.matchAll(/(^|[^\w`])@[A-Za-z0-9]/g)) problems.push(`mention at ${text.slice(m.index, m.index + 20)}`);
  // Links and images: an unescaped ] immediately followed by (, autolinks.
  if (/(^|[^\\])\]\(/.test(text)) problems.push('markdown link');
  if (/https?:\/\//.test(text)) problems.push('autolinkable URL');
  if (/\bwww\.[a-z]/i.test(text)) problems.push('autolinkable www.');
  // Inline code must be balanced (an odd number of unescaped backticks lets model text open a span).
  const ticks = text.match(/(^|[^\\])`/g)?.length ?? 0;
  if (ticks % 2 !== 0) problems.push('unbalanced backticks');
  // Headings, lists, quotes: only ours.
  for (const line of outside) {
    if (/^\s*#/.test(line) && !/^## [✅⚠️❌]|^### Rules$/.test(line)) problems.push(`heading: ${line}`);
    if (/^\s*([-+*]|>|\d+\.)\s/.test(line)) problems.push(`list/quote line: ${line}`);
  }
  // Tables: every row has the header's number of cells.
  let header = -1;
  for (const line of outside) {
    if (!line.startsWith('|')) {
      header = -1;
      continue;
    }
    const cells = line.replace(/\\\|/g, '').split('|').length;
    if (header < 0) header = cells;
    else if (cells !== header) problems.push(`table row with ${cells - 2} cells, header has ${header - 2}: ${line.slice(0, 80)}`);
  }
  return problems;
}

let dir: string;
let report: RunReport;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-inject-'));
  const r = makeRng(9);
  const inits: TensorSpec[] = HOSTILE.map((name, i) => ({ name, type: 'float32', dims: [24, 20 + i], data: Float32Array.from({ length: 24 * (20 + i) }, () => r() - 0.5) }));
  const modelPath = await writeModelFiles(dir, 'model.onnx', {
    nodes: HOSTILE.map((name, i) => ({ opType: 'MatMul', inputs: ['x', name], outputs: [`y${i}<img src=x>`], name: `node ${name}` })),
    initializers: inits,
    inputs: [{ name: 'x', type: 'float32', shape: ['b', 24] }],
    outputs: HOSTILE.map((_, i) => ({ name: `y${i}<img src=x>`, type: 'float32' as const, shape: ['b', 20 + i] })),
    metadata: Object.fromEntries(HOSTILE.map((h, i) => [`k${i} ${h}`, h])),
    producerName: HOSTILE[2]!,
  });
  const w = await openModel(modelPath);
  const engine = await getEngine();
  const analyzed = await analyzeModel(w, { engine });
  await w.close();
  await engine.dispose();
  expect(analyzed.layers.map((l) => l.name).sort()).toEqual([...HOSTILE].sort());
  const layers: LayerSnapshot[] = analyzed.layers.map((l) => {
    const ok = l.status === 'analyzed' && l.metrics?.status === 'success';
    return { index: l.index, name: l.name, shape: [l.storedShape[0], l.storedShape[1]], alpha: ok ? l.metrics!.alpha : null, fit: ok ? 'success' : 'failed', warning: ok ? l.metrics!.warning : '' };
  });
  const m = measurements({ original: snapshotOf(layers) });
  const hostileSource = `models/${HOSTILE[0]} ${HOSTILE[2]} ${HOSTILE[3]}.onnx`;
  const withSmoothing = {
    ...m,
    model: { ...m.model, source: hostileSource },
    smoothing: { method: `detX ${HOSTILE[1]}`, outputPath: 'out/smoothed.onnx', layers: layers.slice(0, 5).map((l) => ({ name: l.name, rule: 'detX', k: 3, fullRank: 20, energyKept: 0.9, alphaBefore: l.alpha, alphaAfter: l.alpha })) },
    spectral: { ...m.spectral, smoothed: snapshotOf(layers) },
    baseline: { ...m.baseline, source: 'none' as const, note: `no baseline for ${HOSTILE[8]}` },
  } as typeof m;
  report = { ...withSmoothing, verdict: evaluateGate(withSmoothing, (await import('../../src/config/plan.js')).DEFAULT_GATE_RULES) } as RunReport;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hostile layer names and metadata cannot inject into the PR comment', () => {
  it('the comment (with a hostile comment key) and the job summary pass every check', () => {
    const comment = renderReport(report, { commentKey: 'gate --> <img src=x onerror=1> @org/team', maxLayers: 200, limit: GITHUB_COMMENT_LIMIT });
    const summary = renderReport(report, { maxLayers: Number.MAX_SAFE_INTEGER, limit: 1 << 20 });
    expect(markdownProblems(comment)).toEqual([]);
    expect(markdownProblems(summary)).toEqual([]);
    // Every hostile layer is still listed (escaped, not dropped): its distinctive word is there.
    for (const word of ['octocat', 'team', 'onerror', 'click me', 'pixel', 'Injected heading', 'quote']) expect(comment).toContain(word);
  });
  it('the checker is not vacuous: a naive rendering of the same names fails it', () => {
    const naive = ['## ✅ ww-smooth gate: passed', '', '| # | Layer |', '|---|---|', ...HOSTILE.map((h, i) => `| ${i} | ${h} |`)].join('\n');
    const found = markdownProblems(naive).join('\n');
    for (const what of ['mention', 'HTML tag <img', 'markdown link', 'autolinkable URL', 'heading: # Injected', 'table row', 'HTML tag <script']) expect(found).toContain(what);
  });
});

describe('secrets', () => {
  const SECRET = 'ghp_S3CR3Tt0k3nVALUE';
  it('redactUrl drops credentials, query and fragment; leaves paths alone', () => {
    expect(redactUrl(`https://user:${SECRET}@huggingface.co/org/m/resolve/main/model.onnx?token=${SECRET}#x`)).toBe('https://huggingface.co/org/m/resolve/main/model.onnx');
    expect(redactUrl('models/model.onnx')).toBe('models/model.onnx');
  });
  it('downloader errors never contain the URL credentials or query', async () => {
    const msgs: string[] = [];
    for (const url of [`https://u:${SECRET}@127.0.0.1:9/m.onnx?sig=${SECRET}`, `http://u:${SECRET}@example.com/m.onnx?sig=${SECRET}`]) {
      try {
        await downloadVerified({ url, sha256: 'a'.repeat(64), dest: join(dir, 'dl', 'm.onnx'), maxBytes: 10, retries: 0, log: (m) => msgs.push(m) });
      } catch (e) {
        msgs.push((e as Error).message, JSON.stringify((e as { details?: unknown }).details ?? {}));
      }
    }
    expect(msgs.length).toBeGreaterThan(0);
    expect(msgs.join('\n')).not.toContain(SECRET);
  });
});
