/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  analyzeOutcomeOf,
  defaultProbeStages,
  mergeSmoothReports,
  smoothOutcomeOf
} from "./cli-chunk-UOCE3T6T.js";
import "./cli-chunk-4BZYJWPU.js";
import {
  analyzeEngine,
  analyzeModel
} from "./cli-chunk-PFLMH677.js";
import "./cli-chunk-FXALURX7.js";
import "./cli-chunk-37YEADYB.js";
import {
  smoothModel,
  summarizeSpectrum,
  writeSmoothedOnnx
} from "./cli-chunk-GWRX2UKB.js";
import {
  autoUnavailable,
  buildPlan,
  ruleConfigOf,
  searchProgressLog,
  searchSetupOf
} from "./cli-chunk-EOVJGASD.js";
import {
  runSmoothing
} from "./cli-chunk-LZBXFVOA.js";
import "./cli-chunk-PGRIZON2.js";
import {
  expandGlob
} from "./cli-chunk-3FOFDXHR.js";
import "./cli-chunk-JFUYTXGE.js";
import {
  evaluateTokens,
  prepareTokens,
  tokensNeeded
} from "./cli-chunk-T5TIHXIB.js";
import "./cli-chunk-BLFIWMYW.js";
import "./cli-chunk-2GYAVEAP.js";
import "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-UVQN2SPB.js";
import {
  getEngine
} from "./cli-chunk-BWPMDRN6.js";
import {
  openModel,
  writeSmoothedSafetensors
} from "./cli-chunk-TL5GPFJR.js";
import {
  elide,
  hasGlobMagic
} from "./cli-chunk-WRW5N32G.js";
import {
  progressReporter
} from "./cli-chunk-3G4ZCLSN.js";
import "./cli-chunk-GB5BUAGV.js";
import "./cli-chunk-E5QLBCM3.js";
import {
  downloadVerified,
  redactUrl,
  sha256OfFile
} from "./cli-chunk-7N72QOL2.js";
import "./cli-chunk-PRYELFJA.js";
import "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import "./cli-chunk-NVWLD7SI.js";
import {
  DTYPE_BYTES,
  decodeToFloat64,
  encodeFromFloat64
} from "./cli-chunk-JVBZG5TV.js";
import "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-YNVCIOJB.js";
import {
  withAtomicOutput
} from "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-HZ6U64MK.js";
import {
  makeFolder,
  regularFile,
  resolveInside
} from "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-VYQTZBYA.js";
import "./cli-chunk-IBKWP2IV.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/engine/stages.ts
import { statSync } from "node:fs";
import * as path3 from "node:path";

// src/engine/jobs.ts
import * as path2 from "node:path";

// src/shard/tensors.ts
import { createHash } from "node:crypto";
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import * as path from "node:path";
var ALIGN = 64;
var TensorBlobWriter = class {
  constructor(tmp) {
    this.tmp = tmp;
  }
  tmp;
  fh = null;
  pos = 0;
  async append(layer, dtype, rep) {
    if (this.fh === null) this.fh = await open(this.tmp, "wx", 420);
    const arrays = rep.kind === "dense" ? [["values", rep.values]] : [["a", rep.a], ["b", rep.b]];
    const parts = [];
    for (const [part, m] of arrays) {
      const bytes = encodeFromFloat64(m.data, dtype);
      const pad = (ALIGN - this.pos % ALIGN) % ALIGN;
      this.pos += pad;
      await this.fh.write(bytes, 0, bytes.length, this.pos);
      parts.push({ part, dtype, rows: m.rows, cols: m.cols, offset: this.pos, length: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
      this.pos += bytes.length;
    }
    return { layer, kind: rep.kind, parts };
  }
  /** Creates the file if nothing was appended (an empty blob), and closes it. */
  async close() {
    if (this.fh === null) this.fh = await open(this.tmp, "wx", 420);
    await this.fh.close();
    this.fh = null;
  }
};
async function writeTensorBlob(file, fill) {
  return withAtomicOutput(file, async (tmp) => {
    const writer = new TensorBlobWriter(tmp);
    try {
      return await fill(writer);
    } finally {
      await writer.close();
    }
  });
}
async function sha256Range(file, offset, length) {
  const h = createHash("sha256");
  if (length > 0) for await (const chunk of createReadStream(file, { start: offset, end: offset + length - 1 })) h.update(chunk);
  return h.digest("hex");
}
function lazyMatrix(file, p) {
  return {
    rows: p.rows,
    cols: p.cols,
    get data() {
      const buf = Buffer.alloc(p.length);
      const fd = openSync(file, "r");
      try {
        let got = 0;
        while (got < p.length) {
          const n = readSync(fd, buf, got, p.length - got, p.offset + got);
          if (n === 0) throw new WwError("SHARD", `merge: ${file} ended before the bytes of a tensor (${p.offset}+${p.length})`, { file });
          got += n;
        }
      } finally {
        closeSync(fd);
      }
      return decodeToFloat64(buf, p.dtype);
    }
  };
}
async function readReplacements(partials) {
  const out = /* @__PURE__ */ new Map();
  for (const { file, report, tensorPath } of partials) {
    if (!report.smooth || !tensorPath) continue;
    let size;
    try {
      const fh = await open(tensorPath, "r");
      size = (await fh.stat()).size;
      await fh.close();
    } catch {
      throw new WwError("SHARD", `merge: tensor file ${tensorPath} of ${path.basename(file)} is missing; upload it with the manifest (the whole output folder)`, { file: tensorPath });
    }
    for (const t of report.smooth.tensors) {
      for (const p of t.parts) {
        const bad = (why) => {
          throw new WwError("SHARD", `merge: ${path.basename(tensorPath)}: tensor ${t.layer} (${p.part}) ${why}`, { file: tensorPath, layer: t.layer });
        };
        if (!(p.dtype in DTYPE_BYTES) || p.length !== p.rows * p.cols * DTYPE_BYTES[p.dtype]) bad(`declares ${p.length} bytes for ${p.rows}x${p.cols} ${p.dtype}`);
        if (p.offset < 0 || p.offset + p.length > size) bad(`lies outside the file (${p.offset}+${p.length} > ${size} bytes): truncated artifact?`);
        if (await sha256Range(tensorPath, p.offset, p.length) !== p.sha256) bad("does not match its sha256: corrupted artifact");
      }
      const part = (name) => {
        const p = t.parts.find((x) => x.part === name);
        if (!p) throw new WwError("SHARD", `merge: ${path.basename(file)}: tensor ${t.layer} has no ${name} array`, { file, layer: t.layer });
        return lazyMatrix(tensorPath, p);
      };
      out.set(t.layer, t.kind === "dense" ? { kind: "dense", values: part("values") } : { kind: "factorized", a: part("a"), b: part("b") });
    }
  }
  return out;
}

// src/engine/jobs.ts
var SMOOTH_SEED = 42;
var smoothConfig = (plan) => {
  if (plan.smooth.method === "auto" && !plan.smooth.methodReason) {
    throw new WwError("CONFIG_INVALID", "smooth.method auto cannot run in shard jobs (the search needs the whole model): set an explicit method such as detX for sharded runs", { key: "smooth.method" });
  }
  return { ...plan.smooth, method: plan.smooth.method === "auto" ? "detX" : plan.smooth.method, factorize: plan.smooth.factorize ?? false };
};
async function listModelLayers(modelPath) {
  const model = await openModel(modelPath);
  try {
    return model.layers.map((l) => ({ name: l.name, index: l.index, rows: l.storedShape[0], cols: l.storedShape[1] }));
  } finally {
    await model.close();
  }
}
async function smoothShard(modelPath, plan, only, tensorFile, knownSpectrum) {
  const model = await openModel(modelPath);
  const mine = new Set(only);
  const engine = await getEngine({ device: plan.eval.device });
  try {
    const full = buildPlan(model, smoothConfig(plan));
    if (full.factorize && model.format === "safetensors") {
      throw new WwError("INPUT_INVALID", `--factorize needs an ONNX model (it rewrites the graph); ${model.path} is safetensors`, { file: model.path });
    }
    await makeFolder(path2.dirname(tensorFile), "folder of the partial tensors");
    const layers = [];
    const tensors = [];
    await writeTensorBlob(tensorFile, async (writer) => {
      for (const planned of full.layers) {
        if (!mine.has(planned.layer.name)) continue;
        const one = await runSmoothing({
          model,
          plan: { layers: [planned], factorize: full.factorize, notes: [] },
          engine,
          analyze: summarizeSpectrum,
          dryRun: false,
          seed: SMOOTH_SEED,
          knownSpectrum
        });
        layers.push(one.layers[0]);
        const rep = one.replacements.get(planned.layer.name);
        if (rep) tensors.push(await writer.append(planned.layer.name, planned.layer.dtype, rep));
      }
    });
    return { format: model.format, factorize: full.factorize, engine: engine.name, notes: [...full.notes], layers, tensorFile: path2.basename(tensorFile), tensors };
  } finally {
    await engine.dispose();
    await model.close();
  }
}
async function assembleSmoothed(model, plan, original, partials, outPath) {
  const t0 = performance.now();
  const weights = await openModel(model.path);
  let planOrder;
  let modelLayers;
  try {
    planOrder = buildPlan(weights, smoothConfig(plan)).layers.map((l) => l.layer.name);
    modelLayers = weights.layers;
  } finally {
    await weights.close();
  }
  const replacements = await readReplacements(partials);
  await makeFolder(path2.dirname(outPath), "folder of the smoothed model");
  const out = path2.resolve(outPath);
  if (model.format === "onnx") await writeSmoothedOnnx(model.path, out, replacements);
  else await writeSmoothedSafetensors(model.path, out, replacements);
  const report = mergeSmoothReports(partials, { modelPath: model.path, outPath: out, planOrder, modelLayers, seconds: (performance.now() - t0) / 1e3 });
  return smoothOutcomeOf(report, original, plan);
}

// src/engine/stages.ts
var MAX_DOWNLOAD_BYTES = 20 * 1024 ** 3;
function withProgress(report, map) {
  if (!report) return {};
  return {
    onProgress: (p) => {
      const u = map(p);
      if (u) report(u);
    }
  };
}
function formatOf(file) {
  if (/\.onnx$/i.test(file)) return "onnx";
  if (/\.safetensors$|\.safetensors\.index\.json$/i.test(file)) return "safetensors";
  throw new WwError("MODEL_FORMAT", `${file}: expected a .onnx or .safetensors file`, { file });
}
async function expandModelGlob(pattern) {
  const matches = await expandGlob(pattern, { cwd: process.cwd(), what: `model glob ${elide(pattern)}`, code: "MODEL_NOT_FOUND" });
  if (matches.length !== 1) {
    throw new WwError("MODEL_NOT_FOUND", `model glob ${elide(pattern)} matched ${matches.length} files; it must match exactly one${matches.length ? ` (${matches.slice(0, 5).map((m) => elide(m)).join(", ")})` : ""}`, { pattern: elide(pattern) });
  }
  return matches[0];
}
async function download(url, sha256, dir, log) {
  const name = path3.basename(new URL(url).pathname) || "model.onnx";
  formatOf(name);
  await makeFolder(dir, "output-dir");
  const folder = await resolveInside(dir, "downloads", "download folder", { mustExist: false });
  await makeFolder(folder, "download folder");
  const dest = await resolveInside(dir, path3.join("downloads", name), `download of ${redactUrl(url)}`, { mustExist: false });
  const result = await downloadVerified({ url, sha256, dest, maxBytes: MAX_DOWNLOAD_BYTES, ...log ? { log } : {} });
  return result.path;
}
async function openWeights(model) {
  return openModel(model.path);
}
function runEngines(started) {
  const made = /* @__PURE__ */ new Map();
  const get = (key, make) => {
    let e = made.get(key);
    if (!e) {
      e = make();
      made.set(key, e);
      e.catch(() => made.delete(key));
    }
    return e;
  };
  return {
    analyze: (device) => get(`analyze:${device}`, () => analyzeEngine({ device, ...started ? { started } : {} })),
    smooth: (device) => get(`smooth:${device}`, () => getEngine({ device })),
    async dispose() {
      const all = [...made.values()];
      made.clear();
      await Promise.all(all.map(async (e) => (await e.catch(() => null))?.dispose()));
    }
  };
}
var STAGE_PROGRESS_SECONDS = 30;
function defaultStages(opts = {}) {
  const progress = (label) => opts.log ? progressReporter({ label, stream: { write: (t) => opts.log(t.trimEnd()) }, intervalSeconds: STAGE_PROGRESS_SECONDS, quietSeconds: STAGE_PROGRESS_SECONDS }) : null;
  const spectra = /* @__PURE__ */ new Map();
  const spectrumKey = (sha256, layer) => `${sha256}\0${layer}`;
  const knownSpectrum = (sha256) => (layer) => spectra.get(spectrumKey(sha256, layer));
  const engines = runEngines(opts.layerWorkers);
  return {
    dispose: () => engines.dispose(),
    async resolveModel(source, sha256, workDir) {
      let file;
      if (/^https:\/\//i.test(source)) {
        if (!sha256) throw new WwError("INPUT_INVALID", `model-sha256 is required for the URL ${redactUrl(source)}`, { url: redactUrl(source) });
        file = await download(source, sha256, workDir);
      } else if (hasGlobMagic(source)) {
        file = await expandModelGlob(source);
      } else {
        file = path3.resolve(source);
      }
      await regularFile(file, `model ${elide(source)}`, "MODEL_NOT_FOUND");
      const format = formatOf(file);
      const digest = await sha256OfFile(file);
      if (sha256 && digest !== sha256) throw new WwError("HASH_MISMATCH", `${file}: sha256 ${digest} does not match model-sha256 ${sha256}`, { file });
      return { source: redactUrl(source), path: file, sha256: digest, bytes: statSync(file).size, format };
    },
    checkReads: async (model, plan, opts2) => (await import("./cli-readCheck-IDNW24DU.js")).checkModelReads(model.path, plan, opts2),
    async analyze(model, plan, only) {
      const starting = engines.analyze(plan.eval.device);
      const weights = await openWeights(model);
      try {
        const report = await analyzeModel(weights, {
          engine: starting,
          // the first layer is read while it starts
          sha256: model.sha256,
          ...withProgress(progress("analyze"), (p) => ({ done: p.done, total: p.total, detail: p.layer, workDone: p.workDone, workTotal: p.workTotal })),
          onSpectrum: (layer, eigenvalues) => spectra.set(spectrumKey(model.sha256, layer), eigenvalues),
          ...only ? { layers: only } : {}
        });
        return analyzeOutcomeOf(report);
      } finally {
        await weights.close();
      }
    },
    async smooth(model, original, plan, outPath, input) {
      await makeFolder(path3.dirname(outPath), "folder of the smoothed model");
      const engine = await engines.smooth(plan.eval.device);
      const setup = plan.smooth.method === "auto" && input ? searchSetupOf(plan, input.tokens.tokens, input.log && searchProgressLog(input.log)) : void 0;
      const search = setup?.objective === "probe" ? { ...setup, probe: await (await defaultProbeStages()).prepareProbe(model, plan) } : setup;
      const report = await smoothModel({
        modelPath: model.path,
        outPath,
        plan: ruleConfigOf(plan.smooth),
        engine,
        knownSpectrum: knownSpectrum(model.sha256),
        ...search ? { search } : {},
        ...withProgress(progress("smooth"), (p) => p.stage === "done" ? { done: p.index + 1, total: p.total, detail: p.layer } : null)
      });
      return smoothOutcomeOf(report, original, search || plan.smooth.method !== "auto" ? plan : autoUnavailable(plan, this.perplexityUnavailable(model, plan)));
    },
    async tokenize(original, plan) {
      const given = plan.eval.tokenizer;
      const tokenizerDir = given ? /\.json$/i.test(given) ? path3.dirname(given) : given : path3.dirname(original.path);
      const tokenLimit = tokensNeeded(plan.eval.maxTokens, plan.eval.context ?? void 0, plan.eval.stride ?? plan.eval.context ?? void 0);
      return prepareTokens({ textFile: plan.eval.text, tokenizerDir, tokenLimit }, original.path);
    },
    async perplexity(modelPath, plan, tokens) {
      return evaluateTokens(modelPath, tokens.tokens, tokens.source, {
        ...plan.eval.context !== null ? { context: plan.eval.context } : {},
        ...plan.eval.stride !== null ? { stride: plan.eval.stride } : {},
        maxTokens: plan.eval.maxTokens,
        device: plan.eval.device
      });
    },
    listLayers: (model) => listModelLayers(model.path),
    smoothShard: (model, plan, only, tensorFile) => smoothShard(model.path, plan, only, tensorFile, knownSpectrum(model.sha256)),
    assemble: (model, plan, original, partials, outPath) => assembleSmoothed(model, plan, original, partials, outPath),
    perplexityUnavailable(model, plan) {
      if (model.format !== "onnx") return "perplexity needs an ONNX model (safetensors models get spectral metrics and smoothing only)";
      if (!plan.eval.text) return "no eval-text given: perplexity not measured";
      return "";
    }
  };
}
export {
  defaultStages
};
