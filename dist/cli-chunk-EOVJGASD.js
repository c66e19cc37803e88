/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  energyKeptFromEigenvalues,
  parseRule,
  rankEffect,
  resolveRank,
  smoothMatrix,
  staticRank
} from "./cli-chunk-PGRIZON2.js";
import {
  allIds,
  autoBatchSize,
  checkContext,
  correctLogLikelihood,
  createRunner,
  openSession,
  planWindows,
  resolveVocabSize,
  scoreProbe,
  scoreWindows,
  sessionSignature
} from "./cli-chunk-T5TIHXIB.js";
import {
  DEFAULT_CONTEXT
} from "./cli-chunk-ZFY4MAV2.js";
import {
  checkSelectorCount,
  compileNamePattern,
  quoteList,
  splitPatternList
} from "./cli-chunk-WRW5N32G.js";
import {
  Tensor
} from "./cli-chunk-PRYELFJA.js";
import {
  assertLayerFits,
  encodeValueInfo,
  readExactly,
  scanOnnx
} from "./cli-chunk-NVWLD7SI.js";
import {
  encodeFromFloat64
} from "./cli-chunk-JVBZG5TV.js";
import {
  ProtoWriter
} from "./cli-chunk-YNVCIOJB.js";
import {
  checkIdsInVocab
} from "./cli-chunk-HZ6U64MK.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/smooth/select.ts
var DEFAULT_ROLES = ["attention", "mlp", "other"];
var ALL_ROLES = ["attention", "mlp", "head", "embedding", "other"];
var PROTECTED_ROLES = ["head", "embedding"];
function compilePattern(text, key = "layers") {
  return compileNamePattern(text, { key });
}
function layerKeys(layer) {
  const keys = [layer.name];
  if (layer.module) keys.push(layer.module);
  if (layer.name.endsWith(".weight")) keys.push(layer.name.slice(0, -".weight".length));
  for (const c of layer.consumers) if (c.node) keys.push(c.node);
  return keys;
}
function parseBlockSpec(spec, key = "blocks") {
  const bad = (why) => new WwError("CONFIG_INVALID", `${key}: '${spec}' ${why} (expected e.g. "3", "3-5", "0,2,4-6" or "last:2")`, { key, received: spec });
  const out = [];
  const parts = spec.split(",").map((p) => p.trim());
  if (parts.some((p) => p === "")) throw bad("has an empty part");
  for (const part of parts) {
    let m;
    if (m = /^last:(\d+)$/.exec(part)) {
      const n = Number(m[1]);
      if (n < 1) throw bad("asks for the last 0 blocks");
      out.push({ kind: "last", n });
    } else if (m = /^(\d+)(?:-(\d+))?$/.exec(part)) {
      const lo = Number(m[1]);
      const hi = m[2] === void 0 ? lo : Number(m[2]);
      if (hi < lo) throw bad(`has a range ${lo}-${hi} that runs backwards`);
      const set = /* @__PURE__ */ new Set();
      for (let b = lo; b <= hi; b++) set.add(b);
      out.push({ kind: "indices", set });
    } else {
      throw bad(`has an unreadable part '${part}'`);
    }
  }
  return out;
}
function compileSelector(items, key) {
  checkSelectorCount(items.length, { key });
  const names = [];
  const blocks = [];
  const roles = [];
  for (const raw of items) {
    const item = raw.trim();
    let m;
    if (m = /^roles?:(.+)$/.exec(item)) {
      for (const r of m[1].split("|").map((s) => s.trim())) {
        if (!ALL_ROLES.includes(r)) {
          throw new WwError("CONFIG_INVALID", `${key}: unknown role '${r}' in '${item}' (expected ${ALL_ROLES.join(", ")})`, { key, received: item });
        }
        roles.push(r);
      }
    } else if (m = /^blocks?:(.+)$/.exec(item)) {
      blocks.push(...parseBlockSpec(m[1], key));
    } else if (/^last:\d+$/.test(item)) {
      blocks.push(...parseBlockSpec(item, key));
    } else {
      names.push(compilePattern(item, key));
    }
  }
  return { names, blocks, roles, text: items };
}
function lastBlock(layers) {
  let max = -1;
  for (const l of layers) if (l.block !== null && l.block > max) max = l.block;
  return max;
}
function blockMatches(specs, block, maxBlock) {
  if (block === null) return false;
  return specs.some((s) => s.kind === "indices" ? s.set.has(block) : block > maxBlock - s.n && block <= maxBlock);
}
function nameMatch(names, layer) {
  const keys = layerKeys(layer);
  for (const p of names) if (keys.some((k) => p.test(k))) return p;
  return null;
}
function selectorMatches(sel, layer, maxBlock) {
  if (sel.names.length && !nameMatch(sel.names, layer)) return false;
  if (sel.blocks.length && !blockMatches(sel.blocks, layer.block, maxBlock)) return false;
  if (sel.roles.length && !sel.roles.includes(layer.role)) return false;
  return true;
}
function selectorMatchesAnyItem(sel, layer, maxBlock) {
  return !!nameMatch(sel.names, layer) || blockMatches(sel.blocks, layer.block, maxBlock) || sel.roles.includes(layer.role);
}
function asList(v) {
  if (v === void 0 || v === null) return [];
  if (typeof v !== "string") return v.map((s) => s.trim()).filter((s) => s.length > 0);
  return splitPatternList(v);
}
function selectLayers(model, criteria) {
  const notes = [];
  const include = compileSelector(asList(criteria.layers), "layers");
  const blockField = criteria.blocks ? parseBlockSpec(criteria.blocks, "blocks") : [];
  for (const r of criteria.roles ?? []) {
    if (!ALL_ROLES.includes(r)) {
      throw new WwError("CONFIG_INVALID", `roles: unknown role '${String(r)}' (expected ${ALL_ROLES.join(", ")})`, { key: "roles", received: r });
    }
  }
  const sel = {
    names: include.names,
    blocks: [...include.blocks, ...blockField],
    roles: [...include.roles, ...criteria.roles ?? []],
    text: include.text
  };
  const exclude = compileSelector(asList(criteria.exclude), "exclude");
  const maxBlock = lastBlock(model.layers);
  for (const p of sel.names) {
    if (model.layers.some((l) => layerKeys(l).some((k) => p.test(k)))) continue;
    const hit = model.skipped.find((s) => p.test(s.name) || s.name.endsWith(".weight") && p.test(s.name.slice(0, -7)));
    if (hit) {
      throw new WwError("NOT_DENSE", `layers: '${p.text}' selects tensor '${hit.name}', which is not a dense weight that can be smoothed: ${hit.reason}`, {
        tensor: hit.name,
        reason: hit.reason,
        pattern: p.text
      });
    }
  }
  const roleGiven = sel.roles.length > 0;
  const selected = [];
  for (const layer of model.layers) {
    if (sel.names.length && !nameMatch(sel.names, layer)) continue;
    if (sel.blocks.length && !blockMatches(sel.blocks, layer.block, maxBlock)) continue;
    if (roleGiven ? !sel.roles.includes(layer.role) : !DEFAULT_ROLES.includes(layer.role)) {
      const exact = sel.names.find((p) => p.exact && layerKeys(layer).some((k) => p.test(k)));
      if (!exact) {
        const hit = nameMatch(sel.names, layer);
        if (hit && !roleGiven && PROTECTED_ROLES.includes(layer.role)) {
          notes.push(`'${layer.name}' (${layer.role}) matches '${hit.text}' but is left out: the ${layer.role} is smoothed only when named exactly or selected with role:${layer.role}`);
        }
        continue;
      }
    }
    if (selectorMatchesAnyItem(exclude, layer, maxBlock)) continue;
    selected.push(layer);
  }
  const skippedHits = sel.names.length ? model.skipped.filter((s) => sel.names.some((p) => p.test(s.name))) : [];
  if (skippedHits.length) notes.push(`not dense, left unchanged: ${skippedHits.map((s) => `${s.name} (${s.reason})`).join(", ")}`);
  if (selected.length === 0) {
    const what = [
      sel.text.length ? `layers ${quoteList(sel.text)}` : null,
      criteria.blocks ? `blocks '${criteria.blocks}'` : null,
      `roles ${(roleGiven ? sel.roles : DEFAULT_ROLES).join("/")}`,
      exclude.text.length ? `excluding ${quoteList(exclude.text)}` : null
    ].filter(Boolean).join(", ");
    const examples = model.layers.slice(0, 3).map((l) => `${l.name} (${l.role}${l.block === null ? "" : `, block ${l.block}`})`);
    throw new WwError(
      "SELECTION_EMPTY",
      `no dense layer matches the selection (${what}); the model has ${model.layers.length} dense layer(s)${examples.length ? `, e.g. ${examples.join("; ")}` : ""}${notes.length ? `. ${notes.join(". ")}` : ""}`,
      { layers: sel.text, blocks: criteria.blocks ?? null, roles: roleGiven ? [...sel.roles] : [...DEFAULT_ROLES], exclude: exclude.text }
    );
  }
  return { layers: selected, notes };
}

// src/smooth/plan.ts
function buildPlan(model, config) {
  const baseRule = parseRule(config, "smooth");
  checkSelectorCount(config.overrides?.length ?? 0, { key: "smooth.overrides" }, "overrides");
  const overrides = (config.overrides ?? []).map((o, i) => {
    const where = `smooth.overrides[${i}]`;
    const items = asList(o.layers);
    if (items.length === 0) throw new WwError("CONFIG_INVALID", `${where}.layers: an override needs at least one layer selector`, { key: `${where}.layers` });
    const selector = compileSelector(items, `${where}.layers`);
    return { selector, rule: o.skip ? null : parseRule(o, where, config), source: `overrides[${i}] (${items.join(", ")})` };
  });
  const selection = selectLayers(model, config);
  const notes = [...selection.notes];
  const maxBlock = lastBlock(model.layers);
  const used = /* @__PURE__ */ new Set();
  const layers = [];
  for (const layer of selection.layers) {
    const i = overrides.findIndex((o2) => selectorMatches(o2.selector, layer, maxBlock));
    const o = i >= 0 ? overrides[i] : null;
    if (i >= 0) used.add(i);
    if (o && o.rule === null) {
      notes.push(`${layer.name}: skipped by ${o.source}`);
      continue;
    }
    const rule = o?.rule ?? baseRule;
    assertLayerFits(layer, "smoothing plan");
    const k = staticRank(rule, layer.storedShape[0], layer.storedShape[1]);
    layers.push({ layer, rule, ruleSource: o ? o.source : "default", k });
  }
  overrides.forEach((o, i) => {
    if (!used.has(i)) notes.push(`${o.source} matches no selected layer (overrides change the rule of selected layers; they do not add layers)`);
  });
  if (layers.length === 0) {
    throw new WwError("SELECTION_EMPTY", `every selected layer is skipped by an override: nothing to smooth`, { layers: selection.layers.map((l) => l.name) });
  }
  return { layers, factorize: config.factorize ?? false, notes };
}

// src/eval/candidateSession.ts
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// src/model/weightInputs.ts
import { open } from "node:fs/promises";
var GRAPH_INPUT_FIELD = 11;
var MODEL_GRAPH_FIELD = 7;
async function weightsAsInputs(model, names) {
  const chosen = model.initializers.filter((t) => names.has(t.name));
  const missing = [...names].filter((n) => !chosen.some((t) => t.name === n));
  if (missing.length > 0) {
    throw new WwError("TENSOR_NOT_FOUND", `${model.path}: no initializer named ${missing[0]} (to feed as an input)`, { file: model.path, tensor: missing[0] });
  }
  const dropped = new Set(chosen.map((t) => t.span.start));
  const fh = await open(model.path, "r");
  try {
    const copy = (span) => readExactly(fh, span.start, span.end - span.start, `field ${span.field} of ${model.path}`);
    const graph = new ProtoWriter();
    for (const span of model.graphFields) if (!dropped.has(span.start)) graph.raw(await copy(span));
    for (const t of chosen) {
      if (t.elemType === null) throw new WwError("UNSUPPORTED_DTYPE", `${model.path}: initializer ${t.name} has ONNX type ${t.dataType}, which cannot be fed`, { file: model.path, tensor: t.name });
      graph.message(GRAPH_INPUT_FIELD, encodeValueInfo({ name: t.name, type: t.elemType, shape: [...t.dims] }));
    }
    const out = new ProtoWriter();
    for (const span of model.modelFields) {
      if (span.start === model.graphField.start) out.message(MODEL_GRAPH_FIELD, graph);
      else out.raw(await copy(span));
    }
    return out.finish();
  } finally {
    await fh.close();
  }
}

// src/eval/candidateSession.ts
var ORT_TYPE = { float32: "float32", float16: "float16", float64: "float64" };
async function openCandidateSession(req) {
  const onnx = await scanOnnx(req.modelPath);
  for (const l of req.layers) {
    if (!(l.dtype in ORT_TYPE)) {
      throw new WwError("UNSUPPORTED_DTYPE", `${req.modelPath}: weight ${l.name} is ${l.dtype}; the search feeds float32, float16 or float64 weights only`, { file: req.modelPath, tensor: l.name });
    }
  }
  const bytes = await weightsAsInputs(onnx, new Set(req.layers.map((l) => l.name)));
  const external = onnx.initializers.some((t) => t.data.kind === "external");
  const dir = external ? null : await mkdtemp(join(tmpdir(), "ww-smooth-search-"));
  const path = dir ? join(dir, "model.onnx") : join(dirname(onnx.path), `.ww-smooth-search-${process.pid}-${randomBytes(6).toString("hex")}.onnx`);
  const cleanup = () => dir ? rm(dir, { recursive: true, force: true }) : rm(path, { force: true });
  let evalSession = null;
  try {
    await writeFile(path, bytes, { flag: "wx" });
    evalSession = await openSession(path, { device: req.device, threads: req.threads ?? 0, graphOptimizationLevel: "all" });
    const session = evalSession.session;
    const fed = new Set(req.layers.map((l) => l.name));
    const decoderView = { inputMetadata: session.inputMetadata.filter((i) => !fed.has(i.name)), outputMetadata: session.outputMetadata };
    const signature = await sessionSignature(decoderView, req.modelPath);
    checkContext(signature, req.context, req.modelPath);
    const plan = planWindows(req.tokens.length, req.context, req.stride, req.maxTokens);
    if (plan.tokensScored === 0) throw new WwError("EVAL_TEXT_EMPTY", `the evaluation text has ${req.tokens.length} token(s); at least 2 are needed to score one`, { tokens: req.tokens.length });
    const shapes = new Map(req.layers.map((l) => [l.name, { dims: [l.storedShape[0], l.storedShape[1]], type: ORT_TYPE[l.dtype] }]));
    const own = evalSession;
    const vocab = await resolveVocabSize(own, signature, shapesFeeds(shapes, null));
    const batchSize = signature.fixedBatch ?? (req.batchSize > 0 ? req.batchSize : autoBatchSize(req.context, vocab));
    return {
      windows: plan.windows,
      tokensScored: plan.tokensScored,
      deviceNote: own.deviceNote,
      vocabSize: vocab,
      scoreProbe: (weights, probe) => scoreProbe(probe, createRunner(own, signature, vocab, shapesFeeds(shapes, weights)), { maxLength: req.context, batchSize }),
      async measure(weights, windows = plan.windows) {
        const runner = createRunner(own, signature, vocab, shapesFeeds(shapes, weights));
        const s = await scoreWindows(req.tokens, windows, runner, batchSize);
        return { perplexity: Math.exp(s.nllSum / s.tokensScored), nllSum: s.nllSum, tokensScored: s.tokensScored, seconds: s.seconds };
      },
      async release() {
        await own.session.release();
        await cleanup();
      }
    };
  } catch (err) {
    await evalSession?.session.release();
    await cleanup();
    throw err;
  }
}
function shapesFeeds(shapes, weights) {
  const feeds = {};
  for (const [name, { dims, type }] of shapes) {
    const size = dims[0] * dims[1];
    const given = weights?.get(name);
    if (weights && !given) throw new Error(`candidate session: no values for weight ${name}`);
    const data = given ?? (type === "float32" ? new Float32Array(size) : type === "float64" ? new Float64Array(size) : new Uint16Array(size));
    if (data.length !== size) throw new Error(`candidate session: ${name} has ${data.length} values, expected ${size}`);
    feeds[name] = new Tensor(type, data, dims);
  }
  return feeds;
}

// src/smooth/search/candidates.ts
var RANK_FRACTIONS = [0.1, 0.25, 0.5, 0.75];
var NUMERICAL_ZERO = 1e-10;
function numericalRank(eigenvalues) {
  let max = 0;
  for (const x of eigenvalues) if (x > max) max = x;
  if (max <= 0) return 0;
  let n = 0;
  for (const x of eigenvalues) if (x > NUMERICAL_ZERO * max) n++;
  return n;
}
function searchLayer(shape, eigenvalues, summary) {
  const p = Math.min(shape.rows, shape.cols);
  const proposals = [
    ["numerical-rank", numericalRank(eigenvalues)],
    ["detX", summary.detX_num],
    ["mp", summary.num_spikes],
    ["tail", summary.num_pl_spikes],
    ...RANK_FRACTIONS.map((rho) => [`rank-fraction:${rho}`, Math.floor(rho * p)])
  ];
  const byK = /* @__PURE__ */ new Map();
  for (const [rule, k] of proposals) {
    if (k === null || !Number.isInteger(k) || k <= 0 || k >= p) continue;
    byK.set(k, [...byK.get(k) ?? [], rule]);
  }
  const params = shape.inFeatures * shape.outFeatures;
  const candidates = [...byK.entries()].sort((a, b) => a[0] - b[0]).map(([k, rules]) => ({
    k,
    rules,
    discardedEnergy: Math.max(0, 1 - energyKeptFromEigenvalues(eigenvalues, k)),
    rankRemoved: p - k,
    paramsRemoved: Math.max(0, params - k * (shape.inFeatures + shape.outFeatures))
  }));
  return { name: shape.name, fullRank: p, params, candidates, score: candidates[0]?.discardedEnergy ?? Infinity };
}
function paramsAt(layer, k) {
  if (k === void 0 || k >= layer.fullRank) return layer.params;
  const c = layer.candidates.find((x) => x.k === k);
  return c ? layer.params - c.paramsRemoved : layer.params;
}

// src/smooth/search/greedy.ts
function budgetLimit(base, budget, share = 1) {
  const allowance = budget.kind === "relative" ? base * budget.value : budget.value;
  return base + share * allowance;
}
var PROBE_TOLERANCE = 1e-6;
var notBelow = (value, floor) => value >= floor - PROBE_TOLERANCE * Math.max(1, Math.abs(floor));
var stepsFor = (n) => n === 0 ? 0 : Math.ceil(Math.log2(n + 1));
async function greedySearch(layers, objective, limits, opts = {}) {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const fixed = opts.fixed ?? /* @__PURE__ */ new Map();
  const steps = [];
  const evals = { screen: 0, full: 0 };
  const seconds = { screen: 0, full: 0 };
  const ordered = [...layers].filter((l) => l.candidates.length > 0).sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = new Map(layers.map((l) => [l.name, l]));
  let expectedSteps = 2 + (fixed.size > 0 ? 1 : 0) + ordered.reduce((s, l) => s + stepsFor(l.candidates.length), 0) + 1;
  const measure = async (assignment, scope) => {
    const t = now();
    const v = await objective.measure(assignment, scope);
    evals[scope]++;
    seconds[scope] += (now() - t) / 1e3;
    return v;
  };
  const eta = (screensLeft2) => {
    if (evals.screen === 0 || evals.full === 0) return null;
    return screensLeft2 * (seconds.screen / evals.screen) + seconds.full / evals.full;
  };
  const totals = (a) => {
    let paramsKept = 0;
    let rankRemoved = 0;
    for (const l of layers) {
      const k = a.get(l.name);
      paramsKept += paramsAt(l, k);
      if (k !== void 0 && k < l.fullRank) rankRemoved += l.fullRank - k;
    }
    return { paramsKept, rankRemoved };
  };
  const record = (s, a, base, screensLeft2) => {
    const step = { step: steps.length + 1, ...s, relative: (s.value - base) / base, ...totals(a) };
    steps.push(step);
    opts.onProgress?.({ step: step.step, expectedSteps, layer: s.layer, k: s.k, decision: s.decision, value: s.value, etaSeconds: eta(screensLeft2) });
  };
  const none = /* @__PURE__ */ new Map();
  let probeEvals = 0;
  const measureProbe = async (a) => {
    probeEvals++;
    return opts.probe.measure(a);
  };
  let screensLeft = ordered.reduce((s, l) => s + stepsFor(l.candidates.length), 0);
  const original = { screen: await measure(none, "screen"), full: 0 };
  record({ phase: "baseline", scope: "screen", layer: null, k: null, rules: [], value: original.screen, decision: "baseline", lowered: false }, none, original.screen, screensLeft);
  original.full = await measure(none, "full");
  record({ phase: "baseline", scope: "full", layer: null, k: null, rules: [], value: original.full, decision: "baseline", lowered: false }, none, original.full, screensLeft);
  const screenLimit = budgetLimit(original.screen, limits.budget, limits.screenMargin);
  const current = new Map(fixed);
  let currentScreen = original.screen;
  const originalProbe = opts.probe ? await measureProbe(none) : NaN;
  let currentProbe = originalProbe;
  if (fixed.size > 0) {
    currentScreen = await measure(current, "screen");
    if (opts.probe) currentProbe = await measureProbe(current);
    record({ phase: "screen", scope: "screen", layer: null, k: null, rules: ["overrides"], value: currentScreen, decision: currentScreen <= screenLimit ? "accepted" : "rejected", lowered: currentScreen < original.screen, ...opts.probe ? { probe: currentProbe } : {} }, current, original.screen, screensLeft);
  }
  const probeFloor = currentProbe;
  const cost = /* @__PURE__ */ new Map();
  let stopped = null;
  let tried = 0;
  const reserveSeconds = () => 2 * (evals.full > 0 ? seconds.full / evals.full : 0);
  outer: for (const layer of ordered) {
    let lo = 0;
    let hi = layer.candidates.length - 1;
    let best = null;
    let budgetSteps = stepsFor(layer.candidates.length);
    while (lo <= hi) {
      if (tried >= limits.maxEvals) {
        stopped = "max-evals";
      } else if ((now() - t0) / 1e3 + reserveSeconds() > limits.maxSeconds) {
        stopped = "time";
      }
      if (stopped) {
        if (best) {
          current.set(layer.name, best.k);
          currentProbe = best.probe;
        }
        break outer;
      }
      const mid = lo + hi >> 1;
      const c = layer.candidates[mid];
      const trial = new Map(current).set(layer.name, c.k);
      const value = await measure(trial, "screen");
      tried++;
      const probe = opts.probe && value <= screenLimit ? await measureProbe(trial) : NaN;
      const ok = value <= screenLimit && (!opts.probe || notBelow(probe, currentProbe));
      budgetSteps--;
      screensLeft--;
      record({ phase: "screen", scope: "screen", layer: layer.name, k: c.k, rules: c.rules, value, decision: ok ? "accepted" : "rejected", lowered: value < currentScreen, ...Number.isNaN(probe) ? {} : { probe } }, trial, original.screen, screensLeft);
      if (ok) {
        best = { k: c.k, value, probe };
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    screensLeft -= Math.max(0, budgetSteps);
    expectedSteps -= Math.max(0, budgetSteps);
    if (best) {
      current.set(layer.name, best.k);
      cost.set(layer.name, best.value - currentScreen);
      currentScreen = best.value;
      currentProbe = best.probe;
    }
  }
  if (stopped) expectedSteps = steps.length + 1;
  const fullLimit = budgetLimit(original.full, limits.budget);
  let final = current.size === 0 ? original.full : await measure(current, "full");
  const holds = () => final <= fullLimit && (!opts.probe || notBelow(currentProbe, probeFloor));
  let decision = holds() ? "within-budget" : "over-budget";
  const probeOf = () => opts.probe ? { probe: currentProbe } : {};
  if (current.size > 0) record({ phase: "confirm", scope: "full", layer: null, k: null, rules: [], value: final, decision, lowered: final < original.full, ...probeOf() }, current, original.full, 0);
  while (decision === "over-budget") {
    const candidates = [...cost.entries()].filter(([name2]) => current.has(name2) && !fixed.has(name2));
    if (candidates.length === 0) break;
    candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [name] = candidates[0];
    const k = current.get(name);
    current.delete(name);
    expectedSteps++;
    final = current.size === 0 ? original.full : await measure(current, "full");
    if (opts.probe) currentProbe = current.size === 0 ? originalProbe : await measureProbe(current);
    decision = holds() ? "within-budget" : "over-budget";
    record({ phase: "revert", scope: "full", layer: name, k, rules: byName.get(name)?.candidates.find((c) => c.k === k)?.rules ?? [], value: final, decision: "reverted", lowered: false, ...probeOf() }, current, original.full, 0);
  }
  return {
    objective: opts.probe ? "probe" : objective.name,
    chosen: current,
    steps,
    original,
    final,
    finalRelative: (final - original.full) / original.full,
    evals: { screen: evals.screen, full: evals.full, fullEquivalents: evals.screen * objective.cost.screen + evals.full * objective.cost.full + probeEvals * (opts.probe?.cost ?? 0) },
    stopped,
    seconds: (now() - t0) / 1e3,
    ...opts.probe ? { probe: { original: originalProbe, final: currentProbe, evals: probeEvals } } : {}
  };
}

// src/engine/search.ts
var DEFAULT_SCREEN_FRACTION = 1 / 8;
var MIN_SCREEN_WINDOWS = 4;
var DEFAULT_SCREEN_MARGIN = 0.75;
var DEFAULT_SEARCH_MAX_EVALS = 300;
function screeningWindows(windows, fraction) {
  const n = Math.min(windows.length, Math.max(MIN_SCREEN_WINDOWS, Math.ceil(fraction * windows.length)));
  return Array.from({ length: n }, (_, i) => windows[Math.floor(i * windows.length / n)]);
}
function explicitOverride(p, config) {
  const m = /^overrides\[(\d+)\]/.exec(p.ruleSource);
  return m !== null && (config.overrides?.[Number(m[1])]?.method ?? null) !== null;
}
var toFeed = (values, dtype) => {
  const bytes = encodeFromFloat64(values, dtype);
  return dtype === "float32" ? new Float32Array(bytes.buffer) : dtype === "float64" ? new Float64Array(bytes.buffer) : new Uint16Array(bytes.buffer);
};
async function searchRanks(args) {
  const { model, engine, seed, setup } = args;
  const notes = [];
  const searched = [];
  const fixed = /* @__PURE__ */ new Map();
  const original = /* @__PURE__ */ new Map();
  const exposed = [];
  for (const p of args.planned) {
    const l = p.layer;
    if (l.dtype === "bfloat16") {
      notes.push(`${l.name}: bfloat16 weights cannot be fed to onnxruntime from JavaScript; left out of the search`);
      continue;
    }
    const [rows, cols] = l.storedShape;
    const W = await model.readMatrix(l, { keepFloat32: true });
    const known = args.knownSpectrum?.(l.name);
    const evals = known && known.length === Math.min(rows, cols) ? known : await engine.gramEigenvalues(W);
    const summary = args.analyze(evals, rows, cols);
    if (explicitOverride(p, args.config)) {
      const k = resolveRank(p.rule, rows, cols, summary);
      if (k === null || rankEffect(k, rows, cols).startsWith("unchanged")) continue;
      fixed.set(l.name, k);
    } else {
      searched.push({ planned: p, layer: searchLayer({ name: l.name, rows, cols, inFeatures: l.inFeatures, outFeatures: l.outFeatures }, evals, summary) });
    }
    original.set(l.name, toFeed(W.data, l.dtype));
    exposed.push(l);
  }
  if (exposed.length === 0) throw new WwError("SELECTION_EMPTY", "method auto: no selected layer can be searched", {});
  const probeItems = setup.objective === "probe" ? setup.probe : void 0;
  if (setup.objective === "probe" && (!probeItems || probeItems.items.length === 0)) {
    throw new WwError("CONFIG_INVALID", "smooth.objective probe needs probe items (eval.probe / input probe) with at least one item", { key: "smooth.objective" });
  }
  const session = await openCandidateSession({
    modelPath: model.path,
    layers: exposed,
    tokens: setup.tokens,
    context: setup.context,
    stride: setup.stride,
    maxTokens: setup.maxTokens,
    batchSize: setup.batchSize,
    device: setup.device
  });
  try {
    const screen = screeningWindows(session.windows, setup.screenFraction ?? DEFAULT_SCREEN_FRACTION);
    const screenTokens = screen.reduce((s, w) => s + (w.end - w.scoreFrom), 0);
    const byName = new Map(exposed.map((l) => [l.name, l]));
    const cache = /* @__PURE__ */ new Map();
    const smoothed = async (name, k) => {
      const forLayer = cache.get(name) ?? /* @__PURE__ */ new Map();
      cache.set(name, forLayer);
      const hit = forLayer.get(k);
      if (hit) {
        forLayer.delete(k);
        forLayer.set(k, hit);
        return hit;
      }
      const layer = byName.get(name);
      const W = await model.readMatrix(layer, { keepFloat32: true });
      const values = toFeed((await smoothMatrix(W, k, engine, seed)).values.data, layer.dtype);
      forLayer.set(k, values);
      if (forLayer.size > 2) forLayer.delete(forLayer.keys().next().value);
      return values;
    };
    const feedsOf = async (assignment) => {
      const feeds = /* @__PURE__ */ new Map();
      for (const l of exposed) {
        const k = assignment.get(l.name);
        feeds.set(l.name, k === void 0 ? original.get(l.name) : await smoothed(l.name, k));
      }
      return feeds;
    };
    const objective = {
      name: "perplexity",
      cost: { screen: screenTokens / session.tokensScored, full: 1 },
      async measure(assignment, scope) {
        return (await session.measure(await feedsOf(assignment), scope === "screen" ? screen : void 0)).perplexity;
      }
    };
    let probe;
    if (probeItems) {
      const ids = allIds(probeItems);
      checkIdsInVocab(ids, session.vocabSize, probeItems.source);
      const probeTokens = ids.length;
      probe = {
        cost: probeTokens / session.tokensScored,
        async measure(assignment) {
          return correctLogLikelihood(probeItems, (await session.scoreProbe(await feedsOf(assignment), probeItems)).perItem);
        }
      };
    }
    const result = await greedySearch(
      searched.map((s) => s.layer),
      objective,
      { budget: setup.budget, screenMargin: setup.screenMargin ?? DEFAULT_SCREEN_MARGIN, maxEvals: setup.maxEvals, maxSeconds: setup.maxSeconds },
      { fixed, ...probe ? { probe } : {}, ...setup.onProgress ? { onProgress: setup.onProgress } : {} }
    );
    if (result.stopped) notes.push(`screening stopped early (${result.stopped === "time" ? "time bound reached" : `search-max-evals = ${setup.maxEvals} reached`}); layers not tried keep their weights`);
    const searchedNames = new Set(searched.map((s) => s.layer.name));
    const planned = args.planned.flatMap((p) => {
      if (!searchedNames.has(p.layer.name)) return [p];
      const k = result.chosen.get(p.layer.name);
      return k === void 0 ? [] : [{ ...p, rule: { method: "rank", k }, ruleSource: "auto", k }];
    });
    return {
      result,
      layers: searched.map((s) => s.layer),
      planned,
      screen: { windows: screen.length, tokens: screenTokens },
      full: { windows: session.windows.length, tokens: session.tokensScored },
      notes
    };
  } finally {
    await session.release();
  }
}
function searchReport(rs, setup, fileBytes) {
  const { result } = rs;
  const last = result.steps[result.steps.length - 1];
  const paramsBefore = rs.layers.reduce((s, l) => s + l.params, 0);
  let paramsKept = 0;
  let rankRemoved = 0;
  for (const l of rs.layers) {
    const k = result.chosen.get(l.name);
    paramsKept += paramsAt(l, k);
    if (k !== void 0) rankRemoved += l.fullRank - k;
  }
  return {
    objective: result.objective,
    ...result.probe ? { probe: result.probe } : {},
    budget: setup.budget,
    screenMargin: setup.screenMargin ?? DEFAULT_SCREEN_MARGIN,
    screen: rs.screen,
    full: rs.full,
    original: result.original,
    final: result.final,
    finalRelative: result.finalRelative,
    evals: result.evals,
    stopped: result.stopped,
    seconds: result.seconds,
    layers: rs.layers.map((l) => ({
      name: l.name,
      fullRank: l.fullRank,
      chosenK: result.chosen.get(l.name) ?? null,
      candidates: l.candidates.map((c) => ({ k: c.k, rules: c.rules, discardedEnergy: c.discardedEnergy }))
    })),
    steps: result.steps,
    totals: { layersReduced: rs.layers.filter((l) => result.chosen.has(l.name)).length, rankRemoved, paramsBefore, paramsKept },
    fileBytes,
    notes: [
      ...rs.notes,
      ...result.finalRelative < 0 ? [`the chosen reductions lowered perplexity (${(result.finalRelative * 100).toFixed(2)}% on the whole text): LASER's effect`] : [],
      ...last && last.decision === "reverted" ? ["screening admitted more than the whole text allowed: the costliest layers were reverted until the budget held"] : []
    ]
  };
}

// src/engine/searchPlan.ts
var FALLBACK_BUDGET = { kind: "relative", value: 0.02 };
function searchSetupOf(plan, tokens, onProgress) {
  return {
    tokens,
    context: plan.eval.context ?? DEFAULT_CONTEXT,
    stride: plan.eval.stride ?? plan.eval.context ?? DEFAULT_CONTEXT,
    maxTokens: plan.eval.maxTokens,
    device: plan.eval.device,
    batchSize: 0,
    budget: plan.smooth.budget ?? plan.gate.perplexityIncrease.warn ?? FALLBACK_BUDGET,
    maxEvals: plan.smooth.searchMaxEvals ?? DEFAULT_SEARCH_MAX_EVALS,
    maxSeconds: plan.smooth.searchMaxSeconds ?? Infinity,
    ...plan.smooth.objective === "probe" ? { objective: "probe" } : {},
    ...onProgress ? { onProgress } : {}
  };
}
function ruleConfigOf(smooth) {
  return { ...smooth, method: smooth.method === "auto" ? "detX" : smooth.method };
}
function autoUnavailable(plan, why) {
  return { ...plan, smooth: { ...plan.smooth, method: "detX", methodReason: `detX: method auto needs a perplexity to guard the search, and ${why}` } };
}
function searchProgressLog(write) {
  let last = 0;
  return (p) => {
    const now = Date.now();
    const tenth = Math.max(1, Math.round(p.expectedSteps / 10));
    if (p.step % tenth !== 0 && now - last < 15e3 && p.decision !== "within-budget") return;
    last = now;
    const eta = p.etaSeconds === null ? "" : `, ETA ${Math.round(p.etaSeconds)} s`;
    write(`smoothing search: step ${p.step}/${p.expectedSteps}${p.layer ? ` ${p.layer} k=${p.k}` : ""} ${p.decision} (perplexity ${p.value.toFixed(4)})${eta}`);
  };
}

export {
  asList,
  buildPlan,
  DEFAULT_SEARCH_MAX_EVALS,
  searchRanks,
  searchReport,
  searchSetupOf,
  ruleConfigOf,
  autoUnavailable,
  searchProgressLog
};
