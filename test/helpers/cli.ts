/**
 * Running the `ww-smooth` CLI from tests, the two ways the tests need: in this process through
 * `main()` (stdout/stderr captured), or as a user runs it, a child process through tsx.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { repoRoot } from './shared.js';

export interface CliResult {
  /** Exit status (null when the child was killed). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `ww-smooth ...args` through `main()` in this process, with stdout and stderr captured. */
export async function runCliInProcess(args: readonly string[]): Promise<CliResult & { readonly status: number }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    // Loaded here, so tests that only spawn the CLI do not load the engine (and onnxruntime).
    const { main } = await import('../../src/cli/main.js');
    const status = await main(['node', 'ww-smooth', ...args]);
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

// tsx by path: `--import tsx` would resolve from the child's working folder, which may have no node_modules.
export const TSX = pathToFileURL(createRequire(join(repoRoot, 'package.json')).resolve('tsx')).href;

/** `ww-smooth ...args` as a child process (node --import tsx src/cli/bin.ts), run in `cwd`. */
export function spawnCli(args: readonly string[], cwd: string = repoRoot): CliResult {
  const r = spawnSync(process.execPath, ['--import', TSX, join(repoRoot, 'src', 'cli', 'bin.ts'), ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
