/**
 * The environment a GitHub runner gives a JavaScript action, for tests that drive `run()` in
 * process: INPUT_* variables, the event payload file, GITHUB_* variables, and empty step-summary and
 * output files. `readOutputs` parses what `core.setOutput` wrote (heredoc blocks).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import type { FakeGitHub } from '../action/fakeGitHub.js';

/** What one in-process action test starts from: a fresh folder, stdout captured, env to restore. */
export interface ActionSandbox {
  readonly dir: string;
  readonly stdout: string[];
  readonly savedEnv: NodeJS.ProcessEnv;
}

/**
 * The hooks of an in-process action test suite (call at the top of a file or a describe): the
 * stand-in GitHub API runs for the suite; every test starts from a fresh sandbox (handed to
 * `onOpen`) and an empty API, and the runner's env, stdout and exit code are restored after it.
 */
export function useActionSandbox(prefix: string, gh: FakeGitHub, onOpen: (box: ActionSandbox) => void): void {
  beforeAll(async () => {
    await gh.start();
  });
  afterAll(async () => {
    await gh.stop();
  });
  let box: ActionSandbox;
  beforeEach(() => {
    box = openActionSandbox(prefix);
    gh.reset();
    onOpen(box);
  });
  afterEach(() => closeActionSandbox(box));
}

/** Saves process.env, makes a temp folder, captures process.stdout. */
function openActionSandbox(prefix: string): ActionSandbox {
  const stdout: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  return { dir: mkdtempSync(path.join(tmpdir(), prefix)), stdout, savedEnv: { ...process.env } };
}

/** Restores stdout, process.env and the exit code. */
function closeActionSandbox(box: ActionSandbox): void {
  vi.restoreAllMocks();
  process.env = box.savedEnv;
  process.exitCode = undefined;
}

export interface ActionEnvOptions {
  /** Workspace folder (also holds event.json and output.txt). */
  readonly dir: string;
  readonly summaryFile: string;
  /** Base URL of the stand-in GitHub API. */
  readonly apiUrl: string;
  readonly token: string;
  readonly inputs: Record<string, string>;
  readonly event?: { name?: string; payload?: unknown; ref?: string };
}

export function setActionEnv(o: ActionEnvOptions): void {
  const eventPath = path.join(o.dir, 'event.json');
  const event = o.event ?? {};
  writeFileSync(eventPath, JSON.stringify(event.payload ?? { pull_request: { number: 7, head: { repo: { full_name: 'o/r' } } }, repository: { default_branch: 'main' } }));
  writeFileSync(path.join(o.dir, 'output.txt'), '');
  writeFileSync(o.summaryFile, '');
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: event.name ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REF: event.ref ?? 'refs/pull/7/merge',
    GITHUB_SHA: 'abc',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '42',
    GITHUB_WORKSPACE: o.dir,
    GITHUB_STEP_SUMMARY: o.summaryFile,
    GITHUB_OUTPUT: path.join(o.dir, 'output.txt'),
    GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/gate.yml@refs/pull/7/merge',
    GITHUB_JOB: 'gate',
  });
  const all: Record<string, string> = { model: 'models/model.onnx', 'github-token': o.token, 'output-dir': path.join(o.dir, 'out'), ...o.inputs };
  for (const [k, v] of Object.entries(all)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

/** Outputs written to GITHUB_OUTPUT (`name<<DELIM\nvalue\nDELIM` blocks). */
export function readOutputs(dir: string): Record<string, string> {
  const text = readFileSync(path.join(dir, 'output.txt'), 'utf8');
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out[m[1] as string] = m[3] as string;
  return out;
}
