/**
 * Test helpers for plans and errors: the buildPlan options a config file in workspace `ws` plus
 * action inputs make, and the WwError a synchronous call throws.
 */
import * as path from 'node:path';
import type { BuildPlanOptions, ConfigFile } from '../../src/config/load.js';
import { overridesFromInputs } from '../../src/config/inputs.js';
import { WwError } from '../../src/errors.js';

/** Options for buildPlan: `file` as `.ww-smooth.yml` in `ws` (model m.onnx), `inputs` as action inputs. */
export function planOptions(ws: string, file: ConfigFile, inputs: Record<string, string> = {}): BuildPlanOptions {
  return {
    file: { model: 'm.onnx', ...file },
    filePath: path.join(ws, '.ww-smooth.yml'),
    overrides: overridesFromInputs((name) => inputs[name] ?? ''),
    overridesSource: 'action inputs',
    defaultCommentKey: 'k',
    cwd: ws,
  };
}

/** The WwError `f` throws (anything else thrown, or nothing, fails the test). */
export function thrownWwError(f: () => unknown): WwError {
  try {
    f();
  } catch (err) {
    if (err instanceof WwError) return err;
    throw err;
  }
  throw new Error('expected a WwError');
}
