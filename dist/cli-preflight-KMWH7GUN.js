/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  readEvalText
} from "./cli-chunk-GB5BUAGV.js";
import {
  makeFolder
} from "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/engine/preflight.ts
import { statSync } from "node:fs";
import { unlink, writeFile } from "node:fs/promises";
import * as path from "node:path";
var isUrl = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
var isGlob = (s) => /[*?]/.test(s);
async function preflight(plan, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  const model = localModel(plan.model.source, "model", cwd);
  if (plan.baseModel) localModel(plan.baseModel.source, "base-model", cwd);
  if (plan.eval.text && !isUrl(plan.eval.text)) await checkEval(plan, model);
  if (plan.eval.probe) await (await import("./cli-probePreflight-UKTZZJPD.js")).checkProbe(plan, model);
  if (!opts.skipOutputDir) await checkWritable(plan.report.outputDir);
}
function localModel(source, key, cwd) {
  if (isUrl(source) || isGlob(source)) return null;
  const file = path.resolve(cwd, source);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new WwError("MODEL_NOT_FOUND", `${key} ${source} does not exist (resolved to ${file})`, { key, file });
  }
  if (!isFile) throw new WwError("MODEL_NOT_FOUND", `${key} ${source} is not a file (resolved to ${file}); give the .onnx or .safetensors file`, { key, file });
  return file;
}
async function checkEval(plan, model) {
  const { evalLines, loadTokenizer } = await import("./cli-tokenizer-4KHCFA5A.js");
  const textFile = plan.eval.text;
  const text = readEvalText(textFile);
  if (evalLines(text).length === 0) {
    throw new WwError("EVAL_TEXT_EMPTY", `eval text ${textFile} has no non-empty line to evaluate`, { file: textFile });
  }
  if (model !== null && !/\.onnx$/i.test(model)) return;
  const given = plan.eval.tokenizer;
  if (!given && model === null) return;
  const dir = given ? /\.json$/i.test(given) ? path.dirname(given) : given : path.dirname(model);
  const tokenizer = await loadTokenizer(dir);
  if (model === null) return;
  const logits = await logitsWidth(model);
  if (logits !== null && tokenizer.vocabSize > logits.width) {
    throw new WwError(
      "TOKENIZER_MISMATCH",
      `the tokenizer in ${dir} emits ids up to ${tokenizer.vocabSize - 1}, but the model's output ${logits.name} scores only ${logits.width} tokens: this is not the model's tokenizer (set the tokenizer input to the right folder)`,
      { tokenizer: dir, vocabSize: tokenizer.vocabSize, logits: logits.width }
    );
  }
}
async function logitsWidth(model) {
  let outputs;
  try {
    const { scanOnnx } = await import("./cli-onnx-KBJ2HSQR.js");
    outputs = (await scanOnnx(model)).outputs;
  } catch {
    return null;
  }
  const out = outputs.find((o) => /logits/i.test(o.name)) ?? (outputs.length === 1 ? outputs[0] : void 0);
  const last = out?.shape?.[out.shape.length - 1];
  return out && typeof last === "number" && last > 0 ? { name: out.name, width: last } : null;
}
async function checkWritable(dir) {
  const probe = path.join(dir, `.ww-smooth-write-test-${process.pid}`);
  await makeFolder(dir, "output-dir");
  try {
    await writeFile(probe, "");
    await unlink(probe);
  } catch (err) {
    throw new WwError("IO", `output-dir ${dir} is not writable: ${err.message}`, { file: dir }, { cause: err });
  }
}
function githubContextWarnings(f) {
  if (f.commentMode === "off" || f.prNumber === null) return [];
  const out = [];
  if (!f.hasToken) out.push(`comment: ${f.commentMode} on pull request #${f.prNumber}, but there is no github-token, so no comment will be posted (set github-token, or comment: off)`);
  return out;
}
export {
  githubContextWarnings,
  preflight
};
