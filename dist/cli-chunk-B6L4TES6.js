/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./cli-chunk-VV3OXSPZ.js";
import {
  makeFolder
} from "./cli-chunk-CMMSJIGO.js";

// src/report/json.ts
import { createHash } from "node:crypto";
import * as path from "node:path";

// src/report/nonFinite.ts
var FIELDS = ["perplexity", "meanNll", "absolute", "relative"];
function kindOf(v) {
  return Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
}
function valueOf(kind) {
  return kind === "nan" ? Number.NaN : kind === "inf" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}
function encode(x) {
  if (x === null) return x;
  const record = x;
  const marks = {};
  for (const f of FIELDS) {
    const v = record[f];
    if (typeof v === "number" && !Number.isFinite(v)) marks[f] = kindOf(v);
  }
  return Object.keys(marks).length === 0 ? x : { ...x, nonFinite: marks };
}
function revive(x) {
  if (x === null) return x;
  const { nonFinite, ...rest } = x;
  if (!nonFinite) return x;
  for (const [f, kind] of Object.entries(nonFinite)) if (kind) rest[f] = valueOf(kind);
  return rest;
}
function mapPerplexity(report, f) {
  const p = report.perplexity;
  if (!p) return report;
  return {
    ...report,
    perplexity: { ...p, original: f(p.original), smoothed: f(p.smoothed), base: f(p.base), smoothedVsOriginal: f(p.smoothedVsOriginal), headVsBase: f(p.headVsBase) }
  };
}
function markNonFinite(report) {
  return mapPerplexity(report, encode);
}
function restoreNonFinite(report) {
  return mapPerplexity(report, revive);
}

// src/report/run-schema.json
var run_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/ww-smooth/ww-smooth-action/src/report/run-schema.json",
  title: "ww-smooth run report",
  description: "report.json as written by `ww-smooth run`, `ww-smooth demo` and the action: the model's identity, the spectral snapshots, the smoothing summary, the perplexities, the baseline, the gate's verdict, timings and the full stage reports. Non-finite numbers are written as null (JSON has no NaN or Infinity). Names and notes are untrusted text (they come from the model file): escape them before rendering. Draft 2020-12, like analyze-schema.json, which it references for the embedded analyze report.",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "tool",
    "createdAt",
    "model",
    "configHash",
    "spectral",
    "smoothing",
    "perplexity",
    "baseline",
    "verdict",
    "timings",
    "stages"
  ],
  properties: {
    schemaVersion: {
      const: 1,
      description: "Version of this format; a reader refuses any other."
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: {
        name: { const: "ww-smooth" },
        version: { $ref: "#/$defs/shortText", description: "ww-smooth version that wrote the report." }
      }
    },
    createdAt: {
      type: "string",
      maxLength: 64,
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
      description: "When the run finished, ISO 8601 (UTC)."
    },
    model: { $ref: "#/$defs/modelIdentity" },
    configHash: {
      $ref: "#/$defs/sha256",
      description: "sha256 of the canonical JSON of the plan parts that change the numbers (smoothing, eval); part of the baseline cache key."
    },
    spectral: {
      type: "object",
      additionalProperties: false,
      required: ["original", "smoothed", "base"],
      description: "Spectral views (WeightWatcher power-law alpha per layer) of the model, its smoothed copy and the baseline.",
      properties: {
        original: { $ref: "#/$defs/spectralSnapshot" },
        smoothed: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/spectralSnapshot" }],
          description: "null when smoothing was disabled."
        },
        base: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/spectralSnapshot" }],
          description: "The baseline's original snapshot (base model, cache or file); null when there is no baseline."
        }
      }
    },
    smoothing: {
      anyOf: [{ type: "null" }, { $ref: "#/$defs/smoothingSummary" }],
      description: "What smoothing did; null when it was disabled."
    },
    perplexity: { $ref: "#/$defs/perplexitySection" },
    probe: { $ref: "#/$defs/probeSection", description: 'Task-probe accuracy of original, smoothed and base (README "Task probes"); absent when no probe file was given.' },
    baseline: { $ref: "#/$defs/baselineInfo" },
    baseComparison: { $ref: "#/$defs/baseComparison", description: "Head and base matched layer by layer (module path first, then tensor name); absent without a base snapshot. The quantization audit when the two differ in quantization." },
    verdict: { $ref: "#/$defs/verdict" },
    timings: {
      type: "object",
      description: "Seconds per pipeline stage (resolve, analyze, smooth, tokenize, perplexity-original, ...).",
      maxProperties: 1e3,
      propertyNames: { maxLength: 256 },
      additionalProperties: { type: "number", minimum: 0 }
    },
    stages: {
      type: "object",
      additionalProperties: false,
      description: "Full stage reports as the stages produced them, for tools that want every number; the gate and the renderers do not read them.",
      properties: {
        analyze: {
          anyOf: [{ type: "null" }, { $ref: "analyze-schema.json" }],
          description: "The analyze report of the original model, the same format as `ww-smooth analyze --json` (analyze-schema.json)."
        },
        smooth: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/smoothReport" }],
          description: "The smoothing stage's report; null when smoothing was disabled."
        }
      }
    }
  },
  $defs: {
    name: {
      type: "string",
      maxLength: 4096,
      description: "A tensor name, path or identifier; untrusted text."
    },
    text: {
      type: "string",
      maxLength: 16384,
      description: "A sentence for humans (note, reason); untrusted text."
    },
    shortText: {
      type: "string",
      maxLength: 256
    },
    sha256: {
      type: "string",
      pattern: "^[0-9a-f]{64}$"
    },
    count: {
      type: "integer",
      minimum: 0
    },
    nullableNumber: {
      type: ["number", "null"]
    },
    nonFinite: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      description: "Fields written as null because they were NaN or infinite (JSON has neither), and which: a reader restores them.",
      properties: {
        perplexity: { $ref: "#/$defs/nonFiniteKind" },
        meanNll: { $ref: "#/$defs/nonFiniteKind" },
        absolute: { $ref: "#/$defs/nonFiniteKind" },
        relative: { $ref: "#/$defs/nonFiniteKind" }
      }
    },
    nonFiniteKind: { enum: ["nan", "inf", "-inf"] },
    notes: {
      type: "array",
      maxItems: 1e5,
      items: { $ref: "#/$defs/text" }
    },
    shape: {
      type: "array",
      minItems: 2,
      maxItems: 2,
      items: { $ref: "#/$defs/count" },
      description: "The stored 2-D shape."
    },
    modelIdentity: {
      type: "object",
      additionalProperties: false,
      required: ["source", "path", "sha256", "bytes", "format"],
      properties: {
        source: { $ref: "#/$defs/name", description: "The model as the user gave it (path, glob or redacted URL); stable across branches." },
        path: { $ref: "#/$defs/name", description: "Local path that was read." },
        sha256: { $ref: "#/$defs/sha256" },
        bytes: { $ref: "#/$defs/count" },
        format: { enum: ["onnx", "safetensors"] }
      }
    },
    layerSnapshot: {
      type: "object",
      additionalProperties: false,
      required: ["index", "name", "shape", "alpha", "fit", "warning"],
      properties: {
        index: { $ref: "#/$defs/count" },
        name: { $ref: "#/$defs/name", description: "Tensor name from the model file: untrusted, escape before rendering." },
        shape: { $ref: "#/$defs/shape" },
        alpha: { $ref: "#/$defs/nullableNumber", description: "Power-law alpha; null when the fit failed or the layer was skipped." },
        fit: { enum: ["success", "failed", "skipped"] },
        warning: { enum: ["", "over-trained", "under-trained"], description: "WeightWatcher's label: alpha < 2 over-trained, alpha > 6 under-trained." },
        module: { $ref: "#/$defs/name", description: "Module path from the consuming node's name (model.layers.0.self_attn.q_proj); absent when no node name has one." },
        quantization: { $ref: "#/$defs/quantization" },
        logNorm: { $ref: "#/$defs/nullableNumber", description: "WeightWatcher's log_norm, log10 of the sum of eigenvalues (log10 ||W||_F^2); null when not measured." }
      }
    },
    baseComparison: {
      type: "object",
      additionalProperties: false,
      required: ["quantized", "quantizationDiffers", "layers", "unmatchedHead", "unmatchedBase"],
      properties: {
        quantized: { enum: ["head", "base", "both", "neither"], description: "Which side holds quantized layers among the matched ones." },
        quantizationDiffers: { type: "boolean", description: "true when some matched pair differs in quantization (op, bits, block size or symmetry)." },
        layers: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/layerComparison" } },
        unmatchedHead: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/unmatchedLayer" }, description: "Head layers with no base layer of the same module path, tensor name or dimensions." },
        unmatchedBase: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/unmatchedLayer" }, description: "Base layers no head layer matched." }
      }
    },
    pairedNumber: {
      type: "object",
      additionalProperties: false,
      required: ["head", "base", "change"],
      properties: { head: { $ref: "#/$defs/nullableNumber" }, base: { $ref: "#/$defs/nullableNumber" }, change: { $ref: "#/$defs/nullableNumber", description: "head − base; null when either is missing." } }
    },
    layerComparison: {
      type: "object",
      additionalProperties: false,
      required: ["head", "base", "module", "by", "alpha", "logNorm", "quantization"],
      properties: {
        head: { $ref: "#/$defs/name", description: "The head layer's tensor name." },
        base: { $ref: "#/$defs/name", description: "The base layer's tensor name." },
        module: { anyOf: [{ type: "null" }, { $ref: "#/$defs/name" }] },
        by: { enum: ["module", "name", "stem"], description: "What matched them: module path, tensor name, or tensor name without a quantizer's suffix (_Q4)." },
        alpha: { $ref: "#/$defs/pairedNumber" },
        logNorm: { $ref: "#/$defs/pairedNumber" },
        quantization: {
          type: "object",
          additionalProperties: false,
          required: ["head", "base"],
          properties: { head: { anyOf: [{ type: "null" }, { $ref: "#/$defs/quantization" }] }, base: { anyOf: [{ type: "null" }, { $ref: "#/$defs/quantization" }] } }
        }
      }
    },
    unmatchedLayer: {
      type: "object",
      additionalProperties: false,
      required: ["name", "module", "shape"],
      properties: { name: { $ref: "#/$defs/name" }, module: { anyOf: [{ type: "null" }, { $ref: "#/$defs/name" }] }, shape: { $ref: "#/$defs/shape" } }
    },
    quantization: { type: "object", additionalProperties: false, required: ["op", "bits", "blockSize", "symmetric"], description: "How the weight is stored quantized; metrics are those of the dequantized W.", properties: { op: { enum: ["MatMulNBits", "MatMulInteger", "QLinearMatMul", "DequantizeLinear"] }, bits: { enum: [4, 8] }, blockSize: { type: ["integer", "null"], minimum: 1, description: "Elements per scale along K; null for per-tensor or per-channel scales." }, symmetric: { type: "boolean", description: "true when every zero point is the type midpoint (or absent)." } } },
    spectralSnapshot: {
      type: "object",
      additionalProperties: false,
      required: ["layers", "meanAlpha", "overTrained", "underTrained", "failedFits"],
      properties: {
        layers: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/layerSnapshot" } },
        meanAlpha: { $ref: "#/$defs/nullableNumber", description: "Mean alpha over layers whose fit succeeded; null when none did." },
        overTrained: { $ref: "#/$defs/count" },
        underTrained: { $ref: "#/$defs/count" },
        failedFits: { $ref: "#/$defs/count" }
      }
    },
    smoothMethod: {
      enum: ["detX", "percent", "rank-fraction", "mp", "tail", "rank", "auto"]
    },
    smoothedLayer: {
      type: "object",
      additionalProperties: false,
      required: ["name", "rule", "k", "fullRank", "energyKept", "alphaBefore", "alphaAfter"],
      properties: {
        name: { $ref: "#/$defs/name" },
        rule: { $ref: "#/$defs/smoothMethod" },
        k: { type: "integer", description: "Components kept (negative: the top |k| removed)." },
        fullRank: { $ref: "#/$defs/count" },
        energyKept: { $ref: "#/$defs/nullableNumber", description: "Sum of kept sigma^2 / total, in [0, 1]." },
        alphaBefore: { $ref: "#/$defs/nullableNumber" },
        alphaAfter: { $ref: "#/$defs/nullableNumber" }
      }
    },
    smoothingSummary: {
      type: "object",
      additionalProperties: false,
      required: ["method", "layers", "outputPath"],
      properties: {
        method: { $ref: "#/$defs/smoothMethod" },
        layers: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/smoothedLayer" }, description: "Layers whose weights changed." },
        outputPath: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/name" }],
          description: "The smoothed model written in output-dir; null for a dry run."
        },
        search: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/searchReport" }],
          description: "method auto: the budget-guarded search that chose the ranks (docs/smoothing-search.md); null for an explicit rule."
        },
        methodNote: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/text" }],
          description: "Why this method ran when the user did not choose it (e.g. detX because there is no eval text for auto)."
        }
      }
    },
    budget: {
      type: "object",
      additionalProperties: false,
      required: ["kind", "value"],
      properties: {
        kind: { enum: ["relative", "absolute"] },
        value: { type: "number", minimum: 0, description: "Relative (0.02 = 2%) or perplexity points." }
      }
    },
    searchStep: {
      type: "object",
      additionalProperties: false,
      required: ["step", "phase", "scope", "layer", "k", "rules", "value", "relative", "decision", "paramsKept", "rankRemoved", "lowered"],
      properties: {
        step: { $ref: "#/$defs/count" },
        phase: { enum: ["baseline", "screen", "confirm", "revert"] },
        scope: { enum: ["screen", "full"], description: "screen: the screening subset of windows; full: the whole eval text." },
        layer: { anyOf: [{ type: "null" }, { $ref: "#/$defs/name" }], description: "The layer tried (screen) or reverted (revert); null for the baseline and confirmations." },
        k: { anyOf: [{ type: "null" }, { $ref: "#/$defs/count" }] },
        rules: { type: "array", maxItems: 64, items: { $ref: "#/$defs/shortText" }, description: "Rules that proposed this rank." },
        value: { $ref: "#/$defs/nullableNumber", description: "Perplexity measured at this step." },
        relative: { $ref: "#/$defs/nullableNumber", description: "Relative to the original on the same scope." },
        decision: { enum: ["baseline", "accepted", "rejected", "within-budget", "over-budget", "reverted"] },
        paramsKept: { $ref: "#/$defs/count", description: "Parameters a factorised form of the measured set needs (searched layers)." },
        rankRemoved: { $ref: "#/$defs/count" },
        lowered: { type: "boolean", description: "The candidate lowered perplexity below the kept set's (LASER's effect)." },
        probe: { type: "number", description: "Objective probe: summed log-likelihood of the right answers for this step's set (absent when perplexity already failed)." }
      }
    },
    searchReport: {
      type: "object",
      additionalProperties: false,
      required: ["objective", "budget", "screenMargin", "screen", "full", "original", "final", "finalRelative", "evals", "stopped", "seconds", "layers", "steps", "totals", "fileBytes", "notes"],
      properties: {
        objective: { $ref: "#/$defs/shortText", description: "perplexity, or probe (perplexity is then the constraint only)." },
        probe: {
          type: "object",
          additionalProperties: false,
          required: ["original", "final", "evals"],
          description: "Objective probe: summed log-likelihood of the right answers, original and chosen set, and the probe measurements run.",
          properties: { original: { type: "number" }, final: { type: "number" }, evals: { $ref: "#/$defs/count" } }
        },
        budget: { $ref: "#/$defs/budget" },
        screenMargin: { type: "number", minimum: 0, maximum: 1, description: "Share of the budget a screening measurement may use." },
        screen: { $ref: "#/$defs/windowCount" },
        full: { $ref: "#/$defs/windowCount" },
        original: {
          type: "object",
          additionalProperties: false,
          required: ["screen", "full"],
          properties: { screen: { $ref: "#/$defs/nullableNumber" }, full: { $ref: "#/$defs/nullableNumber" } }
        },
        final: { $ref: "#/$defs/nullableNumber", description: "Whole-text perplexity of the chosen set as the search measured it." },
        finalRelative: { $ref: "#/$defs/nullableNumber" },
        evals: {
          type: "object",
          additionalProperties: false,
          required: ["screen", "full", "fullEquivalents"],
          properties: {
            screen: { $ref: "#/$defs/count" },
            full: { $ref: "#/$defs/count" },
            fullEquivalents: { type: "number", minimum: 0, description: "Tokens scored by the search in units of one full evaluation." }
          }
        },
        stopped: { enum: [null, "max-evals", "time"] },
        seconds: { type: "number", minimum: 0 },
        layers: {
          type: "array",
          maxItems: 1e5,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "fullRank", "chosenK", "candidates"],
            properties: {
              name: { $ref: "#/$defs/name" },
              fullRank: { $ref: "#/$defs/count" },
              chosenK: { anyOf: [{ type: "null" }, { $ref: "#/$defs/count" }], description: "null: left at full rank." },
              candidates: {
                type: "array",
                maxItems: 64,
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["k", "rules", "discardedEnergy"],
                  properties: {
                    k: { $ref: "#/$defs/count" },
                    rules: { type: "array", maxItems: 64, items: { $ref: "#/$defs/shortText" } },
                    discardedEnergy: { type: "number", minimum: 0, maximum: 1 }
                  }
                }
              }
            }
          }
        },
        steps: { type: "array", maxItems: 1e6, items: { $ref: "#/$defs/searchStep" } },
        totals: {
          type: "object",
          additionalProperties: false,
          required: ["layersReduced", "rankRemoved", "paramsBefore", "paramsKept"],
          properties: {
            layersReduced: { $ref: "#/$defs/count" },
            rankRemoved: { $ref: "#/$defs/count" },
            paramsBefore: { $ref: "#/$defs/count" },
            paramsKept: { $ref: "#/$defs/count" }
          }
        },
        fileBytes: {
          type: "object",
          additionalProperties: false,
          required: ["before", "after"],
          properties: { before: { $ref: "#/$defs/count" }, after: { anyOf: [{ type: "null" }, { $ref: "#/$defs/count" }] } }
        },
        notes: { $ref: "#/$defs/notes" }
      }
    },
    windowCount: {
      type: "object",
      additionalProperties: false,
      required: ["windows", "tokens"],
      properties: { windows: { $ref: "#/$defs/count" }, tokens: { $ref: "#/$defs/count" } }
    },
    perplexityResult: {
      type: "object",
      additionalProperties: false,
      required: [
        "perplexity",
        "meanNll",
        "tokensScored",
        "windows",
        "seconds",
        "tokensPerSecond",
        "device",
        "deviceNote",
        "tokensTotal",
        "context",
        "stride",
        "vocabSize",
        "model"
      ],
      properties: {
        perplexity: { $ref: "#/$defs/nullableNumber", description: "exp(meanNll); null when it overflowed." },
        meanNll: { $ref: "#/$defs/nullableNumber", description: "Mean negative log-likelihood per scored token (nats)." },
        tokensScored: { $ref: "#/$defs/count" },
        windows: { $ref: "#/$defs/count" },
        seconds: { $ref: "#/$defs/nullableNumber" },
        tokensPerSecond: { $ref: "#/$defs/nullableNumber" },
        device: { enum: ["cpu", "cuda"] },
        deviceNote: { $ref: "#/$defs/text" },
        tokensTotal: { $ref: "#/$defs/count" },
        context: { $ref: "#/$defs/count" },
        stride: { $ref: "#/$defs/count" },
        vocabSize: { $ref: "#/$defs/count" },
        model: { $ref: "#/$defs/name", description: "Model file that was run." },
        nonFinite: { $ref: "#/$defs/nonFinite" },
        windowScores: {
          type: "array",
          maxItems: 1e6,
          description: "NLL sum and scored tokens of each evaluation window, in order (for paired bootstrap intervals).",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["nllSum", "tokens"],
            properties: { nllSum: { $ref: "#/$defs/nullableNumber" }, tokens: { $ref: "#/$defs/count" } }
          }
        }
      }
    },
    nullablePerplexity: {
      anyOf: [{ type: "null" }, { $ref: "#/$defs/perplexityResult" }]
    },
    delta: {
      type: "object",
      additionalProperties: false,
      required: ["absolute", "relative"],
      properties: {
        absolute: { $ref: "#/$defs/nullableNumber", description: "b - a." },
        relative: { $ref: "#/$defs/nullableNumber", description: "(b - a) / a." },
        nonFinite: { $ref: "#/$defs/nonFinite" },
        ci: {
          type: "object",
          additionalProperties: false,
          description: "Paired bootstrap percentile interval over the evaluation windows.",
          required: ["level", "relativeLow", "relativeHigh", "absoluteLow", "absoluteHigh", "probabilityIncrease", "resamples", "seed", "windows"],
          properties: {
            level: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
            relativeLow: { $ref: "#/$defs/nullableNumber" },
            relativeHigh: { $ref: "#/$defs/nullableNumber" },
            absoluteLow: { $ref: "#/$defs/nullableNumber" },
            absoluteHigh: { $ref: "#/$defs/nullableNumber" },
            probabilityIncrease: { type: "number", minimum: 0, maximum: 1 },
            resamples: { $ref: "#/$defs/count" },
            seed: { type: "integer" },
            windows: { $ref: "#/$defs/count" }
          }
        }
      }
    },
    nullableDelta: {
      anyOf: [{ type: "null" }, { $ref: "#/$defs/delta" }]
    },
    perplexitySection: {
      type: "object",
      additionalProperties: false,
      required: ["original", "smoothed", "base", "smoothedVsOriginal", "headVsBase", "note"],
      description: "Perplexities (null where not measured) and their changes.",
      properties: {
        original: { $ref: "#/$defs/nullablePerplexity" },
        smoothed: { $ref: "#/$defs/nullablePerplexity" },
        base: { $ref: "#/$defs/nullablePerplexity" },
        smoothedVsOriginal: { $ref: "#/$defs/nullableDelta" },
        headVsBase: { $ref: "#/$defs/nullableDelta" },
        note: { $ref: "#/$defs/text", description: "Why perplexity was not measured, or ''." }
      }
    },
    interval: {
      type: "object",
      additionalProperties: false,
      required: ["low", "high"],
      properties: { low: { type: "number" }, high: { type: "number" } }
    },
    probeItemResult: {
      type: "object",
      additionalProperties: false,
      required: ["line", "excerpt", "kind", "correct", "correctNorm", "predicted", "predictedNorm", "scores"],
      properties: {
        line: { $ref: "#/$defs/count", description: "1-based line of the probe file." },
        excerpt: { $ref: "#/$defs/shortText", description: "First characters of the prompt; untrusted text." },
        kind: { enum: ["choice", "exact"] },
        correct: { type: "boolean", description: "acc (multiple choice) or exact match." },
        correctNorm: { type: ["boolean", "null"], description: "acc_norm; null for exact-match items." },
        predicted: { type: ["integer", "null"], minimum: 0 },
        predictedNorm: { type: ["integer", "null"], minimum: 0 },
        scores: { type: "array", maxItems: 32, items: { $ref: "#/$defs/nullableNumber" }, description: "Sum of log p per choice, or of the target." }
      }
    },
    probeResult: {
      type: "object",
      additionalProperties: false,
      required: ["items", "itemsTotal", "choiceItems", "exactItems", "acc", "acc_norm", "exactMatch", "accuracy", "correct", "interval", "source", "sha256", "model", "device", "deviceNote", "context", "sequences", "tokensScored", "seconds", "itemsPerSecond"],
      description: "One model's probe accuracy; fractions in [0, 1].",
      properties: {
        items: { $ref: "#/$defs/count" },
        itemsTotal: { $ref: "#/$defs/count" },
        choiceItems: { $ref: "#/$defs/count" },
        exactItems: { $ref: "#/$defs/count" },
        acc: { type: ["number", "null"], minimum: 0, maximum: 1 },
        acc_norm: { type: ["number", "null"], minimum: 0, maximum: 1 },
        exactMatch: { type: ["number", "null"], minimum: 0, maximum: 1 },
        accuracy: { type: "number", minimum: 0, maximum: 1, description: "Items right (acc or exact match) over all items: what the gate reads." },
        correct: { $ref: "#/$defs/count" },
        interval: { $ref: "#/$defs/interval", description: "95% Wilson interval of accuracy." },
        source: { $ref: "#/$defs/name" },
        sha256: { $ref: "#/$defs/sha256" },
        model: { $ref: "#/$defs/name" },
        device: { enum: ["cpu", "cuda"] },
        deviceNote: { $ref: "#/$defs/text" },
        context: { $ref: "#/$defs/count" },
        sequences: { $ref: "#/$defs/count" },
        tokensScored: { $ref: "#/$defs/count" },
        seconds: { $ref: "#/$defs/nullableNumber" },
        itemsPerSecond: { $ref: "#/$defs/nullableNumber" },
        perItem: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/probeItemResult" } }
      }
    },
    nullableProbeResult: { anyOf: [{ type: "null" }, { $ref: "#/$defs/probeResult" }] },
    probeComparison: {
      type: "object",
      additionalProperties: false,
      required: ["delta", "interval", "counts", "flipped", "gained", "lost"],
      description: "accuracy(B) - accuracy(A) on the same items, with Newcombe's paired 95% interval.",
      properties: {
        delta: { type: "number", minimum: -1, maximum: 1 },
        interval: { $ref: "#/$defs/interval" },
        counts: {
          type: "object",
          additionalProperties: false,
          required: ["bothRight", "onlyA", "onlyB", "bothWrong"],
          properties: {
            bothRight: { $ref: "#/$defs/count" },
            onlyA: { $ref: "#/$defs/count" },
            onlyB: { $ref: "#/$defs/count" },
            bothWrong: { $ref: "#/$defs/count" }
          }
        },
        flipped: {
          type: "array",
          maxItems: 100,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["line", "excerpt", "before", "after"],
            properties: {
              line: { $ref: "#/$defs/count" },
              excerpt: { $ref: "#/$defs/shortText" },
              before: { type: "boolean" },
              after: { type: "boolean" }
            }
          }
        },
        gained: { $ref: "#/$defs/count" },
        lost: { $ref: "#/$defs/count" }
      }
    },
    nullableProbeComparison: { anyOf: [{ type: "null" }, { $ref: "#/$defs/probeComparison" }] },
    probeSection: {
      type: "object",
      additionalProperties: false,
      required: ["source", "sha256", "original", "smoothed", "base", "smoothedVsOriginal", "headVsBase", "note"],
      properties: {
        source: { $ref: "#/$defs/name" },
        sha256: { type: "string", pattern: "^([0-9a-f]{64})?$", description: "sha256 of the probe file's text; '' when nothing was probed." },
        original: { $ref: "#/$defs/nullableProbeResult" },
        smoothed: { $ref: "#/$defs/nullableProbeResult" },
        base: { $ref: "#/$defs/nullableProbeResult" },
        smoothedVsOriginal: { $ref: "#/$defs/nullableProbeComparison" },
        headVsBase: { $ref: "#/$defs/nullableProbeComparison" },
        note: { $ref: "#/$defs/text" }
      }
    },
    baselineInfo: {
      type: "object",
      additionalProperties: false,
      required: ["source", "ref", "note", "modelSha256"],
      description: "Where the baseline came from.",
      properties: {
        source: { enum: ["cache", "cache-fallback", "base-model", "file", "none"] },
        ref: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/name" }],
          description: "Cache key restored, base model or report file; null when there is none."
        },
        note: { $ref: "#/$defs/text", description: "One plain sentence for humans." },
        modelSha256: {
          anyOf: [{ type: "null" }, { $ref: "#/$defs/sha256" }],
          description: "Hash of the model the baseline was computed from, when known."
        }
      }
    },
    ruleResult: {
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "value", "valueText", "warnLimit", "failLimit", "limitText", "status", "reason"],
      properties: {
        id: {
          type: "string",
          maxLength: 128,
          pattern: "^[a-z][a-z0-9]*([.-][a-z0-9]+)*$",
          description: "Stable rule id, e.g. 'perplexity.smoothed-vs-original'."
        },
        scope: { enum: ["vs-base", "smoothing", "model"], description: "What the rule judges: the change against base, smoothing, or the model itself." },
        title: { $ref: "#/$defs/text" },
        value: { $ref: "#/$defs/nullableNumber", description: "Measured value; null when skipped." },
        valueText: { $ref: "#/$defs/text", description: "How the value is shown, e.g. '+3.20% (+0.3200)'." },
        warnLimit: { $ref: "#/$defs/nullableNumber" },
        failLimit: { $ref: "#/$defs/nullableNumber" },
        limitText: { $ref: "#/$defs/text", description: "How the limits are shown, e.g. 'warn > 2%, fail > 5%'." },
        status: { enum: ["pass", "warn", "fail", "skipped"] },
        reason: { $ref: "#/$defs/text", description: "Why skipped, or which limit was crossed; '' otherwise." }
      }
    },
    verdict: {
      type: "object",
      additionalProperties: false,
      required: ["status", "passed", "rules", "headline"],
      description: "The gate's verdict: every rule with its value, limits and status.",
      properties: {
        status: { enum: ["pass", "warn", "fail"] },
        passed: { type: "boolean", description: "true unless status is 'fail'." },
        rules: { type: "array", maxItems: 1e3, items: { $ref: "#/$defs/ruleResult" } },
        headline: { $ref: "#/$defs/text", description: "One line, e.g. 'fail: 1 of 5 checked rules failed (perplexity.smoothed-vs-original)'." }
      },
      if: { properties: { status: { const: "fail" } } },
      then: { properties: { passed: { const: false } } },
      else: { properties: { passed: { const: true } } }
    },
    rankRule: {
      type: "object",
      additionalProperties: false,
      required: ["method"],
      properties: {
        method: { $ref: "#/$defs/smoothMethod" },
        percent: { type: "number" },
        rho: { type: "number" },
        k: { type: "integer" }
      }
    },
    spectrumSummary: {
      type: "object",
      additionalProperties: false,
      required: ["alpha", "alphaStatus", "detX_num", "num_spikes", "num_pl_spikes", "norm", "lambda_max"],
      properties: {
        alpha: { $ref: "#/$defs/nullableNumber" },
        alphaStatus: { enum: ["success", "failed"] },
        detX_num: { type: ["integer", "null"] },
        num_spikes: { type: ["integer", "null"] },
        num_pl_spikes: { type: ["integer", "null"] },
        norm: { $ref: "#/$defs/nullableNumber" },
        lambda_max: { $ref: "#/$defs/nullableNumber" }
      }
    },
    nullableSpectrumSummary: {
      anyOf: [{ type: "null" }, { $ref: "#/$defs/spectrumSummary" }]
    },
    smoothLayerReport: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "index",
        "role",
        "block",
        "dtype",
        "storedShape",
        "inFeatures",
        "outFeatures",
        "rule",
        "ruleSource",
        "k",
        "action",
        "energyKept",
        "relativeError",
        "before",
        "after",
        "paramsBefore",
        "paramsAfter",
        "notes",
        "seconds"
      ],
      properties: {
        name: { $ref: "#/$defs/name" },
        module: { $ref: "#/$defs/name", description: "Module path from the consuming node's name; absent when none." },
        quantization: { $ref: "#/$defs/quantization" },
        requantizationError: { type: "number", minimum: 0, description: "||Q(W') - W'||_F / ||W'||_F of the smoothed weight written back quantized." },
        index: { $ref: "#/$defs/count" },
        role: { enum: ["attention", "mlp", "head", "embedding", "other"] },
        block: { type: ["integer", "null"] },
        dtype: { enum: ["float32", "float16", "bfloat16", "float64"] },
        storedShape: { $ref: "#/$defs/shape" },
        inFeatures: { $ref: "#/$defs/count" },
        outFeatures: { $ref: "#/$defs/count" },
        rule: { $ref: "#/$defs/rankRule" },
        ruleSource: { $ref: "#/$defs/name" },
        k: { type: ["integer", "null"] },
        action: { enum: ["smoothed", "factorized", "top-removed", "unchanged", "planned"] },
        energyKept: { $ref: "#/$defs/nullableNumber" },
        relativeError: { $ref: "#/$defs/nullableNumber" },
        before: { $ref: "#/$defs/nullableSpectrumSummary" },
        after: { $ref: "#/$defs/nullableSpectrumSummary" },
        paramsBefore: { $ref: "#/$defs/count" },
        paramsAfter: { $ref: "#/$defs/count" },
        notes: { $ref: "#/$defs/notes" },
        seconds: { $ref: "#/$defs/nullableNumber" }
      }
    },
    smoothReport: {
      type: "object",
      additionalProperties: false,
      required: ["modelPath", "outPath", "format", "dryRun", "factorize", "engine", "layers", "totals", "notes", "seconds"],
      properties: {
        modelPath: { $ref: "#/$defs/name" },
        outPath: { anyOf: [{ type: "null" }, { $ref: "#/$defs/name" }] },
        format: { enum: ["onnx", "safetensors"] },
        dryRun: { enum: [false, "plan", "full"] },
        factorize: { type: "boolean" },
        engine: { $ref: "#/$defs/name" },
        layers: { type: "array", maxItems: 1e5, items: { $ref: "#/$defs/smoothLayerReport" } },
        totals: {
          type: "object",
          additionalProperties: false,
          required: [
            "layersSelected",
            "layersChanged",
            "layersFactorized",
            "selectedParamsBefore",
            "selectedParamsAfter",
            "denseParamsBefore",
            "denseParamsAfter",
            "energyKept",
            "meanAlphaBefore",
            "meanAlphaAfter"
          ],
          properties: {
            layersSelected: { $ref: "#/$defs/count" },
            layersChanged: { $ref: "#/$defs/count" },
            layersFactorized: { $ref: "#/$defs/count" },
            selectedParamsBefore: { $ref: "#/$defs/count" },
            selectedParamsAfter: { $ref: "#/$defs/count" },
            denseParamsBefore: { $ref: "#/$defs/count" },
            denseParamsAfter: { $ref: "#/$defs/count" },
            energyKept: { $ref: "#/$defs/nullableNumber" },
            meanAlphaBefore: { $ref: "#/$defs/nullableNumber" },
            meanAlphaAfter: { $ref: "#/$defs/nullableNumber" }
          }
        },
        notes: { $ref: "#/$defs/notes" },
        seconds: { $ref: "#/$defs/nullableNumber" }
      }
    }
  }
};

// src/report/json.ts
async function writeFileAtomic2(file, data) {
  await makeFolder(path.dirname(path.resolve(file)), `folder of ${path.basename(file)}`);
  await writeFileAtomic(file, data);
}
async function writeReportJson(file, report) {
  await writeFileAtomic2(file, JSON.stringify(capReportStrings(markNonFinite(report)), null, 2) + "\n");
}
var defs = run_schema_default.$defs;
var MAX_NAME_CHARS = defs["name"].maxLength;
var MAX_TEXT_CHARS = defs["text"].maxLength;
function capText(text, max) {
  if (text.length <= max) return text;
  const suffix = `…[${text.length} chars, sha256 ${createHash("sha256").update(text).digest("hex").slice(0, 12)}]`;
  let keep = max - suffix.length;
  if (/[\uD800-\uDBFF]/.test(text[keep - 1] ?? "")) keep--;
  return text.slice(0, keep) + suffix;
}
function keysOfKind() {
  const names = /* @__PURE__ */ new Set();
  const texts = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const props = node.properties;
    for (const [key, sub] of Object.entries(props ?? {})) {
      const ref = JSON.stringify(sub);
      if (ref.includes('"#/$defs/name"')) names.add(key);
      else if (ref.includes('"#/$defs/text"')) texts.add(key);
    }
    Object.values(node).forEach(visit);
  };
  visit(run_schema_default);
  return { names, texts };
}
var kinds = null;
function capReportStrings(report) {
  kinds ??= keysOfKind();
  const { names, texts } = kinds;
  const walk = (v, key) => {
    if (typeof v === "string") return names.has(key) ? capText(v, MAX_NAME_CHARS) : texts.has(key) ? capText(v, MAX_TEXT_CHARS) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(report, "");
}

export {
  restoreNonFinite,
  run_schema_default,
  writeFileAtomic2 as writeFileAtomic,
  writeReportJson
};
