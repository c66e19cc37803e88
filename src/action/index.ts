/**
 * Action entry (dist/index.js): only runs the action; all logic is in main.ts so tests can import run().
 * The process exits as soon as run() settles (exit status from core.setFailed): after a TIMEOUT the
 * pipeline may still have work in flight, and timeout-minutes must bound the whole step.
 */
import { run } from './main.js';

run().finally(() => process.exit());
