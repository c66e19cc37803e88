/**
 * `ww-smooth report <report.json> [--format md|json] [--out FILE]`: renders the PR comment's
 * Markdown (the same renderer and size limit as the action) or the JSON report, to stdout or a file.
 */
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { integer } from '../options.js';
import { writeFileAtomic } from '../../report/json.js';
import { GITHUB_COMMENT_LIMIT, renderReport } from '../../report/markdown.js';
import { readRunReport } from '../../report/read.js';

export interface ReportFlags {
  format: 'md' | 'json';
  out?: string;
  commentKey?: string;
  maxLayers?: number;
}

export async function reportCommand(file: string, flags: ReportFlags, stdout: (t: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  const report = await readRunReport(path.resolve(file));
  const text =
    flags.format === 'json'
      ? JSON.stringify(report, null, 2) + '\n'
      : renderReport(report, {
          ...(flags.commentKey ? { commentKey: flags.commentKey } : {}),
          maxLayers: flags.maxLayers ?? 200,
          limit: GITHUB_COMMENT_LIMIT - 512,
          workspace: process.cwd(),
        });
  if (flags.out) await writeFileAtomic(path.resolve(flags.out), text);
  else stdout(text);
  return 0;
}

export function register(program: Command): void {
  program
    .command('report')
    .description('render a report.json as the PR comment Markdown (or JSON)')
    .argument('<report>', 'report.json from `ww-smooth run` or the action')
    .addOption(new Option('--format <format>', 'md (the PR comment) or json').choices(['md', 'json']).default('md'))
    .option('--out <file>', 'write here instead of stdout')
    .option('--comment-key <key>', 'include the hidden comment marker with this key (as the action posts it)')
    .option('--max-layers <n>', 'per-layer rows before size shortening (default 200)', integer(0))
    .action(async (file: string, flags: ReportFlags) => {
      process.exitCode = await reportCommand(file, flags);
    });
}
