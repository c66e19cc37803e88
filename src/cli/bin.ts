#!/usr/bin/env node
/**
 * The `ww-smooth` executable (dist/cli.js): a small entry that starts the analyze stage's worker
 * threads first, when the command line will need them, and then loads the CLI itself (./main.ts,
 * bundled as dist/cli-main.js). The threads boot on the other core while this one loads the
 * CLI bundle, opens the model and reads its first layer: 0.1 s less for a one-layer analysis on
 * two cores (docs/scaling.md). It imports nothing else, so it loads in a few milliseconds.
 */
import { commandWantsLayerWorkers, StartedLayerWorkers } from '../engine/layerWorkerStart.js';

const layerWorkers = commandWantsLayerWorkers(process.argv.slice(2)) ? StartedLayerWorkers.start() : undefined;
// the source beside this file under tsx, its bundle beside this one in dist/ (a URL, so the
// bundler leaves the import to run time)
const cliModule = new URL(import.meta.url.endsWith('.ts') ? './main.ts' : './cli-main.js', import.meta.url).href;
const cli = (await import(cliModule)) as typeof import('./main.js');
try {
  process.exitCode = await cli.main(process.argv, layerWorkers ? { layerWorkers } : {});
} finally {
  await layerWorkers?.release();
}
