/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  analyze_schema_default,
  require__
} from "./cli-chunk-SYSGBEIN.js";
import {
  restoreNonFinite,
  run_schema_default
} from "./cli-chunk-B6L4TES6.js";
import {
  valueAtPointer
} from "./cli-chunk-QKCPXYD5.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import {
  __toESM
} from "./cli-chunk-4E3GJSB2.js";

// src/report/read.ts
var import__ = __toESM(require__(), 1);
import { stat, readFile } from "node:fs/promises";
var MAX_REPORT_BYTES = 256 * 1024 * 1024;
var MAX_LISTED_ERRORS = 5;
var MAX_QUOTED_CHARS = 80;
var validator = null;
function runReportValidator() {
  if (!validator) {
    const ajv = new import__.Ajv2020({ strict: true, allErrors: false });
    ajv.addSchema(analyze_schema_default);
    validator = ajv.compile(run_schema_default);
  }
  return validator;
}
async function readRunReport(file) {
  let text;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new WwError("INPUT_INVALID", `report file ${file} is a folder; expected a report.json file`, { file });
    const size = st.size;
    if (size > MAX_REPORT_BYTES) {
      throw new WwError("INPUT_INVALID", `report file ${file} is ${size} bytes, more than a ww-smooth run report can be (${MAX_REPORT_BYTES})`, { file, size });
    }
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err instanceof WwError) throw err;
    const code = err.code;
    throw new WwError("INPUT_INVALID", code === "ENOENT" ? `report file ${file} does not exist` : `cannot read report file ${file}: ${err.message}`, { file });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new WwError("INPUT_INVALID", `report file ${file} is not JSON: ${err.message}`, { file });
  }
  return validateRunReport(data, `report file ${file}`);
}
function validateRunReport(data, source) {
  const validate = runReportValidator();
  if (validate(data)) return restoreNonFinite(data);
  const problems = describeErrors(validate.errors ?? [], data);
  const version = data !== null && typeof data === "object" && !Array.isArray(data) ? data["schemaVersion"] : void 0;
  const what = version === 1 ? "is not a valid ww-smooth run report" : "is not a ww-smooth run report (schemaVersion 1, from `ww-smooth run` or the action)";
  throw new WwError("INPUT_INVALID", `${source} ${what}: ${problems.join("; ")}`, { source, errors: problems });
}
function describeErrors(errors, data) {
  const summaries = /* @__PURE__ */ new Set(["anyOf", "if", "propertyNames"]);
  let list = errors.filter((e) => !summaries.has(e.keyword));
  if (list.length === 0) list = [...errors];
  const isNullBranch = (e) => e.keyword === "type" && e.params.type === "null";
  const nullable = new Set(list.filter(isNullBranch).map((e) => e.instancePath));
  const others = list.filter((e) => !isNullBranch(e));
  if (others.length > 0) list = others;
  const lines = [];
  for (const e of list) {
    const at = printable(e.instancePath || "/");
    let line;
    if (e.keyword === "additionalProperties") {
      line = `${at}: unknown key ${quote(e.params.additionalProperty)}`;
    } else if (e.keyword === "required") {
      line = `${at}: missing key ${quote(e.params.missingProperty)}`;
    } else if (e.propertyName !== void 0) {
      line = `${at}: key ${quote(e.propertyName)} ${expectation(e)}`;
    } else {
      const orNull = e.keyword === "type" && nullable.has(e.instancePath) ? " or null" : "";
      line = `${at}: ${describeValue(valueAtPointer(data, e.instancePath))} ${expectation(e)}${orNull}`;
    }
    if (!lines.includes(line)) lines.push(line);
  }
  if (lines.length > MAX_LISTED_ERRORS) return [...lines.slice(0, MAX_LISTED_ERRORS), `and ${lines.length - MAX_LISTED_ERRORS} more`];
  return lines;
}
function expectation(e) {
  switch (e.keyword) {
    case "enum":
      return `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(e.params.allowedValue)}`;
    case "type":
      return `must be ${String(e.params.type).split(",").join(" or ")}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}
function describeValue(v) {
  if (typeof v === "string") return quote(v);
  if (Array.isArray(v)) return `array of ${v.length} items`;
  if (v !== null && typeof v === "object") {
    const keys = Object.keys(v);
    return keys.length === 0 ? "object {}" : `object with keys ${keys.slice(0, 5).map(quote).join(", ")}${keys.length > 5 ? ", ..." : ""}`;
  }
  return v === void 0 ? "nothing" : String(v);
}
function quote(s) {
  return s.length > MAX_QUOTED_CHARS ? `${JSON.stringify(s.slice(0, MAX_QUOTED_CHARS))}... (${s.length} characters)` : JSON.stringify(s);
}
function printable(pointer) {
  const escaped = JSON.stringify(pointer).slice(1, -1);
  return escaped.length > 2 * MAX_QUOTED_CHARS ? `${escaped.slice(0, 2 * MAX_QUOTED_CHARS)}...` : escaped;
}

export {
  readRunReport
};
