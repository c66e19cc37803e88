/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  overridesFromInputs
} from "./cli-chunk-CTWRCNPE.js";
import {
  TOOL_VERSION
} from "./cli-chunk-AS4CLWWJ.js";
import {
  GITHUB_COMMENT_LIMIT,
  GITHUB_SUMMARY_LIMIT,
  renderReport
} from "./cli-chunk-BBP6WUBR.js";
import "./cli-chunk-PIBZXZII.js";
import "./cli-chunk-CTN7G35G.js";
import {
  writeReportJson
} from "./cli-chunk-B6L4TES6.js";
import "./cli-chunk-JQJNIDZH.js";
import "./cli-chunk-WB4XQW7T.js";
import {
  buildPlan
} from "./cli-chunk-4OSMZ5EI.js";
import "./cli-chunk-3FOFDXHR.js";
import "./cli-chunk-JFUYTXGE.js";
import "./cli-chunk-QKCPXYD5.js";
import "./cli-chunk-MUQE3HN5.js";
import "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-WRW5N32G.js";
import "./cli-chunk-N7WT4SIP.js";
import "./cli-chunk-FADXTKAR.js";
import {
  writeFileAtomic
} from "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-IBKWP2IV.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/cli/commands/demo.ts
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var DEMO_INPUTS = {
  context: "64",
  comment: "off",
  "comment-key": "demo"
};
function findDemoDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "examples", "demo");
    if (existsSync(join(candidate, "model.onnx"))) return candidate;
    dir = dirname(dir);
  }
  throw new WwError("MODEL_NOT_FOUND", `examples/demo/model.onnx not found above ${dirname(fileURLToPath(import.meta.url))}: run the demo from a checkout of the repository`);
}
function fmt(x, digits = 4) {
  return x === null || x === void 0 || !Number.isFinite(x) ? "n/a" : x.toFixed(digits);
}
function consoleReport(report) {
  const lines = [];
  const smoothed = new Map((report.smoothing?.layers ?? []).map((l) => [l.name, l]));
  lines.push(`model ${report.model.path} (${report.model.format}, ${report.model.bytes} bytes, sha256 ${report.model.sha256.slice(0, 12)})`);
  lines.push("");
  lines.push("layer                 shape      alpha   warning         smoothed");
  for (const l of report.spectral.original.layers) {
    const s = smoothed.get(l.name);
    lines.push(
      `${l.name.padEnd(21)} ${`${l.shape[0]}x${l.shape[1]}`.padEnd(10)} ${fmt(l.alpha, 3).padStart(6)}  ${String(l.warning ?? "").padEnd(15)} ${s ? `rank ${s.k}/${s.fullRank} (${s.rule})` : "-"}`
    );
  }
  const p = report.perplexity;
  lines.push("");
  lines.push(`mean alpha: original ${fmt(report.spectral.original.meanAlpha, 3)}, smoothed ${fmt(report.spectral.smoothed?.meanAlpha, 3)}`);
  if (p.original) {
    lines.push(`perplexity: original ${fmt(p.original.perplexity)} (${p.original.tokensScored} tokens, ${p.original.device})`);
    if (p.smoothed && p.smoothedVsOriginal) {
      lines.push(`            smoothed ${fmt(p.smoothed.perplexity)} (${(p.smoothedVsOriginal.relative * 100).toFixed(3)}% vs original)`);
    }
  } else {
    lines.push(`perplexity: not measured (${p.note})`);
  }
  lines.push("");
  lines.push("rules:");
  for (const r of report.verdict.rules) {
    lines.push(`  ${r.status.padEnd(7)} ${r.title}: ${r.valueText || "-"} (${r.limitText || "no limit"})${r.reason ? ` ${r.reason}` : ""}`);
  }
  lines.push("");
  lines.push(`verdict: ${report.verdict.status.toUpperCase()} - ${report.verdict.headline}`);
  return lines.join("\n");
}
async function runDemo(outDir, inputs, log = () => {
}) {
  const demo = findDemoDir();
  const out = resolve(outDir);
  const all = {
    ...DEMO_INPUTS,
    model: join(demo, "model.onnx"),
    "eval-text": join(demo, "eval.txt"),
    tokenizer: demo,
    "output-dir": out,
    ...inputs
  };
  const plan = buildPlan({
    file: {},
    filePath: null,
    overrides: overridesFromInputs((name) => all[name] ?? ""),
    overridesSource: "ww-smooth demo",
    defaultCommentKey: "demo",
    cwd: process.cwd()
  });
  await mkdir(out, { recursive: true });
  const { runPipeline } = await import("./cli-pipeline-2YVPBEE5.js");
  const report = await runPipeline({ plan, version: TOOL_VERSION, log });
  const commentPath = join(out, "comment.md");
  await writeFileAtomic(commentPath, renderReport(report, { commentKey: plan.report.commentKey, maxLayers: plan.report.maxCommentLayers, limit: GITHUB_COMMENT_LIMIT, workspace: process.cwd() }));
  await writeFileAtomic(join(out, "summary.md"), renderReport(report, { maxLayers: Number.MAX_SAFE_INTEGER, limit: GITHUB_SUMMARY_LIMIT - 1024, workspace: process.cwd() }));
  await writeReportJson(join(out, "report.json"), report);
  return { report, outDir: out, commentPath };
}
var GATE_FLAGS = ["method", "layers", "max-perplexity-increase", "warn-perplexity-increase", "device", "context", "max-eval-tokens"];
function register(program) {
  const cmd = program.command("demo").description("run analyze, smooth, eval and gate on the embedded example (examples/demo) and write the PR comment Markdown").option("--out <dir>", "folder for comment.md, summary.md, report.json and the smoothed model", "out/demo").option("--quiet", "print only the verdict line");
  for (const flag of GATE_FLAGS) cmd.option(`--${flag} <value>`, `as the action input ${flag}`);
  cmd.action(async (opts) => {
    const inputs = {};
    for (const flag of GATE_FLAGS) {
      const key = flag.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      const v = opts[key];
      if (typeof v === "string") inputs[flag] = v;
    }
    const quiet = opts["quiet"] === true;
    const t0 = performance.now();
    const { report, outDir, commentPath } = await runDemo(String(opts["out"]), inputs, quiet ? () => {
    } : (m) => process.stderr.write(`${m}
`));
    const text = consoleReport(report);
    process.stdout.write(quiet ? `${text.split("\n").pop()}
` : `
${text}
`);
    if (!quiet) {
      const rel = relative(process.cwd(), outDir) || ".";
      process.stdout.write(`
PR comment Markdown: ${relative(process.cwd(), commentPath)}; job summary, report.json and the smoothed model in ${rel}/ (${((performance.now() - t0) / 1e3).toFixed(1)} s)
`);
    }
    if (report.verdict.status === "fail") process.exitCode = 1;
  });
}
export {
  DEMO_INPUTS,
  consoleReport,
  findDemoDir,
  register,
  runDemo
};
