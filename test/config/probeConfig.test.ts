/**
 * Probe settings in the config: eval.probe from a config FILE is confined to the workspace like
 * eval.text; the probe gate levels are validated by the schema (points in [0, 100], warn <= fail);
 * the action inputs land on the keys the README table names; a plan without a probe hashes as
 * before (no probe keys in it).
 */
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { buildPlan, type ConfigFile } from '../../src/config/load.js';
import { configHash } from '../../src/engine/pipeline.js';
import { planOptions, thrownWwError } from '../helpers/plan.js';

const ws = path.join(tmpdir(), 'ww-probe-cfg-ws');
const opts = (file: ConfigFile, inputs: Record<string, string> = {}) => planOptions(ws, file, inputs);
const error = thrownWwError;

describe('probe config', () => {
  it('eval.probe in the config file must stay inside the workspace; as an input it may be anywhere', () => {
    expect(error(() => buildPlan(opts({ eval: { probe: '../outside/items.jsonl' } }))).code).toBe('PATH_ESCAPE');
    expect(error(() => buildPlan(opts({ eval: { probe: '../outside/items.jsonl' } }))).message).toMatch(/eval\.probe "\.\.\/outside\/items\.jsonl"/);
    expect(buildPlan(opts({}, { probe: '/elsewhere/items.jsonl' })).eval.probe).toBe('/elsewhere/items.jsonl');
    const plan = buildPlan(opts({ eval: { probe: 'probes/items.jsonl', 'probe-max-items': 50 } }));
    expect(plan.eval.probe).toBe(path.join(ws, 'probes', 'items.jsonl'));
    expect(plan.eval.probeMaxItems).toBe(50);
  });

  it('levels: inputs map to gate.accuracy-drop / base-accuracy-drop; bad values are CONFIG_INVALID naming the key', () => {
    const plan = buildPlan(opts({}, { 'max-accuracy-drop': '2', 'warn-accuracy-drop': '0.5', 'max-base-accuracy-drop': '3' }));
    expect(plan.gate.accuracyDrop).toEqual({ warn: 0.5, fail: 2 });
    expect(plan.gate.baseAccuracyDrop).toEqual({ warn: null, fail: 3 });
    expect(buildPlan(opts({})).gate.accuracyDrop).toEqual({ warn: null, fail: null });
    const negative = error(() => buildPlan(opts({ gate: { 'accuracy-drop': { fail: -1 } } })));
    expect(negative.code).toBe('CONFIG_INVALID');
    expect(negative.message).toMatch(/\/gate\/accuracy-drop\/fail: -1 must be >= 0/);
    expect(error(() => buildPlan(opts({ gate: { 'accuracy-drop': { fail: 101 } } }))).message).toMatch(/must be <= 100/);
    expect(error(() => buildPlan(opts({ gate: { 'accuracy-drop': { warn: 3, fail: 2 } } }))).message).toMatch(/gate\.accuracy-drop: warn level \(3\) must not be above the fail level \(2\)/);
    expect(error(() => buildPlan(opts({ eval: { 'probe-max-items': 0 } }))).code).toBe('CONFIG_INVALID');
  });

  it('a plan without a probe has no probe keys (its config hash is unchanged); the probe path does not enter the hash', () => {
    const plain = buildPlan(opts({ eval: { text: 'eval.txt' } }));
    expect('probe' in plain.eval).toBe(false);
    const a = buildPlan(opts({ eval: { text: 'eval.txt', probe: 'a/items.jsonl' } }));
    const b = buildPlan(opts({ eval: { text: 'eval.txt', probe: 'b/items.jsonl' } }));
    expect(configHash(a)).toBe(configHash(b));
    expect(configHash(a)).not.toBe(configHash(plain));
  });
});
