/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  countName,
  describeRule,
  eigenTotal,
  energyKeptFromEigenvalues,
  factorizationBlocker,
  factorizationSaves,
  factorsInUsedOrientation,
  lowRankSpectrum,
  rankEffect,
  relativeFrobeniusError,
  resolveRank,
  smoothMatrix
} from "./cli-chunk-PGRIZON2.js";
import {
  DTYPE_BYTES,
  decodeToFloat64,
  encodeFromFloat64
} from "./cli-chunk-JVBZG5TV.js";

// src/smooth/store.ts
import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
function memoryStore() {
  const map = /* @__PURE__ */ new Map();
  let bytes = 0;
  return {
    put(name, rep) {
      map.set(name, rep);
      bytes += rep.kind === "dense" ? rep.values.data.byteLength : rep.a.data.byteLength + rep.b.data.byteLength;
    },
    replacements: map,
    get memoryBytes() {
      return bytes;
    },
    dispose() {
      map.clear();
    }
  };
}
function spillStore(path) {
  const map = /* @__PURE__ */ new Map();
  let fd = null;
  let end = 0;
  let bytes = 0;
  const lazy = (rows, cols, offset, length, dtype) => ({
    rows,
    cols,
    get data() {
      const buf = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, buf, got, length - got, offset + got);
        if (n === 0) throw new Error(`spill file ${path} ended early`);
        got += n;
      }
      return decodeToFloat64(buf, dtype);
    }
  });
  return {
    put(name, rep, dtype) {
      if (rep.kind !== "dense") {
        map.set(name, rep);
        bytes += rep.a.data.byteLength + rep.b.data.byteLength;
        return;
      }
      if (fd === null) fd = openSync(path, "w+", 384);
      const encoded = encodeFromFloat64(rep.values.data, dtype);
      let written = 0;
      while (written < encoded.length) written += writeSync(fd, encoded, written, encoded.length - written, end + written);
      map.set(name, { kind: "dense", values: lazy(rep.values.rows, rep.values.cols, end, encoded.length, dtype) });
      end += encoded.length;
    },
    replacements: map,
    get memoryBytes() {
      return bytes;
    },
    dispose() {
      map.clear();
      if (fd !== null) {
        closeSync(fd);
        fd = null;
      }
      rmSync(path, { force: true });
    }
  };
}
function denseBytes(layers) {
  return layers.reduce((s, l) => s + l.storedShape[0] * l.storedShape[1] * DTYPE_BYTES.float64, 0);
}

// src/smooth/run.ts
var params = (l) => l.inFeatures * l.outFeatures;
async function runSmoothing(opts) {
  const { model, plan, engine, analyze, dryRun } = opts;
  const seed = opts.seed ?? 42;
  const store = opts.store ?? memoryStore();
  const layers = [];
  const total = plan.layers.length;
  for (let index = 0; index < total; index++) {
    const planned = plan.layers[index];
    const progress = (stage) => opts.onProgress?.({ index, total, layer: planned.layer.name, stage });
    const t0 = performance.now();
    const report = await smoothOne(planned, { model, engine, analyze, dryRun, seed, factorize: plan.factorize, progress, store, knownSpectrum: opts.knownSpectrum });
    layers.push({ ...report, seconds: (performance.now() - t0) / 1e3 });
    progress("done");
  }
  return { layers, replacements: store.replacements, totals: computeTotals(model.layers, layers) };
}
async function smoothOne(planned, ctx) {
  const base = layerBase(planned);
  if (ctx.dryRun === "plan") return plannedOnly(planned, base, ctx.factorize);
  const notes = [];
  const { rule } = planned;
  const [rows, cols] = planned.layer.storedShape;
  ctx.progress("read");
  const W = await ctx.model.readMatrix(planned.layer, { keepFloat32: true });
  ctx.progress("spectrum");
  const known = ctx.knownSpectrum?.(planned.layer.name);
  const evals = known && known.length === Math.min(rows, cols) ? known : await ctx.engine.gramEigenvalues(W);
  const before = ctx.analyze(evals, rows, cols);
  const k = resolveRank(rule, rows, cols, before);
  if (k === null) {
    notes.push(`${describeRule(rule)}: ${countName(rule)} is not available (the spectral fit failed); layer left unchanged`);
    return { ...base, k: null, action: ctx.dryRun ? "planned" : "unchanged", energyKept: 1, relativeError: 0, before, after: before, paramsAfter: base.paramsBefore, notes };
  }
  const effect = rankEffect(k, rows, cols);
  if (effect === "unchanged-zero" || effect === "unchanged-full") {
    noteForUnchanged(k, rows, cols, notes);
    return { ...base, k, action: ctx.dryRun ? "planned" : "unchanged", energyKept: 1, relativeError: 0, before, after: before, paramsAfter: base.paramsBefore, notes };
  }
  const wantFactors = writtenForm(planned.layer, k, ctx.factorize, notes);
  const paramsAfter = wantFactors ? k * (planned.layer.inFeatures + planned.layer.outFeatures) : base.paramsBefore;
  if (ctx.dryRun === "full") {
    const energyKept2 = energyKeptFromEigenvalues(evals, k);
    return { ...base, k, action: "planned", energyKept: energyKept2, relativeError: Math.sqrt(Math.max(0, 1 - energyKept2)), before, after: null, paramsAfter, notes };
  }
  ctx.progress("svd");
  const { values, svd } = await smoothMatrix(W, k, ctx.engine, ctx.seed);
  const { energyKept, relativeError } = checkSmoothed(W, values, svd.S, evals, k, ctx.engine.name, notes);
  ctx.progress("after");
  const afterEvals = k > 0 ? lowRankSpectrum(svd.S, Math.min(rows, cols)) : await ctx.engine.gramEigenvalues(values);
  const after = ctx.analyze(afterEvals, rows, cols);
  if (wantFactors) {
    const { a, b } = factorsInUsedOrientation(svd, planned.layer);
    ctx.store.put(planned.layer.name, { kind: "factorized", a, b }, planned.layer.dtype);
  } else {
    ctx.store.put(planned.layer.name, { kind: "dense", values }, planned.layer.quantization ? "float64" : planned.layer.dtype);
  }
  const requantizationError = planned.layer.quantization && !wantFactors && ctx.model.requantize ? (await ctx.model.requantize(planned.layer, values)).error : void 0;
  return {
    ...base,
    ...requantizationError !== void 0 ? { requantizationError } : {},
    k,
    action: wantFactors ? "factorized" : k > 0 ? "smoothed" : "top-removed",
    energyKept,
    relativeError,
    before,
    after,
    paramsAfter,
    notes
  };
}
function layerBase({ layer, rule, ruleSource }) {
  return {
    name: layer.name,
    ...layer.module ? { module: layer.module } : {},
    ...layer.quantization ? { quantization: layer.quantization } : {},
    index: layer.index,
    role: layer.role,
    block: layer.block,
    dtype: layer.dtype,
    storedShape: layer.storedShape,
    inFeatures: layer.inFeatures,
    outFeatures: layer.outFeatures,
    rule,
    ruleSource,
    paramsBefore: params(layer)
  };
}
function plannedOnly(planned, base, factorize) {
  const { layer, rule, k } = planned;
  const [rows, cols] = layer.storedShape;
  const notes = [];
  if (k !== null) noteForUnchanged(k, rows, cols, notes);
  const unchanged = k !== null && rankEffect(k, rows, cols).startsWith("unchanged");
  const factorized = k !== null && !unchanged && factorize && k > 0 && factorizationSaves(k, layer.inFeatures, layer.outFeatures) && factorizationBlocker(layer) === null;
  return {
    ...base,
    k,
    action: "planned",
    energyKept: null,
    relativeError: null,
    before: null,
    after: null,
    paramsAfter: factorized ? k * (layer.inFeatures + layer.outFeatures) : base.paramsBefore,
    notes: k === null ? [`k decided from the spectrum (${describeRule(rule)}); run with dry-run 'full' to compute it`] : notes
  };
}
function writtenForm(layer, k, factorize, notes) {
  const blocker = factorize && k > 0 ? factorizationBlocker(layer) : null;
  const saves = k > 0 && factorizationSaves(k, layer.inFeatures, layer.outFeatures);
  const wantFactors = factorize && saves && blocker === null;
  if (factorize && !wantFactors) {
    notes.push(
      k < 0 ? "written dense: removing the top components leaves a matrix that has no smaller factorised form" : !saves ? `written dense: factorised form k*(in+out) = ${k * (layer.inFeatures + layer.outFeatures)} is not smaller than in*out = ${params(layer)}` : `written dense: cannot factorise, ${blocker}`
    );
  }
  return wantFactors;
}
function checkSmoothed(W, values, S, evals, k, engineName, notes) {
  const normTotal = eigenTotal(evals);
  let topEnergy = 0;
  for (let i = 0; i < S.length; i++) topEnergy += S[i] ** 2;
  const energyKept = normTotal > 0 ? k > 0 ? topEnergy / normTotal : Math.max(0, normTotal - topEnergy) / normTotal : 1;
  const relativeError = relativeFrobeniusError(W, values);
  const predicted = Math.sqrt(Math.max(0, 1 - energyKept));
  if (Math.abs(relativeError - predicted) > 1e-3 * predicted + 1e-7) {
    notes.push(`check: measured relative error ${relativeError.toPrecision(8)} differs from sqrt(1 - energy kept) = ${predicted.toPrecision(8)} by more than 0.1%; the truncated SVD (engine ${engineName}) is not accurate enough`);
  }
  const expectedEnergy = energyKeptFromEigenvalues(evals, k);
  if (Math.abs(energyKept - expectedEnergy) > 1e-3 * (1 - Math.min(energyKept, expectedEnergy)) + 1e-9) {
    notes.push(`check: energy kept by the SVD (${energyKept.toPrecision(8)}) differs from the top-${Math.abs(k)} eigenvalues' share (${expectedEnergy.toPrecision(8)}); the truncated SVD (engine ${engineName}) missed singular values`);
  }
  return { energyKept, relativeError };
}
function noteForUnchanged(k, rows, cols, notes) {
  const effect = rankEffect(k, rows, cols);
  if (effect === "unchanged-zero") notes.push('k = 0: layer left unchanged (as WeightWatcher: "Not smoothing ... ncomp=0")');
  if (effect === "unchanged-full") notes.push(`k = ${k} >= min(${rows}, ${cols}): full rank kept, layer left unchanged`);
}
function computeTotals(allLayers, reports) {
  const selectedParamsBefore = reports.reduce((s, r) => s + r.paramsBefore, 0);
  const selectedParamsAfter = reports.reduce((s, r) => s + r.paramsAfter, 0);
  const denseParamsBefore = allLayers.reduce((s, l) => s + params(l), 0);
  let lost = 0;
  let norm = 0;
  let haveEnergy = reports.length > 0;
  for (const r of reports) {
    if (r.energyKept === null || r.before === null) {
      haveEnergy = false;
      break;
    }
    lost += (1 - r.energyKept) * r.before.norm;
    norm += r.before.norm;
  }
  const mean = (xs) => {
    const v = xs.filter((x) => x !== null && Number.isFinite(x));
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  return {
    layersSelected: reports.length,
    layersChanged: reports.filter((r) => r.action === "smoothed" || r.action === "factorized" || r.action === "top-removed").length,
    layersFactorized: reports.filter((r) => r.action === "factorized").length,
    selectedParamsBefore,
    selectedParamsAfter,
    denseParamsBefore,
    denseParamsAfter: denseParamsBefore - selectedParamsBefore + selectedParamsAfter,
    energyKept: haveEnergy ? norm > 0 ? 1 - lost / norm : 1 : null,
    meanAlphaBefore: mean(reports.map((r) => r.before?.alphaStatus === "success" ? r.before.alpha : null)),
    meanAlphaAfter: mean(reports.map((r) => r.after?.alphaStatus === "success" ? r.after.alpha : null))
  };
}

export {
  memoryStore,
  spillStore,
  denseBytes,
  runSmoothing,
  computeTotals
};
