/** Action entry (dist/index.js): only runs the action; all logic is in main.ts so tests can import run(). */
import { run } from './main.js';

void run();
