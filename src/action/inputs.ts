/**
 * The only reader of action inputs: turns INPUT_* into a Plan plus the few settings that only the
 * action has (token, cache, timeout, report mode). Booleans are parsed strictly by the toolkit
 * (`getBooleanInput` accepts only true/false spellings); an absent boolean takes action.yml's
 * default so `run()` also works when called without the runner filling defaults (tests, local).
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { assertInside } from '../io/paths.js';
import * as path from 'node:path';
import { WwError } from '../errors.js';
import { overridesFromInputs } from '../config/inputs.js';
import { buildPlanConfined, readConfigFile, type ConfigFile } from '../config/load.js';
import type { Plan } from '../config/plan.js';
import { parseShard, type ShardSpec } from '../shard/partition.js';
import { parseDecimal } from '../util/decimal.js';

export interface ActionSettings {
  readonly plan: Plan;
  readonly token: string;
  readonly cache: boolean;
  readonly smooth: boolean;
  readonly timeoutMinutes: number;
  /** Existing report.json to render/post instead of running the engine (fork-safe workflow_run leg). */
  readonly reportFile: string | null;
  /** Baseline report.json given directly (e.g. downloaded from the default branch's artifact). */
  readonly baselineFile: string | null;
  /** Explicit PR number ('' = from the event). */
  readonly prNumber: number | null;
  /** Shard job (input shard `i/n`): analyse and smooth one share, write a partial report. */
  readonly shard: ShardSpec | null;
  /** Merge job (input merge): partial reports (folder or glob) that replace analyze + smooth. */
  readonly merge: string | null;
  /** Input onnxruntime-path: an installed onnxruntime-node (e.g. a CUDA build); null = the lookup of docs/runtime.md. */
  readonly onnxruntimePath: string | null;
}

const DEFAULT_CONFIG_FILES = ['.ww-smooth.yml', '.ww-smooth.yaml', '.ww-smooth.json'];

export function booleanInput(name: string, dflt: boolean): boolean {
  if (core.getInput(name) === '') return dflt;
  return core.getBooleanInput(name);
}

export async function readActionSettings(workspace: string, defaultCommentKey: string, reportModelSource?: string): Promise<ActionSettings> {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);

  const configInput = core.getInput('config');
  let configPath: string | null = null;
  if (configInput) {
    configPath = path.resolve(workspace, configInput);
    if (!existsSync(configPath)) {
      throw new WwError('CONFIG_NOT_FOUND', `config file ${configInput} (input config) does not exist in ${workspace}`, { file: configPath });
    }
  } else {
    const found = DEFAULT_CONFIG_FILES.map((f) => path.join(workspace, f)).find((f) => existsSync(f));
    // The pull request's own file: a committed symlink must not lead the read out of the workspace.
    if (found) await assertInside(workspace, found, 'config file');
    configPath = found ?? null;
  }
  const file: ConfigFile = configPath ? await readConfigFile(configPath) : {};

  const overrides = overridesFromInputs((name) => core.getInput(name));
  if (reportModelSource !== undefined && !overrides.model && !file.model) overrides.model = reportModelSource;
  // smooth, factorize and attach-to-release are read with the other config inputs: action.yml
  // gives them no default, so a value here is one the workflow set and an empty one lets the file decide.

  const plan = await buildPlanConfined({ file, filePath: configPath, overrides, overridesSource: 'action inputs', defaultCommentKey, cwd: workspace });

  const timeoutRaw = core.getInput('timeout-minutes');
  const timeoutMinutes = timeoutRaw === '' ? 0 : parseDecimal(timeoutRaw);
  if (!Number.isFinite(timeoutMinutes) || timeoutMinutes < 0) {
    throw new WwError('INPUT_INVALID', `input timeout-minutes: "${timeoutRaw}" is not valid; expected a number of minutes >= 0 (0 = no limit)`, { input: 'timeout-minutes' });
  }
  // The search's screening may use half of the step's time limit; confirmation and the rest of the run fit in the other half.
  const searchPlan: Plan = timeoutMinutes > 0 && plan.smooth.method === 'auto' ? { ...plan, smooth: { ...plan.smooth, searchMaxSeconds: timeoutMinutes * 30 } } : plan;
  const prRaw = core.getInput('pr-number');
  const prNumber = prRaw === '' ? null : parseDecimal(prRaw);
  if (prNumber !== null && (!Number.isInteger(prNumber) || prNumber < 1)) {
    throw new WwError('INPUT_INVALID', `input pr-number: "${prRaw}" is not valid; expected a pull request number`, { input: 'pr-number' });
  }
  const reportFile = core.getInput('report');
  const baselineFile = core.getInput('baseline-report');
  const shardRaw = core.getInput('shard');
  const merge = core.getInput('merge');
  const onnxruntimePath = core.getInput('onnxruntime-path');
  const shard = shardRaw ? parseShard(shardRaw, 'input shard') : null;
  const modes = [shard ? 'shard' : '', merge ? 'merge' : '', reportFile ? 'report' : ''].filter(Boolean);
  if (modes.length > 1) {
    throw new WwError('INPUT_INVALID', `inputs ${modes.join(' and ')} cannot be used together: shard jobs write partial reports, a merge job combines them, report renders a finished one`, { inputs: modes });
  }
  return {
    plan: searchPlan,
    token,
    cache: booleanInput('cache', true),
    smooth: plan.smooth.enabled,
    timeoutMinutes,
    reportFile: reportFile ? path.resolve(workspace, reportFile) : null,
    baselineFile: baselineFile ? path.resolve(workspace, baselineFile) : null,
    prNumber,
    shard,
    merge: merge || null,
    onnxruntimePath: onnxruntimePath ? path.resolve(workspace, onnxruntimePath) : null,
  };
}
