/**
 * `ww-smooth gate <report.json> [--config FILE] [gate flags]`: re-applies the gate rules to an
 * existing report (e.g. with this branch's thresholds, or to try a limit), without re-running the
 * engine. Gate flags are the action's threshold inputs. Prints the verdict; --json writes the report
 * with the new verdict. Exit status: 0 pass or warn, 1 fail.
 */
import * as path from 'node:path';
import type { Command } from 'commander';
import { evaluateGate } from '../../gate/rules.js';
import { writeReportJson } from '../../report/json.js';
import { readRunReport } from '../../report/read.js';
import type { RunReport } from '../../report/types.js';
import { addPlanOptions, formatVerdict, planFromFlags, type Flags } from './run.js';

export async function gateCommand(file: string, flags: Flags, stdout: (t: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  const given = await readRunReport(path.resolve(file));
  const plan = await planFromFlags(flags, { model: given.model.source });
  const report: RunReport = { ...given, verdict: evaluateGate(given, plan.gate) };
  if (typeof flags['json'] === 'string') await writeReportJson(path.resolve(flags['json']), report);
  stdout(formatVerdict(report.verdict));
  return report.verdict.passed ? 0 : 1;
}

export function register(program: Command): void {
  const cmd = program
    .command('gate')
    .description('re-gate an existing report.json with the config file and threshold flags given here')
    .argument('<report>', 'report.json from `ww-smooth run` or the action');
  addPlanOptions(cmd, { only: ['gate'] })
    .option('--json <file>', 'write the report with the new verdict here')
    .action(async (file: string, flags: Flags) => {
      process.exitCode = await gateCommand(file, flags);
    });
}
