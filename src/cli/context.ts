/** What the CLI's entry (./bin.ts) hands the commands besides the command line. */
import type { StartedLayerWorkers } from '../engine/layerWorkerStart.js';

export interface CliContext {
  /** the analyze stage's worker threads, started before the CLI loaded (its pool adopts them) */
  readonly layerWorkers?: StartedLayerWorkers;
}
