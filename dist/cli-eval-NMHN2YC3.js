/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  compareProbe
} from "./cli-chunk-4BZYJWPU.js";
import {
  describeProbe,
  describeProbeComparison
} from "./cli-chunk-CTN7G35G.js";
import "./cli-chunk-JQJNIDZH.js";
import "./cli-chunk-WB4XQW7T.js";
import {
  fmtDeltaWithInterval,
  fmtNum,
  fmtPerplexity
} from "./cli-chunk-MUQE3HN5.js";
import {
  evaluateComparison,
  evaluatePerplexity,
  evaluateProbeItems,
  prepareProbe
} from "./cli-chunk-T5TIHXIB.js";
import "./cli-chunk-BLFIWMYW.js";
import "./cli-chunk-2GYAVEAP.js";
import {
  DEFAULT_CONTEXT,
  DEFAULT_MAX_TOKENS
} from "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-UVQN2SPB.js";
import {
  progressReporter
} from "./cli-chunk-3G4ZCLSN.js";
import {
  checkLatePaths,
  integer
} from "./cli-chunk-SVY73ZUJ.js";
import {
  Option
} from "./cli-chunk-CMOYHSJF.js";
import "./cli-chunk-N7WT4SIP.js";
import "./cli-chunk-GB5BUAGV.js";
import "./cli-chunk-PRYELFJA.js";
import "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import "./cli-chunk-NVWLD7SI.js";
import "./cli-chunk-JVBZG5TV.js";
import "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-YNVCIOJB.js";
import {
  writeFileAtomic
} from "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-HZ6U64MK.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-VYQTZBYA.js";
import "./cli-chunk-IBKWP2IV.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/cli/commands/eval.ts
import { resolve } from "node:path";
function probeJson(r, perItem) {
  if (perItem) return r;
  const { perItem: _dropped, ...rest } = r;
  return rest;
}
async function runProbe(model, opts, options) {
  const probe = await prepareProbe(
    { probeFile: opts.probe, ...opts.tokenizer !== void 0 ? { tokenizerDir: opts.tokenizer } : {}, ...opts.probeMaxItems !== void 0 ? { maxItems: opts.probeMaxItems } : {} },
    model
  );
  const a = await evaluateProbeItems(model, probe, options);
  if (opts.compare === void 0) {
    process.stdout.write(describeProbe("probe", a) + "\n");
    return { probe: probeJson(a, opts.perItem ?? false) };
  }
  const b = await evaluateProbeItems(opts.compare, probe, { ...options, context: a.context });
  const delta = compareProbe(a, b);
  process.stdout.write(`${describeProbe("probe a", a)}
${describeProbe("probe b", b)}
${describeProbeComparison("probe delta (b - a)", delta)}
`);
  return { probe: { a: probeJson(a, opts.perItem ?? false), b: probeJson(b, opts.perItem ?? false), delta } };
}
function evalProgress(label, stream) {
  const report = progressReporter({ label, stream, quietSeconds: 0 });
  return (p) => report({ done: p.windowsDone, total: p.windowsTotal, detail: `windows, ${p.tokensScored}/${p.tokensTotal} tokens`, workDone: p.tokensScored, workTotal: p.tokensTotal });
}
function describe(label, r) {
  return [
    `${label}: ${r.model}`,
    `  perplexity ${fmtPerplexity(r.perplexity)} (mean NLL ${fmtNum(r.meanNll, 6)}; ${r.tokensScored} of ${r.tokensTotal} tokens scored in ${r.windows} windows, context ${r.context}, stride ${r.stride}, vocab ${r.vocabSize})`,
    `  ${r.device}: ${r.deviceNote}; ${r.seconds.toFixed(2)} s, ${Math.round(r.tokensPerSecond)} tokens/s`
  ].join("\n");
}
function describeComparison(c) {
  return `${describe("a", c.a)}
${describe("b", c.b)}
delta (b - a): ${fmtDeltaWithInterval(c.delta)}`;
}
async function runEval(model, opts) {
  if (opts.text !== void 0 && opts.ids !== void 0) {
    throw new WwError("INPUT_INVALID", "give the evaluation input with exactly one of --text FILE or --ids FILE", {});
  }
  if (opts.text === void 0 && opts.ids === void 0 && opts.probe === void 0) {
    throw new WwError("INPUT_INVALID", "give the evaluation input with exactly one of --text FILE or --ids FILE, and/or probe items with --probe FILE", {});
  }
  await checkLatePaths([[opts.json, "--json file"]], [[opts.compare, "--compare model"]]);
  const options = { device: opts.device, graphOptimizationLevel: opts.graphOptimization };
  if (opts.context !== void 0) options.context = opts.context;
  if (opts.stride !== void 0) options.stride = opts.stride;
  if (opts.maxTokens !== void 0) options.maxTokens = opts.maxTokens;
  if (opts.batchSize !== void 0) options.batchSize = opts.batchSize;
  if (opts.threads !== void 0) options.threads = opts.threads;
  const input = {
    ...opts.text !== void 0 ? { textFile: opts.text } : {},
    ...opts.ids !== void 0 ? { idsFile: opts.ids } : {},
    ...opts.tokenizer !== void 0 ? { tokenizerDir: opts.tokenizer } : {}
  };
  let report = { model: resolve(model) };
  if (opts.text === void 0 && opts.ids === void 0) {
  } else if (opts.compare !== void 0) {
    const bars = { a: evalProgress("a", process.stderr), b: evalProgress("b", process.stderr) };
    const comparison = await evaluateComparison({
      ...input,
      modelA: model,
      modelB: opts.compare,
      options,
      ...opts.progress ? { onProgress: (which, p) => bars[which](p) } : {}
    });
    process.stdout.write(describeComparison(comparison) + "\n");
    report = comparison;
  } else {
    const result = await evaluatePerplexity({
      ...input,
      modelPath: model,
      options,
      ...opts.progress ? { onProgress: evalProgress("eval", process.stderr) } : {}
    });
    process.stdout.write(describe("model", result) + "\n");
    report = result;
  }
  const probe = opts.probe !== void 0 ? await runProbe(model, opts, options) : {};
  if (opts.json !== void 0) {
    const path = resolve(opts.json);
    try {
      await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify({ ...report, ...probe }, null, 2) + "\n"));
    } catch (err) {
      throw new WwError("IO", `could not write ${path}: ${err.message}`, { file: path }, { cause: err });
    }
  }
}
function register(program) {
  program.command("eval").description("perplexity (and/or task-probe accuracy) of a model, and of a second one with --compare on the same tokens and items, with onnxruntime").argument("<model>", "ONNX model file").option("--compare <model2>", "second model to evaluate on the same tokens; reports the delta (model2 - model)").option("--text <file>", "evaluation text (UTF-8); lines are trimmed, empty lines dropped, each encoded with the tokenizer").option("--ids <file>", "pre-tokenised ids: a JSON array or a .npy (int32/int64)").option("--tokenizer <dir>", "folder with tokenizer.json (+ tokenizer_config.json); default: the model's folder").option("--context <n>", `tokens per window (default: min(model limit, ${DEFAULT_CONTEXT}), as run and the action)`, integer(2)).option("--stride <n>", "tokens between window starts (default: context)", integer(1)).option("--max-tokens <n>", `stop after scoring this many tokens (default ${DEFAULT_MAX_TOKENS}, as run and the action; 0 = all)`, integer(0)).option("--batch-size <n>", "windows per model call (default: automatic)", integer(1)).addOption(new Option("--device <device>", "execution provider").choices(["auto", "cpu", "cuda"]).default("auto")).option("--threads <n>", "onnxruntime intra-op threads (0 = onnxruntime default)", integer(0)).addOption(new Option("--graph-optimization <level>", "onnxruntime graph optimisation level").choices(["disabled", "basic", "extended", "all"]).default("all")).option("--probe <items.jsonl>", 'task probes: multiple-choice / exact-match items, one JSON object per line (README "Task probes"); reports acc, acc_norm, exact match').option("--probe-max-items <n>", "score at most this many probe items (default 1000)", integer(1)).option("--per-item", "with --probe and --json: keep every item's outcome and scores in the JSON").option("--json <file>", "also write the result as JSON to this file").option("--no-progress", "no progress output on stderr").action(async (model, opts) => runEval(model, opts));
}
export {
  register
};
