/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  wilsonInterval
} from "./cli-chunk-BLFIWMYW.js";
import {
  perplexityDelta
} from "./cli-chunk-2GYAVEAP.js";
import {
  DEFAULT_CONTEXT,
  DEFAULT_MAX_TOKENS
} from "./cli-chunk-ZFY4MAV2.js";
import {
  readEvalText
} from "./cli-chunk-GB5BUAGV.js";
import {
  InferenceSession,
  Tensor
} from "./cli-chunk-PRYELFJA.js";
import {
  requireOnnxRuntime
} from "./cli-chunk-ZECIIAAG.js";
import {
  scanOnnx
} from "./cli-chunk-NVWLD7SI.js";
import {
  float16ToNumber
} from "./cli-chunk-JVBZG5TV.js";
import {
  checkIdsInVocab,
  loadTokenizer,
  readIdsFile,
  tokenizeText
} from "./cli-chunk-HZ6U64MK.js";
import {
  encodeProbe
} from "./cli-chunk-VYQTZBYA.js";
import {
  readProbeFile
} from "./cli-chunk-IBKWP2IV.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/engine/probe.ts
import { dirname as dirname3, resolve as resolve3 } from "node:path";

// src/eval/expNonPositive.ts
var STEPS = 64;
var LIMIT = 746 * STEPS;
var TABLE = Float64Array.from({ length: LIMIT + 1 }, (_, i) => Math.exp(-i / STEPS));
function expNonPositive(y) {
  const t = -y * STEPS;
  if (t >= LIMIT) return 0;
  const i = t | 0;
  const r = y + i / STEPS;
  return TABLE[i] * (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r / 720))))));
}

// src/eval/windows.ts
function requireInteger(name, value, min) {
  if (!Number.isInteger(value) || value < min) {
    throw new WwError("INPUT_INVALID", `${name} must be an integer >= ${min}, got ${value}`, { [name]: value });
  }
}
function planWindows(nTokens, context, stride, maxTokens = 0) {
  requireInteger("nTokens", nTokens, 0);
  requireInteger("context", context, 2);
  requireInteger("stride", stride, 1);
  requireInteger("maxTokens", maxTokens, 0);
  if (stride > context) {
    throw new WwError("INPUT_INVALID", `stride (${stride}) must not exceed context (${context})`, { stride, context });
  }
  const windows = [];
  let scored = 0;
  let prevEnd = 0;
  for (let start = 0; start < nTokens; start += stride) {
    let end = Math.min(start + context, nTokens);
    const scoreFrom = Math.max(prevEnd, start + 1);
    if (scoreFrom < end) {
      if (maxTokens > 0 && scored + (end - scoreFrom) >= maxTokens) {
        end = scoreFrom + (maxTokens - scored);
        windows.push({ start, end, scoreFrom });
        scored = maxTokens;
        break;
      }
      windows.push({ start, end, scoreFrom });
      scored += end - scoreFrom;
    }
    prevEnd = Math.max(prevEnd, end);
    if (end >= nTokens) break;
  }
  return { windows, tokensScored: scored };
}
function tokensNeeded(maxTokens, context, stride) {
  if (!(maxTokens > 0)) return Infinity;
  if (context === void 0) return 2 * maxTokens + 1;
  const s = stride ?? context;
  const plan = planWindows(2 * maxTokens + context + 1, context, s, maxTokens);
  return plan.windows.length === 0 ? 0 : plan.windows[plan.windows.length - 1].end;
}
function batchWindows(windows, batchSize) {
  requireInteger("batchSize", batchSize, 1);
  const batches = [];
  let current = [];
  for (const w of windows) {
    const first = current[0];
    if (first !== void 0 && (first.end - first.start !== w.end - w.start || current.length >= batchSize)) {
      batches.push(current);
      current = [];
    }
    current.push(w);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
var AUTO_BATCH_LOGITS_BYTES = 64 * 1024 * 1024;
var AUTO_BATCH_MAX = 16;
function autoBatchSize(context, vocab) {
  return Math.max(1, Math.min(AUTO_BATCH_MAX, Math.floor(AUTO_BATCH_LOGITS_BYTES / (context * vocab * 4))));
}

// src/eval/perplexity.ts
function nllAt(data, offset, vocab, target) {
  let max = -Infinity;
  for (let j = offset; j < offset + vocab; j++) if (data[j] > max) max = data[j];
  if (max === Infinity || Number.isNaN(max)) return NaN;
  let sum = 0;
  for (let j = offset; j < offset + vocab; j++) sum += expNonPositive(data[j] - max);
  return max + Math.log(sum) - data[offset + target];
}
function nllOfRow(row, target) {
  return nllAt(row, 0, row.length, target);
}
function rowNll(block, offset, vocab, target, scratch) {
  const data = block.data;
  if (block.type === "float16" && data instanceof Uint16Array) {
    for (let j = 0; j < vocab; j++) scratch[j] = float16ToNumber(data[offset + j]);
    return nllAt(scratch, 0, vocab, target);
  }
  return nllAt(data, offset, vocab, target);
}
async function scoreTokens(tokens, runner, options, onProgress) {
  const plan = planWindows(tokens.length, options.context, options.stride, options.maxTokens);
  if (plan.tokensScored === 0) {
    throw new WwError("EVAL_TEXT_EMPTY", `the evaluation text has ${tokens.length} token(s); at least 2 are needed to score one`, {
      tokens: tokens.length
    });
  }
  const scored = await scoreWindows(tokens, plan.windows, runner, options.batchSize, onProgress);
  return { ...scored, windows: plan.windows.length };
}
async function scoreWindows(tokens, windows, runner, batchSize, onProgress) {
  const batches = batchWindows(windows, batchSize);
  const tokensTotal = windows.reduce((s, w) => s + (w.end - w.scoreFrom), 0);
  const vocab = runner.vocabSize;
  const scratch = new Float64Array(vocab);
  const started = performance.now();
  let nllSum = 0;
  let scored = 0;
  let windowsDone = 0;
  const windowScores = [];
  for (const batch of batches) {
    const length = batch[0].end - batch[0].start;
    const rows = batch.map((w) => Int32Array.from({ length }, (_, i) => tokens[w.start + i]));
    const block = await runner.run(rows, length);
    checkBlock(block, batch.length, length, vocab);
    const seq = block.dims[1];
    batch.forEach((w, b) => {
      let windowNll = 0;
      for (let p = w.scoreFrom; p < w.end; p++) {
        const at = p - 1 - w.start;
        const nll = rowNll(block, (b * seq + at) * vocab, vocab, tokens[p], scratch);
        if (Number.isNaN(nll)) {
          throw new WwError("NON_FINITE", `the model's logits at text position ${p - 1} are not usable (NaN, +Infinity, or -Infinity throughout)`, { position: p - 1 });
        }
        windowNll += nll;
      }
      nllSum += windowNll;
      windowScores.push({ nllSum: windowNll, tokens: w.end - w.scoreFrom });
      scored += w.end - w.scoreFrom;
    });
    windowsDone += batch.length;
    onProgress?.({ windowsDone, windowsTotal: windows.length, tokensScored: scored, tokensTotal });
  }
  return { nllSum, tokensScored: scored, windows: windows.length, windowScores, seconds: (performance.now() - started) / 1e3 };
}
function checkBlock(block, batch, length, vocab) {
  const [b, s, v] = block.dims;
  if (block.dims.length !== 3 || b === void 0 || b < batch || s === void 0 || s < length || v !== vocab) {
    throw new WwError(
      "EVAL_INPUT_UNSUPPORTED",
      `logits came back with shape ${JSON.stringify(block.dims)}; expected [${batch}, ${length}, ${vocab}] (one row per input position)`,
      { dims: block.dims }
    );
  }
}

// src/eval/probe.ts
function sequenceOf(req, maxLength, where) {
  const all = [...req.context, ...req.continuation];
  if (req.continuation.length > maxLength) {
    throw new WwError("PROBE_INVALID", `${where}: its continuation has ${req.continuation.length} tokens; at most ${maxLength} (the context) can be scored`, {
      continuation: req.continuation.length,
      context: maxLength
    });
  }
  const start = Math.max(0, all.length - 1 - maxLength);
  return { tokens: all.slice(start), from: req.context.length - start };
}
function readRow(block, offset, out) {
  const data = block.data;
  const vocab = out.length;
  if (block.type === "float16" && data instanceof Uint16Array) for (let j = 0; j < vocab; j++) out[j] = float16ToNumber(data[offset + j]);
  else for (let j = 0; j < vocab; j++) out[j] = data[offset + j];
  return out;
}
function argmax(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best] || Number.isNaN(values[best])) best = i;
  return best;
}
async function scoreSequences(seqs, runner, batchSize) {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new WwError("INPUT_INVALID", `batchSize must be an integer >= 1, got ${batchSize}`, { batchSize });
  const vocab = runner.vocabSize;
  const order = seqs.map((_, i) => i).sort((a, b) => seqs[b].tokens.length - seqs[a].tokens.length || a - b);
  const out = new Array(seqs.length);
  const row = new Float64Array(vocab);
  for (let at = 0; at < order.length; at += batchSize) {
    const batch = order.slice(at, at + batchSize);
    const length = seqs[batch[0]].tokens.length - 1;
    const rows = batch.map((i) => Int32Array.from(seqs[i].tokens.slice(0, -1)));
    const block = await runner.run(rows, length);
    const [b, s, v] = block.dims;
    if (block.dims.length !== 3 || b === void 0 || b < rows.length || s === void 0 || s < length || v !== vocab) {
      throw new WwError("EVAL_INPUT_UNSUPPORTED", `logits came back with shape ${JSON.stringify(block.dims)}; expected [${rows.length}, ${length}, ${vocab}]`, { dims: block.dims });
    }
    batch.forEach((i, r) => {
      const seq = seqs[i];
      let logprob = 0;
      let greedy = true;
      for (let p = seq.from; p < seq.tokens.length; p++) {
        const logits = readRow(block, (r * s + p - 1) * vocab, row);
        const target = seq.tokens[p];
        const nll = nllOfRow(logits, target);
        if (Number.isNaN(nll)) throw new WwError("NON_FINITE", `the model's logits are not usable (NaN, +Infinity, or -Infinity throughout) at position ${p - 1} of a probe sequence`, { position: p - 1 });
        logprob -= nll;
        if (argmax(logits) !== target) greedy = false;
      }
      out[i] = { logprob, greedy };
    });
  }
  return out;
}
async function scoreProbe(probe, runner, options) {
  const started = performance.now();
  const seqs = [];
  const where = (line) => `${probe.source} line ${line}`;
  for (const item of probe.items) {
    const requests = item.kind === "choice" ? item.requests : [item.request];
    for (const req of requests) seqs.push(sequenceOf(req, options.maxLength, where(item.line)));
  }
  const scores = await scoreSequences(seqs, runner, options.batchSize);
  let next = 0;
  const perItem = probe.items.map((item) => {
    if (item.kind === "exact") {
      const s = scores[next++];
      return { line: item.line, excerpt: item.excerpt, kind: "exact", correct: s.greedy, correctNorm: null, predicted: null, predictedNorm: null, scores: [s.logprob] };
    }
    const own = scores.slice(next, next + item.requests.length).map((s) => s.logprob);
    next += item.requests.length;
    const predicted = argmax(own);
    const predictedNorm = argmax(own.map((s, i) => s / item.choiceChars[i]));
    return { line: item.line, excerpt: item.excerpt, kind: "choice", correct: predicted === item.answer, correctNorm: predictedNorm === item.answer, predicted, predictedNorm, scores: own };
  });
  const tokensScored = seqs.reduce((n, s) => n + s.tokens.length - s.from, 0);
  return { perItem, sequences: seqs.length, tokensScored, seconds: (performance.now() - started) / 1e3 };
}
function correctLogLikelihood(probe, perItem) {
  return probe.items.reduce((sum, item, i) => sum + perItem[i].scores[item.kind === "choice" ? item.answer : 0], 0);
}
function summarizeProbe(perItem) {
  const choice = perItem.filter((r) => r.kind === "choice");
  const exact = perItem.filter((r) => r.kind === "exact");
  const frac = (n, d) => d === 0 ? null : n / d;
  const correct = perItem.filter((r) => r.correct).length;
  return {
    items: perItem.length,
    choiceItems: choice.length,
    exactItems: exact.length,
    acc: frac(choice.filter((r) => r.correct).length, choice.length),
    acc_norm: frac(choice.filter((r) => r.correctNorm === true).length, choice.length),
    exactMatch: frac(exact.filter((r) => r.correct).length, exact.length),
    accuracy: correct / perItem.length,
    correct,
    interval: wilsonInterval(correct, perItem.length)
  };
}

// src/eval/signature.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

// src/eval/contextLimit.ts
var LIMIT_KEYS = ["max_position_embeddings", "n_positions", "n_ctx", "max_seq_len", "seq_len", "seq_length", "context_length"];
function positiveInt(value) {
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}
function fromMetadata(metadata) {
  const limits = [];
  for (const key of LIMIT_KEYS) {
    const v = positiveInt(metadata.get(key));
    if (v !== null) limits.push({ tokens: v, source: `ONNX metadata ${key}` });
  }
  const config = metadata.get("config");
  if (config !== void 0) {
    try {
      const parsed = JSON.parse(config);
      if (parsed !== null && typeof parsed === "object") {
        for (const key of LIMIT_KEYS) {
          const v = positiveInt(parsed[key]);
          if (v !== null) limits.push({ tokens: v, source: `ONNX metadata config.${key}` });
        }
      }
    } catch {
    }
  }
  return limits;
}
function fromGraph(model) {
  const initializers = new Map(model.initializers.map((t) => [t.name, t.dims]));
  const graphInputs = new Set(model.inputs.map((i) => i.name));
  const rows = (name) => {
    const dims = name === void 0 ? void 0 : initializers.get(name);
    return dims !== void 0 && dims.length === 2 && dims[0] > 0 ? dims[0] : null;
  };
  const limits = [];
  for (const node of model.nodes) {
    if (node.opType === "Gather" && node.domain === "" && node.inputs[1] === "position_ids" && graphInputs.has("position_ids")) {
      const n = rows(node.inputs[0]);
      if (n !== null) limits.push({ tokens: n, source: `position embedding ${node.inputs[0]} (${n} rows)` });
    } else if (node.opType === "EmbedLayerNormalization") {
      const n = rows(node.inputs[3]);
      if (n !== null) limits.push({ tokens: n, source: `position embedding ${node.inputs[3]} of ${node.name || "EmbedLayerNormalization"} (${n} rows)` });
    } else if (node.opType === "RotaryEmbedding") {
      for (const input of node.inputs) {
        const n = /cos/i.test(input) ? rows(input) : null;
        if (n !== null) limits.push({ tokens: n, source: `rotary cos cache ${input} (${n} rows)` });
      }
    }
  }
  return limits;
}
async function readOnnxContextLimits(modelPath) {
  let model;
  try {
    model = await scanOnnx(modelPath);
  } catch {
    return [];
  }
  return [...fromMetadata(model.metadata), ...fromGraph(model)];
}
function tightestLimit(limits) {
  let best = null;
  for (const l of limits) if (best === null || l.tokens < best.tokens) best = l;
  return best;
}

// src/eval/signature.ts
function readJsonIfPresent(path) {
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
function positiveInt2(obj, key) {
  const v = obj?.[key];
  return typeof v === "number" && Number.isInteger(v) && v > 0 ? v : null;
}
function sub(obj, key) {
  const v = obj?.[key];
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
}
function readModelConfigHints(modelPath) {
  const dir = dirname(modelPath);
  const config = readJsonIfPresent(join(dir, "config.json"));
  const genai = sub(readJsonIfPresent(join(dir, "genai_config.json")), "model");
  const genaiDecoder = sub(genai, "decoder");
  const heads = positiveInt2(config, "num_attention_heads") ?? positiveInt2(config, "n_head");
  const numKvHeads = positiveInt2(config, "num_key_value_heads") ?? heads ?? positiveInt2(genaiDecoder, "num_key_value_heads");
  const hidden = positiveInt2(config, "hidden_size") ?? positiveInt2(config, "n_embd");
  const headDim = positiveInt2(config, "head_dim") ?? (hidden !== null && heads !== null && hidden % heads === 0 ? hidden / heads : null) ?? positiveInt2(genaiDecoder, "head_size");
  let maxPositions = null;
  for (const key of ["max_position_embeddings", "n_positions", "n_ctx", "max_seq_len", "seq_length"]) {
    const v = positiveInt2(config, key);
    if (v !== null) {
      maxPositions = { tokens: v, source: `config.json ${key}` };
      break;
    }
  }
  if (maxPositions === null) {
    const v = positiveInt2(genai, "context_length");
    if (v !== null) maxPositions = { tokens: v, source: "genai_config.json model.context_length" };
  }
  if (maxPositions === null) {
    const v = positiveInt2(readJsonIfPresent(join(dir, "tokenizer_config.json")), "model_max_length");
    if (v !== null && v < 1e9) maxPositions = { tokens: v, source: "tokenizer_config.json model_max_length" };
  }
  return { numKvHeads, headDim, maxPositions };
}
function unsupported(info, why) {
  return new WwError(
    "EVAL_INPUT_UNSUPPORTED",
    `model input '${info.name}' (${info.type ?? "non-tensor"} ${JSON.stringify(info.shape ?? [])}) cannot be synthesised for perplexity: ${why}`,
    { input: info.name, type: info.type, shape: info.shape }
  );
}
function idType(info) {
  if (info.type === "int64" || info.type === "int32") return info.type;
  throw unsupported(info, "expected int64 or int32");
}
var PAST_KV = /^past_key_values[._]/;
var LEGACY_PAST = /^past[._]?\d+$/;
function pastDims(info, hints) {
  const shape = info.shape ?? [];
  const offset = shape.length === 5 ? 1 : shape.length === 4 ? 0 : -1;
  if (offset < 0) throw unsupported(info, `past-KV input of rank ${shape.length}; expected 4 ([batch, heads, past, head_dim]) or 5 ([2, batch, heads, past, head_dim])`);
  const dims = [];
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    const rel = i - offset;
    if (rel === 0) dims.push("batch");
    else if (rel === 2) {
      if (typeof d === "number") throw unsupported(info, `its past-length dim is fixed at ${d}; only a symbolic past length can be fed empty`);
      dims.push("past");
    } else if (typeof d === "number") dims.push(d);
    else if (rel === -1) dims.push(2);
    else {
      const fromConfig = rel === 1 ? hints.numKvHeads : hints.headDim;
      if (fromConfig === null) {
        throw unsupported(info, `dim ${i} ('${d}', ${rel === 1 ? "KV heads" : "head size"}) is symbolic and no config.json beside the model gives it`);
      }
      dims.push(fromConfig);
    }
  }
  return dims;
}
function planInput(info, hints) {
  const { name } = info;
  if (!info.isTensor) throw unsupported(info, "not a tensor");
  const rank = info.shape === void 0 || info.shape.length === 0 ? null : info.shape.length;
  if (name === "input_ids") return { name, role: "input_ids", type: idType(info) };
  if (name === "attention_mask" || name === "token_type_ids") {
    if (rank !== null && rank !== 2) throw unsupported(info, `expected rank 2 [batch, sequence], got rank ${rank}`);
    if (info.type !== "int64" && info.type !== "int32" && info.type !== "float32") throw unsupported(info, "expected int64, int32 or float32");
    return { name, role: name, type: info.type };
  }
  if (name === "position_ids") {
    if (rank !== null && rank !== 1 && rank !== 2) throw unsupported(info, `expected rank 1 or 2, got rank ${rank}`);
    return { name, role: "position_ids", type: idType(info), rank: rank === 1 ? 1 : 2 };
  }
  if (name === "cache_position") return { name, role: "cache_position", type: idType(info) };
  if (name === "use_cache_branch") {
    if (info.type !== "bool") throw unsupported(info, "expected bool");
    return { name, role: "use_cache_branch", dims: (info.shape ?? [1]).map((d) => typeof d === "number" ? d : 1) };
  }
  if (PAST_KV.test(name) || LEGACY_PAST.test(name)) {
    if (info.type !== "float32" && info.type !== "float16") throw unsupported(info, "past-KV element type must be float32 or float16");
    return { name, role: "past", type: info.type, dims: pastDims(info, hints) };
  }
  throw unsupported(info, "not an input a decoder perplexity run knows how to fill");
}
function findLogits(outputs) {
  const byName = outputs.find((o) => o.name === "logits");
  if (byName) return byName;
  const candidates = outputs.filter((o) => o.isTensor && (o.shape?.length ?? 0) === 3 && !/^(present|past)/.test(o.name));
  const withVocab = candidates.filter((o) => typeof o.shape?.[2] === "number");
  const pick = withVocab.length > 0 ? withVocab.reduce((a, b) => b.shape[2] > a.shape[2] ? b : a) : candidates.length === 1 ? candidates[0] : void 0;
  if (!pick) {
    throw new WwError(
      "EVAL_INPUT_UNSUPPORTED",
      `no logits output found: expected an output named 'logits' or one of rank 3 [batch, sequence, vocab]; outputs: ${outputs.map((o) => `${o.name} ${JSON.stringify(o.shape ?? [])}`).join(", ")}`,
      { outputs: outputs.map((o) => o.name) }
    );
  }
  return pick;
}
function readSignature(inputs, outputs, hints) {
  const planned = inputs.map((info) => planInput(info, hints));
  const idsInfo = inputs.find((i) => i.name === "input_ids");
  if (!idsInfo) {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `model has no 'input_ids' input; inputs: ${inputs.map((i) => i.name).join(", ")}`, {
      inputs: inputs.map((i) => i.name)
    });
  }
  const idsShape = idsInfo.shape === void 0 || idsInfo.shape.length === 0 ? ["batch", "sequence"] : idsInfo.shape;
  if (idsShape.length !== 2) throw unsupported(idsInfo, `expected rank 2 [batch, sequence], got rank ${idsShape.length}`);
  const fixedBatch = typeof idsShape[0] === "number" ? idsShape[0] : null;
  const fixedSeqLen = typeof idsShape[1] === "number" ? idsShape[1] : null;
  const logits = findLogits(outputs);
  if (logits.type !== "float32" && logits.type !== "float16" && logits.type !== "float64") {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `logits output '${logits.name}' is ${logits.type}; expected float32, float16 or float64`, { output: logits.name });
  }
  const last = logits.shape?.[(logits.shape?.length ?? 0) - 1];
  const vocabSize = typeof last === "number" ? last : null;
  const limits = [...hints.graphLimits ?? []];
  if (hints.maxPositions !== null) limits.push(hints.maxPositions);
  if (fixedSeqLen !== null) limits.push({ tokens: fixedSeqLen, source: `input_ids shape ${JSON.stringify(idsShape)}` });
  const maxContext = tightestLimit(limits);
  return {
    inputs: planned,
    idsType: idType(idsInfo),
    logitsName: logits.name,
    logitsType: logits.type,
    vocabSize,
    fixedSeqLen,
    fixedBatch,
    maxContext
  };
}
async function sessionSignature(session, modelPath) {
  const hints = { ...readModelConfigHints(modelPath), graphLimits: await readOnnxContextLimits(modelPath) };
  return readSignature(session.inputMetadata, session.outputMetadata, hints);
}
function checkContext(signature, context, modelPath) {
  const limit = signature.maxContext;
  if (limit !== null && context > limit.tokens) {
    throw new WwError(
      "CONTEXT_TOO_LONG",
      `context ${context} exceeds what ${modelPath} allows: ${limit.tokens} tokens (${limit.source})`,
      { context, limit: limit.tokens, source: limit.source, file: modelPath }
    );
  }
}
function intTensor(type, values, dims) {
  if (type === "int64") return new Tensor("int64", BigInt64Array.from(Array.from(values, (v) => BigInt(v))), dims);
  if (type === "int32") return new Tensor("int32", Int32Array.from(values), dims);
  return new Tensor("float32", Float32Array.from(values), dims);
}
function buildFeeds(signature, rows, length) {
  const batch = rows.length;
  const seq = signature.fixedSeqLen ?? length;
  const ids = new Array(batch * seq).fill(0);
  const mask = new Array(batch * seq).fill(0);
  for (let b = 0; b < batch; b++) {
    const row = rows[b];
    for (let t = 0; t < Math.min(row.length, length); t++) {
      ids[b * seq + t] = row[t];
      mask[b * seq + t] = 1;
    }
  }
  const positions = Array.from({ length: seq }, (_, t) => t);
  const feeds = {};
  for (const input of signature.inputs) {
    switch (input.role) {
      case "input_ids":
        feeds[input.name] = intTensor(input.type, ids, [batch, seq]);
        break;
      case "attention_mask":
        feeds[input.name] = intTensor(input.type, mask, [batch, seq]);
        break;
      case "token_type_ids":
        feeds[input.name] = intTensor(input.type, new Array(batch * seq).fill(0), [batch, seq]);
        break;
      case "position_ids":
        feeds[input.name] = input.rank === 1 ? intTensor(input.type, positions, [seq]) : intTensor(input.type, Array.from({ length: batch }, () => positions).flat(), [batch, seq]);
        break;
      case "cache_position":
        feeds[input.name] = intTensor(input.type, positions, [seq]);
        break;
      case "use_cache_branch": {
        const count = input.dims.reduce((a, b) => a * b, 1);
        feeds[input.name] = new Tensor("bool", new Uint8Array(count), [...input.dims]);
        break;
      }
      case "past": {
        const dims = input.dims.map((d) => d === "batch" ? batch : d === "past" ? 0 : d);
        feeds[input.name] = input.type === "float16" ? new Tensor("float16", new Uint16Array(0), dims) : new Tensor("float32", new Float32Array(0), dims);
        break;
      }
    }
  }
  return feeds;
}

// src/eval/runner.ts
async function runLogits(evalSession, signature, rows, length, extra = {}) {
  const padded = signature.fixedBatch !== null && rows.length < signature.fixedBatch ? [...rows, ...Array.from({ length: signature.fixedBatch - rows.length }, () => rows[0])] : rows;
  const feeds = { ...buildFeeds(signature, padded, length), ...extra };
  let results;
  try {
    results = await evalSession.session.run(feeds, [signature.logitsName]);
  } catch (err) {
    throw new WwError(
      "SESSION",
      `onnxruntime failed running ${evalSession.modelPath} on a batch of ${rows.length} window(s) of ${length} tokens: ${err instanceof Error ? err.message : String(err)}`,
      { file: evalSession.modelPath, batch: rows.length, length },
      { cause: err }
    );
  }
  const logits = results[signature.logitsName];
  if (logits === void 0) throw new WwError("SESSION", `onnxruntime returned no '${signature.logitsName}' output`, { output: signature.logitsName });
  const type = logits.type;
  if (type !== "float32" && type !== "float16" && type !== "float64") {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `logits output '${signature.logitsName}' came back as ${type}`, { output: signature.logitsName });
  }
  return { data: logits.data, type, dims: logits.dims };
}
async function resolveVocabSize(evalSession, signature, extra = {}) {
  if (signature.vocabSize !== null) return signature.vocabSize;
  const probe = await runLogits(evalSession, signature, [Int32Array.from([0, 0])], 2, extra);
  const vocab = probe.dims[probe.dims.length - 1];
  if (vocab === void 0 || vocab < 2) {
    throw new WwError("EVAL_INPUT_UNSUPPORTED", `logits output '${signature.logitsName}' has shape ${JSON.stringify(probe.dims)}; expected [batch, sequence, vocab]`, {
      output: signature.logitsName
    });
  }
  return vocab;
}
function createRunner(evalSession, signature, vocabSize, extra = {}) {
  return {
    vocabSize,
    run: (rows, length) => runLogits(evalSession, signature, rows, length, extra)
  };
}

// src/eval/session.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { join as join2, resolve } from "node:path";
function cudaProviderLibraryPath(runtimeDir = requireOnnxRuntime().dir) {
  const file = process.platform === "win32" ? "onnxruntime_providers_cuda.dll" : "libonnxruntime_providers_cuda.so";
  return join2(runtimeDir, "bin", "napi-v6", process.platform, process.arch, file);
}
function baseOptions(req) {
  const options = {
    graphOptimizationLevel: req.graphOptimizationLevel,
    logSeverityLevel: req.logSeverityLevel ?? 4
  };
  if (req.threads > 0) options.intraOpNumThreads = req.threads;
  return options;
}
async function create(modelPath, options) {
  return InferenceSession.create(modelPath, options);
}
function isRuntimeMissing(err) {
  return WwError.is(err, "RUNTIME_MISSING");
}
function sessionError(modelPath, device, err) {
  if (isRuntimeMissing(err)) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new WwError("SESSION", `onnxruntime could not load ${modelPath} on ${device}: ${reason}`, { file: modelPath, device }, { cause: err });
}
async function openSession(modelPath, req) {
  const path = resolve(modelPath);
  if (!existsSync2(path) || !statSync(path).isFile()) {
    throw new WwError("MODEL_NOT_FOUND", `model ${path} not found`, { file: path });
  }
  if (!Number.isInteger(req.threads) || req.threads < 0) {
    throw new WwError("INPUT_INVALID", `threads must be a non-negative integer, got ${req.threads}`, { threads: req.threads });
  }
  const cpuOptions = { ...baseOptions(req), executionProviders: ["cpu"] };
  if (req.device === "cpu") {
    try {
      return { session: await create(path, cpuOptions), device: "cpu", deviceNote: "cpu requested", modelPath: path };
    } catch (err) {
      throw sessionError(path, "cpu", err);
    }
  }
  const cudaOptions = { ...baseOptions(req), executionProviders: ["cuda", "cpu"] };
  if (req.device === "cuda") {
    try {
      return { session: await create(path, cudaOptions), device: "cuda", deviceNote: "cuda requested", modelPath: path };
    } catch (err) {
      throw sessionError(path, "cuda (requested with --device cuda; use auto to fall back to cpu)", err);
    }
  }
  let why;
  const lib = cudaProviderLibraryPath();
  if ((req.probeCudaLibrary ?? true) && !existsSync2(lib)) {
    why = `onnxruntime-node has no CUDA execution provider installed (${lib} absent; on a CUDA machine install onnxruntime-node with ONNXRUNTIME_NODE_INSTALL=cuda12 and pass its folder as onnxruntime-path)`;
  } else {
    try {
      return { session: await create(path, cudaOptions), device: "cuda", deviceNote: "auto: cuda execution provider loaded", modelPath: path };
    } catch (err) {
      if (isRuntimeMissing(err)) throw err;
      why = `the CUDA execution provider failed to load: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  try {
    const session = await create(path, cpuOptions);
    return { session, device: "cpu", deviceNote: `auto: cuda unavailable, fell back to cpu (${why})`, modelPath: path };
  } catch (err) {
    throw sessionError(path, "cpu", err);
  }
}

// src/engine/evaluate.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";
async function prepareTokens(input, modelPath) {
  const given = [input.text, input.textFile, input.ids, input.idsFile].filter((x) => x !== void 0).length;
  if (given !== 1) {
    throw new WwError("INPUT_INVALID", `give exactly one of text, text file, ids or ids file (got ${given})`, {});
  }
  if (input.idsFile !== void 0) return { tokens: readIdsFile(input.idsFile), source: input.idsFile };
  if (input.ids !== void 0) {
    const tokens = Array.from(input.ids);
    if (tokens.length === 0) throw new WwError("EVAL_TEXT_EMPTY", "the id list is empty", {});
    tokens.forEach((id, i) => {
      if (!Number.isInteger(id) || id < 0) throw new WwError("INPUT_INVALID", `token id ${id} at position ${i} is not a non-negative integer`, { position: i });
    });
    return { tokens, source: "ids" };
  }
  let text;
  let source;
  if (input.textFile !== void 0) {
    text = readEvalText(input.textFile);
    source = input.textFile;
  } else {
    text = input.text;
    source = "text";
  }
  const tokenizer = await loadTokenizer(input.tokenizerDir ?? dirname2(resolve2(modelPath)));
  return { tokens: tokenizeText(text, tokenizer, source, input.tokenLimit ?? Infinity), source: `${source} (tokenizer ${tokenizer.source})` };
}
function sessionRequestOf(options) {
  return {
    device: options.device ?? "auto",
    threads: options.threads ?? 0,
    graphOptimizationLevel: options.graphOptimizationLevel ?? "all"
  };
}
async function evaluateTokens(modelPath, tokens, tokenSource, options = {}, onProgress) {
  const evalSession = await openSession(modelPath, sessionRequestOf(options));
  try {
    const signature = await sessionSignature(evalSession.session, evalSession.modelPath);
    const context = options.context ?? Math.min(DEFAULT_CONTEXT, signature.maxContext?.tokens ?? DEFAULT_CONTEXT);
    const stride = options.stride ?? context;
    checkContext(signature, context, evalSession.modelPath);
    const vocabSize = await resolveVocabSize(evalSession, signature);
    checkIdsInVocab(tokens, vocabSize, tokenSource);
    const batchSize = signature.fixedBatch ?? (options.batchSize !== void 0 && options.batchSize > 0 ? options.batchSize : autoBatchSize(context, vocabSize));
    const runner = createRunner(evalSession, signature, vocabSize);
    const scored = await scoreTokens(tokens, runner, { context, stride, maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS, batchSize }, onProgress);
    const meanNll = scored.nllSum / scored.tokensScored;
    return {
      perplexity: Math.exp(meanNll),
      meanNll,
      tokensScored: scored.tokensScored,
      windows: scored.windows,
      seconds: scored.seconds,
      tokensPerSecond: scored.seconds > 0 ? scored.tokensScored / scored.seconds : 0,
      device: evalSession.device,
      deviceNote: evalSession.deviceNote,
      tokensTotal: tokens.length,
      context,
      stride,
      vocabSize,
      model: evalSession.modelPath,
      windowScores: scored.windowScores
    };
  } finally {
    await evalSession.session.release();
  }
}
function limitOf(options) {
  return tokensNeeded(options?.maxTokens ?? DEFAULT_MAX_TOKENS, options?.context, options?.stride);
}
async function evaluatePerplexity(req) {
  const { tokens, source } = await prepareTokens({ tokenLimit: limitOf(req.options), ...req }, req.modelPath);
  return evaluateTokens(req.modelPath, tokens, source, req.options, req.onProgress);
}
function comparePerplexity(a, b) {
  return { a, b, delta: perplexityDelta(a, b) };
}
async function evaluateComparison(req) {
  const { tokens, source } = await prepareTokens({ tokenLimit: limitOf(req.options), ...req }, req.modelA);
  const a = await evaluateTokens(req.modelA, tokens, source, req.options, req.onProgress && ((p) => req.onProgress("a", p)));
  const options = { ...req.options, context: a.context, stride: a.stride };
  const b = await evaluateTokens(req.modelB, tokens, source, options, req.onProgress && ((p) => req.onProgress("b", p)));
  return comparePerplexity(a, b);
}

// src/engine/probe.ts
async function prepareProbe(req, modelPath) {
  const set = readProbeFile(req.probeFile, req.maxItems);
  const tokenizer = await loadTokenizer(req.tokenizerDir ?? dirname3(resolve3(modelPath)));
  return encodeProbe(set, tokenizer);
}
function allIds(probe) {
  const ids = [];
  for (const item of probe.items) {
    for (const req of item.kind === "choice" ? item.requests : [item.request]) ids.push(...req.context, ...req.continuation);
  }
  return ids;
}
async function evaluateProbeItems(modelPath, probe, options = {}, perItem = true) {
  if (probe.items.length === 0) throw new WwError("PROBE_INVALID", `${probe.source} holds no probe item`, { file: probe.source });
  const evalSession = await openSession(modelPath, sessionRequestOf(options));
  try {
    const signature = await sessionSignature(evalSession.session, evalSession.modelPath);
    const context = options.context ?? Math.min(DEFAULT_CONTEXT, signature.maxContext?.tokens ?? DEFAULT_CONTEXT);
    checkContext(signature, context, evalSession.modelPath);
    const vocabSize = await resolveVocabSize(evalSession, signature);
    checkIdsInVocab(allIds(probe), vocabSize, probe.source);
    const batchSize = signature.fixedBatch ?? (options.batchSize !== void 0 && options.batchSize > 0 ? options.batchSize : autoBatchSize(context, vocabSize));
    const runner = createRunner(evalSession, signature, vocabSize);
    const scored = await scoreProbe(probe, runner, { maxLength: context, batchSize });
    const summary = summarizeProbe(scored.perItem);
    return {
      ...summary,
      itemsTotal: probe.itemsTotal,
      source: probe.source,
      sha256: probe.sha256,
      model: evalSession.modelPath,
      device: evalSession.device,
      deviceNote: evalSession.deviceNote,
      context,
      sequences: scored.sequences,
      tokensScored: scored.tokensScored,
      seconds: scored.seconds,
      itemsPerSecond: scored.seconds > 0 ? summary.items / scored.seconds : 0,
      ...perItem ? { perItem: scored.perItem } : {}
    };
  } finally {
    await evalSession.session.release();
  }
}
async function evaluateProbe(req) {
  const probe = await prepareProbe(req, req.modelPath);
  return evaluateProbeItems(req.modelPath, probe, req.options, req.perItem ?? false);
}

export {
  planWindows,
  tokensNeeded,
  autoBatchSize,
  scoreWindows,
  sessionSignature,
  checkContext,
  resolveVocabSize,
  createRunner,
  openSession,
  prepareTokens,
  evaluateTokens,
  evaluatePerplexity,
  evaluateComparison,
  scoreProbe,
  correctLogLikelihood,
  prepareProbe,
  allIds,
  evaluateProbeItems,
  evaluateProbe
};
