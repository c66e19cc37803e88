/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  smoothModel
} from "./cli-chunk-GWRX2UKB.js";
import {
  DEFAULT_SEARCH_MAX_EVALS,
  asList,
  searchProgressLog
} from "./cli-chunk-EOVJGASD.js";
import "./cli-chunk-LZBXFVOA.js";
import {
  describeRule
} from "./cli-chunk-PGRIZON2.js";
import {
  parseThreshold
} from "./cli-chunk-4OSMZ5EI.js";
import "./cli-chunk-3FOFDXHR.js";
import {
  SMOOTH_METHODS,
  parseMethodSpec
} from "./cli-chunk-JFUYTXGE.js";
import "./cli-chunk-QKCPXYD5.js";
import "./cli-chunk-MUQE3HN5.js";
import {
  prepareTokens
} from "./cli-chunk-T5TIHXIB.js";
import "./cli-chunk-BLFIWMYW.js";
import "./cli-chunk-2GYAVEAP.js";
import {
  DEFAULT_CONTEXT,
  DEFAULT_MAX_TOKENS
} from "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-UVQN2SPB.js";
import "./cli-chunk-BWPMDRN6.js";
import "./cli-chunk-TL5GPFJR.js";
import "./cli-chunk-WRW5N32G.js";
import {
  progressReporter
} from "./cli-chunk-3G4ZCLSN.js";
import {
  checkLatePaths
} from "./cli-chunk-SVY73ZUJ.js";
import {
  InvalidArgumentError
} from "./cli-chunk-CMOYHSJF.js";
import {
  parseDecimal
} from "./cli-chunk-N7WT4SIP.js";
import "./cli-chunk-GB5BUAGV.js";
import "./cli-chunk-PRYELFJA.js";
import "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import "./cli-chunk-NVWLD7SI.js";
import "./cli-chunk-JVBZG5TV.js";
import {
  layerLabel
} from "./cli-chunk-FADXTKAR.js";
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

// src/cli/commands/smooth.ts
import { dirname, resolve } from "node:path";
var collect = (v, prev) => [...prev ?? [], v];
function parseMethodFlag(text) {
  const spec = parseMethodSpec(text);
  if (spec && spec.name === "auto" && spec.value === null) return { name: "auto", value: null };
  if (!spec || !SMOOTH_METHODS.includes(spec.name)) {
    throw new InvalidArgumentError(`expected auto or one of ${SMOOTH_METHODS.join(", ")}, optionally with a value (rank-fraction:0.1, rank:32)`);
  }
  return { name: spec.name, value: spec.value };
}
async function searchFromFlags(modelPath, f, progress) {
  const auto = f.method?.name === "auto" || f.method === void 0 && f.evalText !== void 0 && f.k === void 0 && f.rho === void 0 && f.percent === void 0;
  if (!auto) return void 0;
  if (!f.evalText) throw new WwError("INPUT_INVALID", "--method auto searches ranks by measured perplexity: give --eval-text <file>", { key: "eval-text" });
  const tokenizerDir = f.tokenizer ? /\.json$/i.test(f.tokenizer) ? dirname(resolve(f.tokenizer)) : resolve(f.tokenizer) : void 0;
  const { tokens } = await prepareTokens({ textFile: resolve(f.evalText), ...tokenizerDir ? { tokenizerDir } : {} }, resolve(modelPath));
  const context = num("context", f.context) ?? DEFAULT_CONTEXT;
  const maxEvals = num("max-evals", f.maxEvals) ?? DEFAULT_SEARCH_MAX_EVALS;
  if (!Number.isInteger(maxEvals) || maxEvals < 1) throw new WwError("INPUT_INVALID", `--max-evals expects an integer >= 1, got '${f.maxEvals}'`, { key: "max-evals" });
  return {
    tokens,
    context,
    stride: context,
    maxTokens: num("max-eval-tokens", f.maxEvalTokens) ?? DEFAULT_MAX_TOKENS,
    device: "auto",
    batchSize: 0,
    budget: (f.budget === void 0 ? null : parseThreshold(f.budget, "--budget")) ?? { kind: "relative", value: 0.02 },
    maxEvals,
    maxSeconds: Infinity,
    ...progress ? { onProgress: searchProgressLog((line) => process.stderr.write(`${line}
`)) } : {}
  };
}
function num(flag, v) {
  if (v === void 0) return void 0;
  const x = parseDecimal(v);
  if (!Number.isFinite(x)) throw new WwError("INPUT_INVALID", `--${flag} expects a number, got '${v}'`, { key: flag, received: v });
  return x;
}
function flagsToPlan(f) {
  const k = num("k", f.k);
  const percent = num("percent", f.percent);
  const rho = num("rho", f.rho);
  const value = f.method?.value ?? void 0;
  const implied = k !== void 0 ? "rank" : rho !== void 0 ? "rank-fraction" : percent !== void 0 ? "percent" : void 0;
  return {
    // auto is not a rank rule: the search sets each layer's rank (detX stands in for the plan).
    method: f.method?.name === "auto" ? "detX" : f.method?.name ?? implied ?? "detX",
    ...value !== void 0 ? { value } : {},
    k,
    percent,
    rho,
    layers: f.layers?.flatMap((v) => asList(v)),
    blocks: f.blocks,
    roles: f.roles ? f.roles.split(",").map((s) => s.trim()) : void 0,
    exclude: f.exclude?.flatMap((v) => asList(v)),
    factorize: f.factorize ?? false
  };
}
function register(program) {
  program.command("smooth").description("replace selected dense weights by a truncated-SVD approximation (WeightWatcher SVDSmoothing / LASER) and write a new model").argument("<model>", ".onnx or .safetensors model").option("--method <rule>", `rank rule, optionally with its value (${SMOOTH_METHODS.join(", ")}; e.g. rank-fraction:0.1, rank:32); default detX, or the one --k/--rho/--percent implies`, parseMethodFlag).option("--layers <selector>", "layers to smooth: glob, /regex/, blocks:3-5, last:2, role:mlp (repeat or comma-separate)", collect).option("--blocks <spec>", 'block indices: "3", "3-5", "0,2,4-6", "last:2"').option("--roles <list>", "roles: attention,mlp,head,embedding,other (default attention,mlp,other)").option("--exclude <selector>", "layers to leave out (same grammar as --layers)", collect).option("--k <n>", "components to keep (method rank)").option("--percent <p>", "fraction of min(m,n) to keep, -1..1; negative removes the top components (method percent)").option("--rho <r>", "LASER rho: fraction of min(m,n) to keep, (0, 1] (method rank-fraction)").option("--eval-text <file>", "evaluation text: with it the method defaults to auto (the strongest reduction within --budget)").option("--tokenizer <path>", "tokenizer.json or its folder (default: the model's folder)").option("--budget <limit>", "method auto: allowed perplexity increase, '2%' or perplexity points '0.1pt' (default 2%)").option("--max-evals <n>", "method auto: most screening evaluations (default 300)").option("--context <n>", "method auto: tokens per evaluation window (default 256)").option("--max-eval-tokens <n>", "method auto: tokens scored on the whole text (default 16384; 0 = all)").option("--out <file>", "output model (never the input)").option("--factorize", "write the low-rank form (two MatMuls) where it has fewer parameters").option("--dry-run [mode]", "print the plan only ('plan'; 'full' also computes the eigenvalues, k and energy kept)").option("--json <file>", "write the report as JSON").option("--quiet", "no progress on stderr").action(async (modelPath, f) => {
    const dryRun = f.dryRun === void 0 || f.dryRun === false ? false : f.dryRun === true ? "plan" : f.dryRun;
    if (dryRun !== false && dryRun !== "plan" && dryRun !== "full") {
      throw new WwError("INPUT_INVALID", `--dry-run takes 'plan' or 'full', got '${dryRun}'`, { key: "dry-run", received: dryRun });
    }
    if (!dryRun && !f.out) throw new WwError("INPUT_INVALID", "smooth needs --out <file> (or --dry-run)", { key: "out" });
    await checkLatePaths([[f.json, "--json file"]]);
    const progress = f.quiet ? null : progressReporter({ label: "smooth", stream: process.stderr });
    const search = await searchFromFlags(modelPath, f, !f.quiet);
    const report = await smoothModel({
      ...search ? { search } : {},
      modelPath,
      outPath: f.out ?? null,
      plan: flagsToPlan(f),
      dryRun,
      onPlan: (plan) => {
        if (dryRun === "plan") return;
        if (!f.quiet) process.stderr.write(`${dryRun === "full" ? "computing the spectra of" : "smoothing"} ${plan.layers.length} layer(s)
`);
      },
      onProgress: progress ? (p) => {
        if (p.stage === "done") progress({ done: p.index + 1, total: p.total, detail: p.layer });
      } : void 0
    });
    process.stdout.write(formatReport(report) + "\n");
    if (report.search) process.stdout.write(formatSearch(report.search) + "\n");
    if (f.json) await writeJsonAtomic(resolve(f.json), report);
  });
}
async function writeJsonAtomic(path, value) {
  await writeFileAtomic(path, JSON.stringify(value, null, 2) + "\n");
}
var fmt = (x, digits = 4) => x === null || !Number.isFinite(x) ? "-" : x.toFixed(digits);
function formatReport(r) {
  const header = ["layer", "shape", "rule", "k", "action", "energy kept", "rel. error", "alpha before", "alpha after", "params before", "params after"];
  const rows = r.layers.map((l) => [
    layerLabel(l),
    `${l.storedShape[0]}x${l.storedShape[1]} ${l.quantization ? `q${l.quantization.bits}` : l.dtype}`,
    describeRule(l.rule),
    l.k === null ? r.dryRun === "plan" ? "from spectrum" : "-" : String(l.k),
    l.action,
    fmt(l.energyKept, 6),
    fmt(l.relativeError, 6),
    fmt(l.before?.alpha ?? null, 3),
    fmt(l.after?.alpha ?? null, 3),
    String(l.paramsBefore),
    String(l.paramsAfter)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  const t = r.totals;
  out.push("");
  out.push(
    `${r.dryRun ? `dry run (${r.dryRun}), nothing written` : `written: ${r.outPath}`}; engine ${r.engine}; ${t.layersSelected} selected, ${t.layersChanged} changed${r.factorize ? `, ${t.layersFactorized} factorised` : ""}; dense params ${t.denseParamsBefore} -> ${t.denseParamsAfter}; energy kept ${fmt(t.energyKept, 6)}; mean alpha ${fmt(t.meanAlphaBefore, 3)} -> ${fmt(t.meanAlphaAfter, 3)}; ${r.seconds.toFixed(1)} s`
  );
  for (const n of r.notes) out.push(`note: ${n}`);
  for (const l of r.layers) for (const n of l.notes) if (r.dryRun !== "plan" || l.k !== null) out.push(`note: ${l.name}: ${n}`);
  return out.join("\n");
}
function formatSearch(s) {
  const pct = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(2)}%`;
  const budget = s.budget.kind === "relative" ? `+${+(s.budget.value * 100).toPrecision(6)}%` : `+${s.budget.value}`;
  return [
    `search (method auto, budget ${budget}): perplexity ${s.original.full.toFixed(4)} -> ${s.final.toFixed(4)} (${pct(s.finalRelative)}) on the whole text`,
    `  ${s.totals.layersReduced} of ${s.layers.length} layers reduced, rank removed ${s.totals.rankRemoved}, factorised parameters ${s.totals.paramsKept} of ${s.totals.paramsBefore}; file ${s.fileBytes.before} -> ${s.fileBytes.after ?? "-"} bytes`,
    `  ${s.evals.screen} screening + ${s.evals.full} full evaluations = ${s.evals.fullEquivalents.toFixed(1)} full-evaluation equivalents, ${s.seconds.toFixed(1)} s${s.stopped ? `; stopped early (${s.stopped})` : ""}`,
    ...s.notes.map((n) => `  note: ${n}`)
  ].join("\n");
}
export {
  flagsToPlan,
  formatReport,
  formatSearch,
  register
};
