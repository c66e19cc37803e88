/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  analyzeOutcomeOf,
  measureProbes,
  mergeAnalyses,
  snapshotOf
} from "./cli-chunk-UOCE3T6T.js";
import {
  evaluateGate
} from "./cli-chunk-W765MFPX.js";
import {
  compareWithBase
} from "./cli-chunk-PIBZXZII.js";
import {
  analyze_schema_default,
  require__
} from "./cli-chunk-SYSGBEIN.js";
import "./cli-chunk-4BZYJWPU.js";
import "./cli-chunk-CTN7G35G.js";
import "./cli-chunk-FXALURX7.js";
import {
  formatShard,
  shardLayers
} from "./cli-chunk-N5QQCBTL.js";
import {
  writeFileAtomic
} from "./cli-chunk-B6L4TES6.js";
import "./cli-chunk-JQJNIDZH.js";
import "./cli-chunk-WB4XQW7T.js";
import "./cli-chunk-LZBXFVOA.js";
import "./cli-chunk-PGRIZON2.js";
import {
  formatAjvErrors
} from "./cli-chunk-4OSMZ5EI.js";
import {
  expandGlob,
  walk
} from "./cli-chunk-3FOFDXHR.js";
import "./cli-chunk-JFUYTXGE.js";
import "./cli-chunk-QKCPXYD5.js";
import "./cli-chunk-MUQE3HN5.js";
import "./cli-chunk-BLFIWMYW.js";
import {
  DEFAULT_BOOTSTRAP,
  perplexityDelta
} from "./cli-chunk-2GYAVEAP.js";
import "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-UVQN2SPB.js";
import {
  elide,
  hasGlobMagic
} from "./cli-chunk-WRW5N32G.js";
import "./cli-chunk-JVBZG5TV.js";
import "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-VV3OXSPZ.js";
import {
  assertInside,
  resolveInside
} from "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-IBKWP2IV.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import {
  __toESM
} from "./cli-chunk-4E3GJSB2.js";

// src/engine/pipeline.ts
import { createHash as createHash2 } from "node:crypto";

// src/shard/partial.ts
var import__ = __toESM(require__(), 1);
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import * as path from "node:path";

// src/shard/partial-schema.json
var partial_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/ww-smooth/ww-smooth-action/src/shard/partial-schema.json",
  title: "ww-smooth partial report (one shard job's manifest)",
  description: `Checked by the merge job before anything is merged: shard artifacts come from jobs that ran the pull request's code. Non-finite numbers are stored as {"$num": "NaN"} and revived before validation.`,
  type: "object",
  additionalProperties: false,
  required: [
    "kind",
    "schemaVersion",
    "tool",
    "createdAt",
    "model",
    "configHash",
    "shard",
    "modelLayers",
    "layerListHash",
    "layers",
    "analyze",
    "smooth",
    "timings"
  ],
  properties: {
    kind: {
      const: "ww-smooth-partial"
    },
    schemaVersion: {
      const: 1
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "version"
      ],
      properties: {
        name: {
          const: "ww-smooth"
        },
        version: {
          type: "string",
          maxLength: 64
        }
      }
    },
    createdAt: {
      type: "string",
      maxLength: 64
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "source",
        "path",
        "sha256",
        "bytes",
        "format"
      ],
      properties: {
        source: {
          $ref: "#/$defs/name"
        },
        path: {
          $ref: "#/$defs/name"
        },
        sha256: {
          $ref: "#/$defs/sha256"
        },
        bytes: {
          type: "integer",
          minimum: 0
        },
        format: {
          enum: [
            "onnx",
            "safetensors"
          ]
        }
      }
    },
    configHash: {
      $ref: "#/$defs/sha256"
    },
    shard: {
      type: "object",
      additionalProperties: false,
      required: [
        "index",
        "count"
      ],
      properties: {
        index: {
          type: "integer",
          minimum: 1,
          maximum: 4096
        },
        count: {
          type: "integer",
          minimum: 1,
          maximum: 4096
        }
      }
    },
    modelLayers: {
      type: "integer",
      minimum: 0
    },
    layerListHash: {
      $ref: "#/$defs/sha256"
    },
    layers: {
      type: "array",
      items: {
        $ref: "#/$defs/name"
      }
    },
    analyze: {
      $ref: "https://github.com/ww-smooth/ww-smooth-action/src/report/analyze-schema.json"
    },
    smooth: {
      anyOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
          required: [
            "format",
            "factorize",
            "engine",
            "notes",
            "layers",
            "tensorFile",
            "tensors"
          ],
          properties: {
            format: {
              enum: [
                "onnx",
                "safetensors"
              ]
            },
            factorize: {
              type: "boolean"
            },
            engine: {
              type: "string",
              maxLength: 256
            },
            notes: {
              type: "array",
              items: {
                type: "string",
                maxLength: 16384
              }
            },
            layers: {
              type: "array",
              items: {
                $ref: "#/$defs/smoothLayer"
              }
            },
            tensorFile: {
              type: "string",
              pattern: "^[^/\\\\]+$",
              maxLength: 255
            },
            tensors: {
              type: "array",
              items: {
                $ref: "#/$defs/tensor"
              }
            }
          }
        }
      ]
    },
    timings: {
      type: "object",
      additionalProperties: {
        type: "number"
      },
      propertyNames: {
        maxLength: 256
      }
    }
  },
  $defs: {
    name: {
      type: "string",
      maxLength: 4096
    },
    sha256: {
      type: "string",
      pattern: "^[0-9a-f]{64}$"
    },
    nullableNumber: {
      type: [
        "number",
        "null"
      ]
    },
    smoothLayer: {
      type: "object",
      required: [
        "name",
        "index",
        "rule",
        "k",
        "action",
        "energyKept",
        "relativeError",
        "paramsBefore",
        "paramsAfter",
        "notes",
        "seconds"
      ],
      properties: {
        name: {
          $ref: "#/$defs/name"
        },
        index: {
          type: "integer",
          minimum: 0
        },
        k: {
          type: [
            "integer",
            "null"
          ]
        },
        energyKept: {
          $ref: "#/$defs/nullableNumber"
        },
        relativeError: {
          $ref: "#/$defs/nullableNumber"
        },
        paramsBefore: {
          type: "integer",
          minimum: 0
        },
        paramsAfter: {
          type: "integer",
          minimum: 0
        },
        notes: {
          type: "array",
          items: {
            type: "string",
            maxLength: 16384
          }
        },
        seconds: {
          type: "number",
          minimum: 0
        },
        rule: {
          description: "the rank rule (see src/smooth/types.ts)"
        },
        action: {
          type: "string",
          maxLength: 64
        }
      }
    },
    tensor: {
      type: "object",
      additionalProperties: false,
      required: [
        "layer",
        "kind",
        "parts"
      ],
      properties: {
        layer: {
          $ref: "#/$defs/name"
        },
        kind: {
          enum: [
            "dense",
            "factorized"
          ]
        },
        parts: {
          type: "array",
          minItems: 1,
          maxItems: 3,
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "part",
              "dtype",
              "rows",
              "cols",
              "offset",
              "length",
              "sha256"
            ],
            properties: {
              part: {
                enum: [
                  "values",
                  "a",
                  "b"
                ]
              },
              dtype: {
                enum: [
                  "float32",
                  "float16",
                  "bfloat16",
                  "float64"
                ]
              },
              rows: {
                type: "integer",
                minimum: 1
              },
              cols: {
                type: "integer",
                minimum: 1
              },
              offset: {
                type: "integer",
                minimum: 0
              },
              length: {
                type: "integer",
                minimum: 0
              },
              sha256: {
                $ref: "#/$defs/sha256"
              }
            }
          }
        }
      }
    }
  }
};

// src/shard/partial.ts
var PARTIAL_KIND = "ww-smooth-partial";
var PARTIAL_SCHEMA_VERSION = 1;
var PARTIAL_NAME = /^ww-smooth-partial-(\d+)-of-(\d+)\.json$/;
var partialStem = (s) => `ww-smooth-partial-${s.index}-of-${s.count}`;
function layerListHash(layers) {
  const text = layers.map((l) => `${l.index}	${l.name}	${l.rows}x${l.cols}`).join("\n");
  return createHash("sha256").update(text).digest("hex");
}
function partialToJson(p) {
  return JSON.stringify(p, (_k, v) => typeof v === "number" && !Number.isFinite(v) ? { $num: String(v) } : v, 2) + "\n";
}
function partialFromJson(text) {
  return JSON.parse(text, (_k, v) => {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === "$num") return Number(v.$num);
    }
    return v;
  });
}
async function findPartialFiles(sources, cwd) {
  const found = /* @__PURE__ */ new Set();
  for (const src of sources.flatMap((s) => s.split(/\n/)).map((s) => s.trim()).filter(Boolean)) {
    const what = `merge source ${elide(src)}`;
    const matches = hasGlobMagic(src) ? await expandGlob(src, { cwd, what, code: "SHARD" }) : [path.resolve(cwd, src)];
    if (matches.length === 0) throw new WwError("SHARD", `merge: ${elide(src)} matches no file or folder`, { source: elide(src) });
    for (const m of matches) {
      let st;
      try {
        st = await stat(m);
      } catch {
        throw new WwError("SHARD", `merge: ${elide(src)} does not exist`, { source: elide(src) });
      }
      if (!st.isDirectory()) {
        found.add(m);
        continue;
      }
      for await (const e of walk(m, { what, code: "SHARD" })) {
        if (e.kind === "dir" || !PARTIAL_NAME.test(path.basename(e.rel))) continue;
        found.add(e.kind === "symlink" ? await assertInside(m, e.abs, `merge: partial ${elide(e.rel)}`) : e.abs);
      }
    }
  }
  return [...found].sort();
}
var validator = null;
function partialValidator() {
  if (!validator) {
    const ajv = new import__.Ajv2020({ strict: true, allErrors: false, strictNumbers: false, allowUnionTypes: true });
    ajv.addSchema(analyze_schema_default);
    validator = ajv.compile(partial_schema_default);
  }
  return validator;
}
async function loadPartials(files) {
  if (files.length === 0) throw new WwError("SHARD", "merge: no partial reports found (expected ww-smooth-partial-<i>-of-<n>.json files from the shard jobs)", {});
  const out = [];
  for (const file of files) {
    let data;
    try {
      data = partialFromJson(await readFile(file, "utf8"));
    } catch (err) {
      throw new WwError("SHARD", `merge: ${file} cannot be read as JSON: ${err.message}`, { file });
    }
    const p = data;
    if (!p || p.kind !== PARTIAL_KIND || p.schemaVersion !== PARTIAL_SCHEMA_VERSION) {
      throw new WwError("SHARD", `merge: ${file} is not a ww-smooth partial report (kind ${PARTIAL_KIND}, schemaVersion ${PARTIAL_SCHEMA_VERSION})`, { file });
    }
    const validate = partialValidator();
    if (!validate(p)) {
      const problems = formatAjvErrors(validate.errors ?? [], p).slice(0, 5).map((m) => elide(m, 300));
      throw new WwError("SHARD", `merge: ${file} is not a valid ww-smooth partial report: ${problems.join("; ")}`, { file, errors: problems });
    }
    const report = p;
    let tensorPath = null;
    if (report.smooth) {
      if (typeof report.smooth.tensorFile !== "string" || path.basename(report.smooth.tensorFile) !== report.smooth.tensorFile) {
        throw new WwError("PATH_ESCAPE", `merge: ${file} names tensor file ${elide(String(report.smooth.tensorFile))}; it must be a plain file name beside the manifest`, { file });
      }
      tensorPath = await resolveInside(path.dirname(file), report.smooth.tensorFile, `merge: tensor file of ${file}`, { mustExist: false });
    }
    out.push({ file, report, tensorPath });
  }
  return out;
}
function checkPartials(partials, want) {
  const problems = [];
  const name = (p) => `${path.basename(p.file)} (shard ${formatShard(p.report.shard)})`;
  for (const p of partials) {
    const r = p.report;
    if (r.model.sha256 !== want.model.sha256) problems.push(`${name(p)} is from model sha256 ${r.model.sha256.slice(0, 12)}…, this model is ${want.model.sha256.slice(0, 12)}… (${want.model.source})`);
    if (r.configHash !== want.configHash) problems.push(`${name(p)} was made with config hash ${r.configHash.slice(0, 12)}…, this run's smoothing config hashes to ${want.configHash.slice(0, 12)}…`);
    if (r.tool.version !== want.version) problems.push(`${name(p)} was made by ww-smooth ${r.tool.version}, this is ${want.version}`);
  }
  const counts = [...new Set(partials.map((p) => p.report.shard.count))].sort((a, b) => a - b);
  if (counts.length > 1) {
    problems.push(`the partials disagree on the shard count: ${counts.map((c) => `${c} (${partials.filter((p) => p.report.shard.count === c).map((p) => path.basename(p.file)).join(", ")})`).join(" vs ")}`);
  }
  const count = counts.length === 1 ? counts[0] : Math.max(...counts);
  const byIndex = /* @__PURE__ */ new Map();
  for (const p of partials) byIndex.set(p.report.shard.index, [...byIndex.get(p.report.shard.index) ?? [], p]);
  const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missingShards.length) problems.push(`missing shard(s) ${missingShards.map((i) => `${i}/${count}`).join(", ")}`);
  for (const [i, ps] of byIndex) if (ps.length > 1) problems.push(`shard ${i}/${count} given ${ps.length} times: ${ps.map((p) => p.file).join(", ")}`);
  const listHash = layerListHash(want.layers);
  for (const p of partials) {
    if (p.report.layerListHash !== listHash) problems.push(`${name(p)} was partitioned over a different layer list (${p.report.modelLayers} layers) than this model's ${want.layers.length}`);
  }
  const seen = /* @__PURE__ */ new Map();
  for (const p of partials) for (const l of p.report.layers) seen.set(l, [...seen.get(l) ?? [], name(p)]);
  const known = new Set(want.layers.map((l) => l.name));
  const missing = want.layers.filter((l) => !seen.has(l.name)).map((l) => l.name);
  const duplicated = [...seen].filter(([, by]) => by.length > 1);
  const unknown = [...seen.keys()].filter((l) => !known.has(l));
  const list = (xs) => xs.length > 20 ? `${xs.slice(0, 20).join(", ")} and ${xs.length - 20} more` : xs.join(", ");
  if (missing.length) problems.push(`${missing.length} layer(s) covered by no partial: ${list(missing)}`);
  if (duplicated.length) problems.push(`${duplicated.length} layer(s) covered more than once: ${list(duplicated.map(([l, by]) => `${l} (${by.join(", ")})`))}`);
  if (unknown.length) problems.push(`${unknown.length} layer(s) not in this model: ${list(unknown)}`);
  const smoothing = new Set(partials.map((p) => p.report.smooth !== null));
  if (smoothing.size > 1) problems.push("some partials have smoothed tensors and some do not");
  if (problems.length) {
    throw new WwError("SHARD", `merge: the ${partials.length} partial report(s) do not make one run:
  - ${problems.join("\n  - ")}`, {
      problems,
      missingLayers: missing,
      duplicatedLayers: duplicated.map(([l]) => l),
      missingShards
    });
  }
  return [...partials].sort((a, b) => a.report.shard.index - b.report.shard.index);
}

// src/report/types.ts
var RUN_REPORT_SCHEMA_VERSION = 1;

// src/engine/pipeline.ts
function need(stages, key) {
  const f = stages[key];
  if (!f) throw new WwError("SHARD", `these pipeline stages do not support sharding (no ${String(key)})`, {});
  return f.bind(stages);
}
function stageOptions(req) {
  return { ...req.log ? { log: req.log } : {}, ...req.layerWorkers ? { layerWorkers: req.layerWorkers } : {} };
}
function configHash(plan) {
  const relevant = { smooth: smoothForHash(plan.smooth), eval: { ...plan.eval, text: plan.eval.text ? "text" : null, tokenizer: null, ...plan.eval.probe ? { probe: "probe" } : {} } };
  return createHash2("sha256").update(canonicalJson(relevant)).digest("hex");
}
function shardConfigHash(plan) {
  return createHash2("sha256").update(canonicalJson({ smooth: shardSmooth(plan.smooth) })).digest("hex");
}
function smoothForHash(smooth) {
  const { searchMaxSeconds: _time, methodReason: _why, ...rest } = smooth;
  return rest;
}
function shardSmooth(smooth) {
  const { budget: _budget, searchMaxEvals: _evals, objective: _objective, ...rest } = smoothForHash(smooth);
  return smooth.method === "auto" && smooth.methodReason ? { ...rest, method: "detX" } : rest;
}
function canonicalJson(v) {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v !== null && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
function relDelta(a, b, levels) {
  return perplexityDelta(a, b, { level: levels.significance ?? DEFAULT_BOOTSTRAP.level });
}
function stopwatch() {
  const timings = {};
  const timed = async (name, f) => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      timings[name] = (performance.now() - t0) / 1e3;
    }
  };
  return { timings, timed };
}
function makePipeline(stages) {
  return async (req) => {
    const { plan } = req;
    const log = req.log ?? (() => {
    });
    const { timings, timed } = stopwatch();
    const hash = configHash(plan);
    const model = await timed("resolve", () => stages.resolveModel(plan.model.source, plan.model.sha256, plan.report.outputDir));
    log(`model ${model.path} (${model.format}, sha256 ${model.sha256.slice(0, 12)})`);
    if (req.checkRuntime && stages.perplexityUnavailable(model, plan) === "") req.checkRuntime();
    const baseModel = plan.baseModel ? await timed("resolve-base", () => stages.resolveModel(plan.baseModel.source, plan.baseModel.sha256, plan.report.outputDir)) : null;
    if (!req.merge) await timed("check", async () => stages.checkReads?.(model, plan, { smoothed: true }));
    if (baseModel) await timed("check-base", async () => stages.checkReads?.(baseModel, plan, { smoothed: false }));
    const ext = model.format === "onnx" ? ".onnx" : ".safetensors";
    const outPath = `${plan.report.outputDir}/smoothed${ext}`;
    let tokens = null;
    let runtime = null;
    const ensureRuntime = () => runtime ??= req.beforePerplexity ? timed("runtime", req.beforePerplexity) : Promise.resolve();
    const prepare = async () => {
      await ensureRuntime();
      return timed("tokenize", () => stages.tokenize(model, plan));
    };
    let original;
    let smoothed = null;
    if (req.merge) {
      const merge = req.merge;
      const layers = await need(stages, "listLayers")(model);
      const partials = await timed(
        "merge-read",
        async () => checkPartials(await loadPartials(await findPartialFiles(merge.sources, merge.cwd)), { model, configHash: shardConfigHash(plan), version: req.version, layers })
      );
      log(`merging ${partials.length} partial reports (shards 1..${partials.length} of ${partials[0].report.shard.count})`);
      original = analyzeOutcomeOf(mergeAnalyses(partials, model));
      log(`analyzed ${original.snapshot.layers.length} layers, mean alpha ${original.snapshot.meanAlpha?.toFixed(3) ?? "n/a"}`);
      if (plan.smooth.enabled) {
        const o = original;
        smoothed = await timed("merge-assemble", () => need(stages, "assemble")(model, plan, o, partials, outPath));
        log(`assembled ${smoothed.summary.layers.length} smoothed layers → ${smoothed.summary.outputPath ?? "(not written)"}`);
      }
    } else {
      original = await timed("analyze", () => stages.analyze(model, plan));
      log(`analyzed ${original.snapshot.layers.length} layers, mean alpha ${original.snapshot.meanAlpha?.toFixed(3) ?? "n/a"}`);
      if (plan.smooth.enabled) {
        const o = original;
        const search = plan.smooth.method === "auto" && !stages.perplexityUnavailable(model, plan) ? { tokens: await (tokens ??= prepare()), log } : void 0;
        smoothed = await timed("smooth", () => stages.smooth(model, o, plan, outPath, search));
        log(`smoothed ${smoothed.summary.layers.length} layers → ${smoothed.summary.outputPath ?? "(not written)"}`);
      }
    }
    const measure = async (stage, modelPath) => {
      const t = await (tokens ??= prepare());
      return timed(stage, () => stages.perplexity(modelPath, plan, t));
    };
    let noBaseline = "no base-model given and no baseline report available";
    let base = null;
    let probeBase = null;
    if (baseModel) {
      probeBase = { model: baseModel };
      const baseAnalysis = await timed("analyze-base", () => stages.analyze(baseModel, plan));
      const unavailable2 = stages.perplexityUnavailable(baseModel, plan);
      const ppl = unavailable2 ? null : await measure("perplexity-base", baseModel.path);
      base = {
        snapshot: baseAnalysis.snapshot,
        perplexity: ppl,
        info: { source: "base-model", ref: baseModel.source, note: `computed from base-model ${baseModel.source}`, modelSha256: baseModel.sha256 }
      };
    } else if (req.baseline) {
      const got = await req.baseline(model, hash);
      if ("none" in got) {
        noBaseline = got.none;
      } else {
        probeBase = { report: got.report.probe };
        base = {
          snapshot: got.report.spectral.original,
          perplexity: got.report.perplexity.original,
          info: { source: got.source, ref: got.ref, note: got.note, modelSha256: got.report.model.sha256 }
        };
      }
    }
    const unavailable = stages.perplexityUnavailable(model, plan);
    let pOriginal = null;
    let pSmoothed = null;
    if (!unavailable) {
      pOriginal = await measure("perplexity-original", model.path);
      log(`perplexity original ${pOriginal.perplexity.toFixed(4)}`);
      if (smoothed?.summary.outputPath) {
        pSmoothed = await measure("perplexity-smoothed", smoothed.summary.outputPath);
        log(`perplexity smoothed ${pSmoothed.perplexity.toFixed(4)}`);
      }
    }
    const probe = await measureProbes({ stages, plan, model, smoothedPath: smoothed?.summary.outputPath ?? null, base: probeBase, timed, before: ensureRuntime, log });
    const pBase = base?.perplexity ?? null;
    const measurements = {
      schemaVersion: RUN_REPORT_SCHEMA_VERSION,
      tool: { name: "ww-smooth", version: req.version },
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      model,
      configHash: hash,
      spectral: { original: original.snapshot, smoothed: smoothed?.snapshot ?? null, base: base?.snapshot ?? null },
      smoothing: smoothed?.summary ?? null,
      perplexity: {
        original: pOriginal,
        smoothed: pSmoothed,
        base: pBase,
        smoothedVsOriginal: pOriginal && pSmoothed ? relDelta(pOriginal, pSmoothed, plan.gate.perplexityIncrease) : null,
        headVsBase: pOriginal && pBase ? relDelta(pBase, pOriginal, plan.gate.basePerplexityIncrease) : null,
        note: unavailable
      },
      ...probe ? { probe } : {},
      ...base?.snapshot ? { baseComparison: compareWithBase(original.snapshot.layers, base.snapshot.layers) } : {},
      baseline: base?.info ?? {
        source: "none",
        ref: null,
        note: noBaseline,
        modelSha256: null
      },
      timings,
      stages: { analyze: original.report, smooth: smoothed?.report ?? null }
    };
    return { ...measurements, verdict: evaluateGate(measurements, plan.gate) };
  };
}
function makeShardRunner(stages) {
  return async (req) => {
    const { plan, shard } = req;
    const log = req.log ?? (() => {
    });
    const { timings, timed } = stopwatch();
    const model = await timed("resolve", () => stages.resolveModel(plan.model.source, plan.model.sha256, plan.report.outputDir));
    const layers = await need(stages, "listLayers")(model);
    const mine = shardLayers(layers, shard).map((l) => l.name);
    await timed("check", async () => stages.checkReads?.(model, plan, { smoothed: true, only: mine }));
    log(`shard ${formatShard(shard)}: ${mine.length} of ${layers.length} layers of ${model.path} (sha256 ${model.sha256.slice(0, 12)})`);
    const analysis = await timed("analyze", () => stages.analyze(model, plan, mine));
    const stem = partialStem(shard);
    const smooth = plan.smooth.enabled ? await timed("smooth", () => need(stages, "smoothShard")(model, plan, mine, `${plan.report.outputDir}/${stem}.bin`)) : null;
    const partial = {
      kind: PARTIAL_KIND,
      schemaVersion: PARTIAL_SCHEMA_VERSION,
      tool: { name: "ww-smooth", version: req.version },
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      model,
      configHash: shardConfigHash(plan),
      shard,
      modelLayers: layers.length,
      layerListHash: layerListHash(layers),
      layers: mine,
      analyze: analysis.report,
      smooth,
      timings
    };
    const manifestPath = `${plan.report.outputDir}/${stem}.json`;
    await writeFileAtomic(manifestPath, partialToJson(partial));
    log(`shard ${formatShard(shard)}: analysed ${mine.length} layers, smoothed ${smooth?.layers.length ?? 0}; partial report ${manifestPath}`);
    return { partial, manifestPath };
  };
}
var runShard = async (req) => {
  const { preflight } = await import("./cli-preflight-KMWH7GUN.js");
  await preflight({ ...req.plan, eval: { ...req.plan.eval, text: null } });
  const { defaultStages } = await import("./cli-stages-OY3HW4BG.js");
  return withOutputDir(req.plan, false, () => withStages(defaultStages(stageOptions(req)), (stages) => makeShardRunner(stages)(req)));
};
async function withStages(stages, work) {
  try {
    return await work(stages);
  } finally {
    await stages.dispose?.();
  }
}
async function withOutputDir(plan, removeStaleOutputs, work) {
  const { withClaimedOutputDir } = await import("./cli-outputDir-H53KGXQA.js");
  const local = [plan.model.source, plan.baseModel?.source].filter((s) => !!s && !/^[a-z]+:\/\//i.test(s));
  return withClaimedOutputDir(plan.report.outputDir, { keep: local, removeStaleOutputs }, work);
}
var runPipeline = async (req) => {
  const { preflight } = await import("./cli-preflight-KMWH7GUN.js");
  await preflight(req.plan);
  const { defaultStages } = await import("./cli-stages-OY3HW4BG.js");
  return withOutputDir(req.plan, true, () => withStages(defaultStages(stageOptions(req)), (stages) => makePipeline(stages)(req)));
};
export {
  configHash,
  makePipeline,
  makeShardRunner,
  runPipeline,
  runShard,
  shardConfigHash,
  snapshotOf,
  withOutputDir
};
