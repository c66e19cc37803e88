#!/usr/bin/env node
/**
 * The `ww-smooth` executable (dist/cli.js): a small entry that starts the analyze stage's worker
 * threads first, when the command line will need them, and then loads the CLI (./main.ts, which
 * loads only the command it runs). The threads boot on the other core while this one loads the
 * CLI, opens the model and reads its first layer (docs/scaling.md). Imports nothing else.
 */
import { StartedLayerWorkers } from '../engine/layerWorkerStart.js';
import { commandWantsLayerWorkers } from './commandLine.js';

const layerWorkers = commandWantsLayerWorkers(process.argv.slice(2)) ? StartedLayerWorkers.start() : undefined;
const { main } = await import('./main.js');
try {
  process.exitCode = await main(process.argv, layerWorkers ? { layerWorkers } : {});
} finally {
  await layerWorkers?.release();
}
