/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/eval/probeItems.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
var PROBE_LIMITS = {
  /** Largest probe file read. */
  maxBytes: 16 * 1024 * 1024,
  /** Longest line (UTF-16 code units). */
  maxLineChars: 64 * 1024,
  maxChoices: 32,
  /** Items scored when the caller does not say (the rest of the file is counted, not scored). */
  defaultMaxItems: 1e3
};
var CHOICE_KEYS = /* @__PURE__ */ new Set(["prompt", "choices", "answer"]);
var EXACT_KEYS = /* @__PURE__ */ new Set(["prompt", "target"]);
function invalid(source, line, why) {
  return new WwError("PROBE_INVALID", `${source} line ${line}: ${why}`, { file: source, line });
}
function toItem(value, source, line) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw invalid(source, line, `expected a JSON object {"prompt", "choices", "answer"} or {"prompt", "target"}, got ${Array.isArray(value) ? "an array" : JSON.stringify(value)}`);
  }
  const obj = value;
  const keys = Object.keys(obj).filter((k) => k !== "id");
  const prompt = obj["prompt"];
  if (typeof prompt !== "string") throw invalid(source, line, `"prompt" must be a string, got ${prompt === void 0 ? "nothing" : JSON.stringify(prompt)}`);
  if ("target" in obj) {
    const unknown2 = keys.filter((k) => !EXACT_KEYS.has(k));
    if (unknown2.length > 0) throw invalid(source, line, `unknown key(s) ${unknown2.map((k) => JSON.stringify(k)).join(", ")} in an exact-match item (allowed: prompt, target, id)`);
    const target = obj["target"];
    if (typeof target !== "string" || target.length === 0) throw invalid(source, line, `"target" must be a non-empty string, got ${JSON.stringify(target)}`);
    return { kind: "exact", line, prompt, target };
  }
  const unknown = keys.filter((k) => !CHOICE_KEYS.has(k));
  if (unknown.length > 0) throw invalid(source, line, `unknown key(s) ${unknown.map((k) => JSON.stringify(k)).join(", ")} (allowed: prompt, choices, answer, id; or prompt, target, id)`);
  const choices = obj["choices"];
  if (!Array.isArray(choices)) throw invalid(source, line, `"choices" must be an array of strings (or give "target" for an exact-match item), got ${choices === void 0 ? "nothing" : JSON.stringify(choices)}`);
  if (choices.length < 2 || choices.length > PROBE_LIMITS.maxChoices) {
    throw invalid(source, line, `"choices" has ${choices.length} entr${choices.length === 1 ? "y" : "ies"}; expected 2 to ${PROBE_LIMITS.maxChoices}`);
  }
  choices.forEach((c, i) => {
    if (typeof c !== "string" || c.length === 0) throw invalid(source, line, `choice ${i} must be a non-empty string, got ${JSON.stringify(c)}`);
  });
  const answer = obj["answer"];
  if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer >= choices.length) {
    throw invalid(source, line, `"answer" must be the index (0 to ${choices.length - 1}) of the right choice, got ${JSON.stringify(answer)}`);
  }
  return { kind: "choice", line, prompt, choices, answer };
}
function parseProbeItems(text, source = "items", maxItems = PROBE_LIMITS.defaultMaxItems) {
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new WwError("INPUT_INVALID", `maxItems must be an integer >= 1, got ${maxItems}`, { maxItems });
  const items = [];
  let total = 0;
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((raw, i) => {
    const line = i + 1;
    const body = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (body.trim() === "") return;
    if (body.length > PROBE_LIMITS.maxLineChars) throw invalid(source, line, `${body.length} characters; a probe line may hold at most ${PROBE_LIMITS.maxLineChars}`);
    let value;
    try {
      value = JSON.parse(body);
    } catch (err) {
      throw invalid(source, line, `not valid JSON: ${err.message}`);
    }
    const item = toItem(value, source, line);
    total++;
    if (items.length < maxItems) items.push(item);
  });
  if (total === 0) throw new WwError("PROBE_INVALID", `${source} holds no probe item (expected one JSON object per line)`, { file: source });
  return { items, itemsTotal: total, source, sha256: createHash("sha256").update(text).digest("hex") };
}
function readProbeFile(path, maxItems) {
  if (!existsSync(path) || !statSync(path).isFile()) throw new WwError("PROBE_INVALID", `probe file ${path} not found (or not a regular file)`, { file: path });
  const bytes = statSync(path).size;
  if (bytes > PROBE_LIMITS.maxBytes) {
    throw new WwError("PROBE_INVALID", `probe file ${path} has ${bytes} bytes; at most ${PROBE_LIMITS.maxBytes} are read`, { file: path, bytes });
  }
  return parseProbeItems(readFileSync(path, "utf8"), path, maxItems);
}

export {
  PROBE_LIMITS,
  parseProbeItems,
  readProbeFile
};
