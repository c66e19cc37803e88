/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  CONFIG_INPUTS,
  overridesFromInputs
} from "./cli-chunk-CTWRCNPE.js";
import {
  TOOL_VERSION
} from "./cli-chunk-AS4CLWWJ.js";
import {
  readRunReport
} from "./cli-chunk-DMDUMF6Y.js";
import {
  formatShard,
  parseShard
} from "./cli-chunk-N5QQCBTL.js";
import {
  writeReportJson
} from "./cli-chunk-B6L4TES6.js";
import {
  buildPlanConfined,
  readConfigFile
} from "./cli-chunk-4OSMZ5EI.js";
import {
  checkLatePaths
} from "./cli-chunk-SVY73ZUJ.js";
import {
  checkConfiguredPlatform
} from "./cli-chunk-ZECIIAAG.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/cli/commands/run.ts
import { existsSync } from "node:fs";
import * as path from "node:path";
var DEFAULT_CONFIG_FILES = [".ww-smooth.yml", ".ww-smooth.yaml", ".ww-smooth.json"];
var attrOf = (flag) => flag.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
function addPlanOptions(cmd, opts = {}) {
  cmd.option("--config <file>", "YAML/JSON config file (schema: src/config/schema.json); default .ww-smooth.yml in the working folder when present");
  for (const spec of CONFIG_INPUTS) {
    if (opts.skip?.includes(spec.input)) continue;
    if (opts.only && !opts.only.includes(spec.path[0])) continue;
    cmd.option(`--${spec.input} <value>`, `same as the action input ${spec.input} (config ${spec.path.join(".")})`);
  }
  if (!opts.only || opts.only.includes("smooth")) {
    cmd.option("--method <rule>", "rank rule: detX, percent:<p>, rank-fraction:<rho>, mp, tail, rank:<k> (action input method)").option("--smooth", "apply SVD smoothing (default; action input smooth)").option("--no-smooth", "analyse and evaluate without smoothing").option("--factorize", "write smoothed layers as two low-rank MatMuls when smaller").option("--no-factorize", "write smoothed layers dense");
  }
  return cmd;
}
async function planFromFlags(flags, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  const value = (name) => {
    if (name === "model" && opts.model !== void 0) return opts.model;
    if (name === "output-dir" && typeof flags["outDir"] === "string") return flags["outDir"];
    const v = flags[attrOf(name)];
    return typeof v === "string" ? v : "";
  };
  let configPath = null;
  if (typeof flags["config"] === "string") configPath = path.resolve(cwd, flags["config"]);
  else configPath = DEFAULT_CONFIG_FILES.map((f) => path.join(cwd, f)).find((f) => existsSync(f)) ?? null;
  const file = configPath ? await readConfigFile(configPath) : {};
  const overrides = overridesFromInputs(value);
  const smooth = { ...overrides.smooth ?? {} };
  if (typeof flags["smooth"] === "boolean") smooth["enabled"] = flags["smooth"];
  if (typeof flags["factorize"] === "boolean") smooth["factorize"] = flags["factorize"];
  if (Object.keys(smooth).length) overrides.smooth = smooth;
  return buildPlanConfined({ file, filePath: configPath, overrides, overridesSource: "command line", defaultCommentKey: opts.defaultCommentKey ?? "ww-smooth", cwd });
}
function formatVerdict(v) {
  const lines = [`ww-smooth gate ${v.headline}`];
  const width = Math.max(0, ...v.rules.map((r) => r.id.length));
  for (const r of v.rules) {
    const status = r.status.padEnd(7);
    lines.push(`  ${status} ${r.id.padEnd(width)}  ${r.valueText}${r.limitText ? `  (${r.limitText})` : ""}${r.reason ? `  ${r.reason}` : ""}`);
  }
  return lines.join("\n") + "\n";
}
async function runCommand(flags, opts) {
  const layerWorkers = opts.context?.layerWorkers;
  const out = opts.deps?.stdout ?? ((t) => void process.stdout.write(t));
  const err = opts.deps?.stderr ?? ((t) => void process.stderr.write(t));
  const quiet = flags["quiet"] === true;
  const log = (m) => {
    if (!quiet) err(`${m}
`);
  };
  const plan = await planFromFlags(flags, opts.model !== void 0 ? { model: opts.model } : {});
  const shard = typeof flags["shard"] === "string" ? parseShard(flags["shard"], "--shard") : null;
  if (shard && opts.merge) throw new WwError("INPUT_INVALID", "--shard is for shard jobs; merge combines their partial reports", { key: "shard" });
  if (shard) {
    const runShard = opts.deps?.shardRunner ?? (await import("./cli-pipeline-2YVPBEE5.js")).runShard;
    const { partial, manifestPath } = await runShard({ plan, version: TOOL_VERSION, shard, log, ...layerWorkers ? { layerWorkers } : {} });
    out(`shard ${formatShard(shard)}: analysed ${partial.layers.length} of ${partial.modelLayers} layers, smoothed ${partial.smooth?.layers.length ?? 0}; partial report ${manifestPath}
`);
    return 0;
  }
  const engine = await import("./cli-pipeline-2YVPBEE5.js");
  const pipeline = opts.deps?.pipeline ?? engine.runPipeline;
  const baselineFile = typeof flags["baselineReport"] === "string" ? path.resolve(flags["baselineReport"]) : null;
  const baseReport = baselineFile ? await readRunReport(baselineFile) : null;
  await checkLatePaths([[typeof flags["json"] === "string" ? flags["json"] : void 0, "--json file"]]);
  const request = {
    plan,
    version: TOOL_VERSION,
    log,
    ...layerWorkers ? { layerWorkers } : {},
    checkRuntime: checkConfiguredPlatform,
    ...opts.merge ? { merge: { sources: opts.merge, cwd: process.cwd() } } : {},
    ...baselineFile && baseReport ? {
      baseline: async () => ({
        report: baseReport,
        source: "file",
        ref: baselineFile,
        note: `report file ${path.basename(baselineFile)} (model ${baseReport.model.sha256.slice(0, 12)})`
      })
    } : {}
  };
  const report = await engine.withOutputDir(plan, true, async () => {
    const judged = await pipeline(request);
    await writeOutputs(judged, plan, flags);
    return judged;
  });
  out(formatVerdict(report.verdict));
  return report.verdict.passed ? 0 : 1;
}
async function writeOutputs(report, plan, flags) {
  await writeReportJson(path.join(plan.report.outputDir, "report.json"), report);
  if (typeof flags["json"] === "string") await writeReportJson(path.resolve(flags["json"]), report);
}
var common = (cmd) => cmd.option("--out-dir <dir>", "same as --output-dir: folder for report.json and the smoothed model (default ww-smooth-report)").option("--json <file>", "also write report.json here").option("--baseline-report <file>", "compare against this report.json (e.g. the default branch artifact)").option("--quiet", "no progress on stderr");
function register(program, context = {}) {
  const run = program.command("run").description("the action on the command line: analyze, smooth, perplexity, gate; same flags as the action inputs, same verdict and exit status").argument("<model>", ".onnx or .safetensors model (path, glob matching one file, or https URL with --model-sha256)");
  addPlanOptions(common(run), { skip: ["model"] }).option("--shard <i/n>", "shard job: analyse and smooth only the i-th of n cost-balanced shares of the layers and write a partial report (see merge)").action(async (model, flags) => {
    process.exitCode = await runCommand(flags, { model, context });
  });
  const merge = program.command("merge").description("combine the partial reports of `run --shard i/n` jobs: assemble the smoothed model, measure perplexity, gate once").argument("<partials...>", "folders (searched recursively), ww-smooth-partial-*.json files or globs");
  addPlanOptions(common(merge)).action(async (partials, flags) => {
    if (typeof flags["model"] !== "string") throw new WwError("INPUT_INVALID", "merge needs --model: the model the shards were run on (for the smoothed copy and perplexity)", { key: "model" });
    process.exitCode = await runCommand(flags, { merge: partials });
  });
}

export {
  DEFAULT_CONFIG_FILES,
  attrOf,
  addPlanOptions,
  planFromFlags,
  formatVerdict,
  runCommand,
  register
};
