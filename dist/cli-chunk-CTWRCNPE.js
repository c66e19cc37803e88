/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  thresholdError
} from "./cli-chunk-4OSMZ5EI.js";
import {
  parseMethodSpec
} from "./cli-chunk-JFUYTXGE.js";
import {
  parseDecimal
} from "./cli-chunk-N7WT4SIP.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/config/inputs.ts
var CONFIG_INPUTS = [
  { input: "model", path: ["model"], kind: "string" },
  { input: "model-sha256", path: ["model-sha256"], kind: "string" },
  { input: "base-model", path: ["base-model"], kind: "string" },
  { input: "eval-text", path: ["eval", "text"], kind: "string" },
  { input: "tokenizer", path: ["eval", "tokenizer"], kind: "string" },
  { input: "context", path: ["eval", "context"], kind: "integer" },
  { input: "stride", path: ["eval", "stride"], kind: "integer" },
  { input: "max-eval-tokens", path: ["eval", "max-tokens"], kind: "integer" },
  { input: "device", path: ["eval", "device"], kind: "string" },
  { input: "probe", path: ["eval", "probe"], kind: "string" },
  { input: "layers", path: ["smooth", "layers"], kind: "list" },
  { input: "exclude-layers", path: ["smooth", "exclude"], kind: "list" },
  { input: "smooth-budget", path: ["smooth", "budget"], kind: "threshold" },
  { input: "search-max-evals", path: ["smooth", "search-max-evals"], kind: "integer" },
  { input: "search-objective", path: ["smooth", "objective"], kind: "string" },
  { input: "max-perplexity-increase", path: ["gate", "perplexity-increase", "fail"], kind: "threshold" },
  { input: "warn-perplexity-increase", path: ["gate", "perplexity-increase", "warn"], kind: "threshold" },
  { input: "max-base-perplexity-increase", path: ["gate", "base-perplexity-increase", "fail"], kind: "threshold" },
  { input: "warn-base-perplexity-increase", path: ["gate", "base-perplexity-increase", "warn"], kind: "threshold" },
  { input: "perplexity-significance", path: ["gate", "perplexity-increase", "significance"], kind: "number" },
  { input: "base-perplexity-significance", path: ["gate", "base-perplexity-increase", "significance"], kind: "number" },
  { input: "alpha-min", path: ["gate", "alpha-range", "min"], kind: "number" },
  { input: "alpha-max", path: ["gate", "alpha-range", "max"], kind: "number" },
  { input: "max-new-layers-outside-alpha", path: ["gate", "new-layers-outside-alpha", "fail"], kind: "count-level" },
  { input: "warn-new-layers-outside-alpha", path: ["gate", "new-layers-outside-alpha", "warn"], kind: "count-level" },
  { input: "max-mean-alpha-change", path: ["gate", "mean-alpha-change", "fail"], kind: "number-level" },
  { input: "warn-mean-alpha-change", path: ["gate", "mean-alpha-change", "warn"], kind: "number-level" },
  { input: "max-over-trained", path: ["gate", "over-trained", "fail"], kind: "count-level" },
  { input: "warn-over-trained", path: ["gate", "over-trained", "warn"], kind: "count-level" },
  { input: "max-under-trained", path: ["gate", "under-trained", "fail"], kind: "count-level" },
  { input: "warn-under-trained", path: ["gate", "under-trained", "warn"], kind: "count-level" },
  { input: "max-accuracy-drop", path: ["gate", "accuracy-drop", "fail"], kind: "number-level" },
  { input: "warn-accuracy-drop", path: ["gate", "accuracy-drop", "warn"], kind: "number-level" },
  { input: "max-base-accuracy-drop", path: ["gate", "base-accuracy-drop", "fail"], kind: "number-level" },
  { input: "warn-base-accuracy-drop", path: ["gate", "base-accuracy-drop", "warn"], kind: "number-level" },
  { input: "comment", path: ["report", "comment"], kind: "string" },
  { input: "comment-key", path: ["report", "comment-key"], kind: "string" },
  { input: "output-dir", path: ["report", "output-dir"], kind: "string" },
  { input: "max-comment-layers", path: ["report", "max-comment-layers"], kind: "integer" }
];
var BOOLEAN_INPUTS = [
  { input: "smooth", path: ["smooth", "enabled"], kind: "boolean" },
  { input: "factorize", path: ["smooth", "factorize"], kind: "boolean" },
  { input: "attach-to-release", path: ["report", "attach-to-release"], kind: "boolean" }
];
function overridesFromInputs(read) {
  const out = {};
  for (const spec of [...CONFIG_INPUTS, ...BOOLEAN_INPUTS]) {
    const raw = read(spec.input).trim();
    if (raw === "") continue;
    setPath(out, spec.path, convert(spec, raw));
  }
  const method = read("method").trim();
  if (method !== "") {
    const spec = parseMethodSpec(method);
    if (!spec) throw inputError("method", method, "a rule name, optionally with a value: auto, detX, percent:0.2, rank-fraction:0.1, mp, tail, rank:32");
    setPath(out, ["smooth", "method"], spec.name);
    if (spec.value !== null) setPath(out, ["smooth", "value"], spec.value);
  }
  return out;
}
function convert(spec, raw) {
  switch (spec.kind) {
    case "string":
      return raw;
    case "list":
      return raw.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0);
    case "integer": {
      const n = toNumber(spec.input, raw);
      if (!Number.isInteger(n)) throw inputError(spec.input, raw, "an integer");
      return n;
    }
    case "number":
      return toNumber(spec.input, raw);
    case "threshold":
      if (/^([0-9]+(\.[0-9]+)?(%|pt)|none)$/.test(raw)) return raw;
      throw new WwError("INPUT_INVALID", `input ${spec.input}: ${thresholdError(spec.input, raw).message.replace(/^[^:]*: /, "")}`, { input: spec.input, value: raw });
    case "boolean":
      if (/^(true|True|TRUE)$/.test(raw)) return true;
      if (/^(false|False|FALSE)$/.test(raw)) return false;
      throw inputError(spec.input, raw, "true or false");
    case "count-level":
    case "number-level": {
      if (raw === "none") return "none";
      const n = toNumber(spec.input, raw);
      if (spec.kind === "count-level" && !Number.isInteger(n)) throw inputError(spec.input, raw, "an integer or none");
      return n;
    }
  }
}
function toNumber(input, raw) {
  const n = parseDecimal(raw);
  if (!Number.isFinite(n)) throw inputError(input, raw, "a decimal number");
  return n;
}
function inputError(input, value, expected) {
  return new WwError("INPUT_INVALID", `input ${input}: "${value}" is not valid; expected ${expected}`, { input, value, expected });
}
function setPath(obj, keys, value) {
  let cur = obj;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) {
      cur[k] = value;
      return;
    }
    const next = cur[k] ??= {};
    cur = next;
  });
}

export {
  CONFIG_INPUTS,
  overridesFromInputs
};
