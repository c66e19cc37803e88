#!/usr/bin/env node
/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  commandWantsLayerWorkers
} from "./cli-chunk-DWJMK4L4.js";
import {
  StartedLayerWorkers
} from "./cli-chunk-E5QLBCM3.js";
import "./cli-chunk-4E3GJSB2.js";

// src/cli/bin.ts
var layerWorkers = commandWantsLayerWorkers(process.argv.slice(2)) ? StartedLayerWorkers.start() : void 0;
var { main } = await import("./cli-main-ALLQ27FN.js");
try {
  process.exitCode = await main(process.argv, layerWorkers ? { layerWorkers } : {});
} finally {
  await layerWorkers?.release();
}
