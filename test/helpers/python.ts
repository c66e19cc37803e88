/**
 * Independent numeric references come from numpy/scipy, run in a child python3. We look for an
 * interpreter that can import numpy and scipy: $WW_PYTHON, then `python3` on PATH, then Debian's
 * /usr/bin/python3 (apt-get install python3-numpy python3-scipy, which .ci/run does when needed).
 */
import { spawnSync } from 'node:child_process';

let cached: string | null | undefined;

export function findNumpyPython(): string | null {
  if (cached !== undefined) return cached;
  const candidates = [process.env['WW_PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  for (const exe of candidates) {
    const r = spawnSync(exe, ['-c', 'import numpy, scipy'], { encoding: 'utf8' });
    if (r.status === 0) return (cached = exe);
  }
  // CI must not pass by skipping the reference tests: there a missing numpy is an error.
  if (process.env['WW_REQUIRE_NUMPY'] === '1') {
    throw new Error('WW_REQUIRE_NUMPY=1 but no python3 with numpy and scipy was found (set WW_PYTHON or apt-get install python3-numpy python3-scipy)');
  }
  console.warn('[reference] no python3 with numpy and scipy: skipping the tests that compare against numpy/scipy (set WW_PYTHON or install python3-numpy python3-scipy)');
  return (cached = null);
}

/**
 * Runs `script` with JSON `input` on stdin (available as the variable `inp`) and returns what the
 * script printed with `print(json.dumps(...))` on its last line. Throws with python's stderr on failure.
 */
export function runPython<T = unknown>(script: string, input: unknown = null, opts: { maxBuffer?: number } = {}): T {
  const exe = findNumpyPython();
  if (exe === null) throw new Error('no python3 with numpy and scipy found (set WW_PYTHON or apt-get install python3-numpy python3-scipy)');
  const prelude = 'import sys, json\nimport numpy as np\ninp = json.loads(sys.stdin.read())\n';
  const r = spawnSync(exe, ['-c', prelude + script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: opts.maxBuffer ?? 512 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}
