/**
 * examples/*.yml are workflows users copy: each must parse, have triggers and jobs, and use only
 * inputs that action.yml declares. action.yml itself must declare every input the code reads.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_INPUTS } from '../../src/config/inputs.js';

const root = path.resolve(__dirname, '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const inputNames = new Set(Object.keys(action.inputs));
// examples/ww-smooth.yml is the example config file (tested in test/config/), not a workflow.
const examples = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yml') && f !== 'ww-smooth.yml');

describe('action.yml', () => {
  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('declares every input the code reads, each with a string default and a description', () => {
    const codeInputs = [
      ...CONFIG_INPUTS.map((s) => s.input),
      'method', 'config', 'github-token', 'cache', 'smooth', 'factorize', 'attach-to-release', 'timeout-minutes',
      'pr-number', 'report', 'baseline-report', 'shard', 'merge', 'onnxruntime-path',
    ];
    for (const name of codeInputs) expect(inputNames, name).toContain(name);
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect(typeof spec.default, name).toBe('string');
      expect(spec.description.length, name).toBeGreaterThan(10);
    }
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });
  it('gives cache a true/false default, and the booleans with a config key none (the file decides when unset)', () => {
    expect(['true', 'false']).toContain(action.inputs['cache']!.default);
    for (const name of ['smooth', 'factorize', 'attach-to-release']) expect(action.inputs[name]!.default).toBe('');
  });
  it('declares the outputs the action sets', async () => {
    const { reportOutputs } = await import('../../src/action/outputs.js');
    const { report } = await import('../report/fixtures.js');
    const names = Object.keys(reportOutputs(report(), { reportPath: '', commentUrl: '', commentFile: '' }));
    expect(new Set(Object.keys(action.outputs))).toEqual(new Set(names));
  });
});

describe('examples/*.yml', () => {
  it('has the five documented workflows', () => {
    expect(examples.sort()).toEqual(expect.arrayContaining(['baseline-on-main.yml', 'fork-safe-comment.yml', 'pr-gate.yml', 'release-gate.yml', 'self-hosted-gpu.yml', 'sharded.yml']));
  });
  it.each(examples)('%s is a workflow using only declared inputs', (file) => {
    const wf = parse(readFileSync(path.join(root, 'examples', file), 'utf8')) as { on: unknown; jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
    expect(wf.on).toBeTruthy();
    expect(Object.keys(wf.jobs).length).toBeGreaterThan(0);
    let uses = 0;
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses || !/ww-smooth-action@|^\.\/?$/.test(step.uses)) continue;
        uses++;
        for (const key of Object.keys(step.with ?? {})) expect(inputNames, `${file}: with.${key}`).toContain(key);
      }
    }
    expect(uses).toBeGreaterThan(0);
  });
  it('sharded.yml: a matrix of shard jobs uploading partials, and a merge job that downloads them and gates', () => {
    type Step = { uses?: string; with?: Record<string, string> };
    const wf = parse(readFileSync(path.join(root, 'examples', 'sharded.yml'), 'utf8')) as {
      env: Record<string, number>;
      jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
    };
    const { shard, merge } = wf.jobs;
    const n = wf.env['SHARDS']!;
    expect(shard!.strategy!.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const shardStep = shard!.steps.find((s) => s.with?.['shard'])!;
    expect(shardStep.with!['shard']).toBe('${{ matrix.shard }}/${{ env.SHARDS }}');
    const upload = shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with!['path']).toContain(shardStep.with!['output-dir']!);
    expect(merge!.needs).toBe('shard');
    const download = merge!.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    const mergeStep = merge!.steps.find((s) => s.with?.['merge'])!;
    expect(mergeStep.with!['merge']).toBe(download.with!['path']);
    expect(mergeStep.with!['model']).toBe(shardStep.with!['model']);
    // Same smoothing config in both, or the merge refuses the partials (config hash).
    expect(mergeStep.with!['method']).toBe(shardStep.with!['method']);
    expect(mergeStep.with!['config']).toBe(shardStep.with!['config']);
    expect(mergeStep.with!['max-perplexity-increase']).toBeTruthy();
  });
});

describe('examples/fork-safe-comment.yml matches the report leg of the action', () => {
  type Step = { uses?: string; with?: Record<string, string> };
  type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
  const text = readFileSync(path.join(root, 'examples', 'fork-safe-comment.yml'), 'utf8');
  const second = parse(text) as Workflow;
  // The first (untrusted) workflow is shown in the comment block between the dashed lines.
  const block = /^# ---[^\n]*\n([\s\S]*?)^# ---/m.exec(text)![1]!;
  const first = parse(block.replace(/^# ?/gm, '')) as Workflow;
  const stepsOf = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
  const actionStep = (wf: Workflow) => stepsOf(wf).find((s) => /ww-smooth-action@/.test(s.uses ?? ''))!;

  it('the untrusted leg runs on pull_request with read-only contents, comment off, and uploads output-dir/report.json', () => {
    expect(first.on).toBe('pull_request');
    expect(first.permissions).toEqual({ contents: 'read' });
    const gate = actionStep(first);
    expect(gate.with!['comment']).toBe('off');
    for (const key of Object.keys(gate.with!)) expect(inputNames, `first leg: with.${key}`).toContain(key);
    const upload = stepsOf(first).find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const outputDir = gate.with!['output-dir'] || 'ww-smooth-report'; // the plan's default (src/config/load.ts)
    expect(upload.with!['path']).toBe(`${outputDir}/report.json`);
  });

  it('the privileged leg downloads that artifact from the triggering run and passes it as report:', () => {
    expect(Object.keys(second.on)).toEqual(['workflow_run']);
    expect(second.permissions).toMatchObject({ 'pull-requests': 'write', actions: 'read' });
    const steps = stepsOf(second);
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false); // never runs PR code
    const upload = stepsOf(first).find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    expect(download.with!['name']).toBe(upload.with!['name']);
    expect(download.with!['run-id']).toBe('${{ github.event.workflow_run.id }}');
    expect(download.with!['github-token']).toBeTruthy();
    // A single uploaded file lands at the artifact root, i.e. <download path>/report.json.
    const leg = actionStep(second);
    expect(leg.with!['report']).toBe(`${download.with!['path']}/report.json`);
    expect(leg.with!['comment']).not.toBe('off');
    // No pr-number from artifact content: the action finds the PR from the event.
    expect(leg.with!['pr-number']).toBeUndefined();
    expect(leg.with!['model']).toBeUndefined();
  });
});
