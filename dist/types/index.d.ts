/**
 * The library entry of the package (`import ... from 'ww-smooth-action'`, dist/lib.js): the engine
 * the action and the CLI are shells over, with its typed records. Importing it has no side effect:
 * nothing runs, prints, reads the environment, starts a worker or loads onnxruntime until a
 * function below is called (onnxruntime-node is loaded at the first perplexity, WASM kernels at the
 * first `getEngine()`). test/packaging/pack.test.ts installs the packed tarball and checks that.
 *
 *   const model = await openModel('model.onnx');
 *   const engine = await analyzeEngine();                       // a worker per core (getEngine(): one thread's)
 *   const report = await analyzeModel(model, { engine });       // WeightWatcher metrics per layer
 *   await engine.dispose();
 *   await smoothModel({ modelPath: 'model.onnx', outPath: 'smoothed.onnx', plan: { method: 'detX' } });
 *   const ppl = await evaluatePerplexity({ modelPath: 'model.onnx', textFile: 'eval.txt' });
 *   const run = await runPipeline({ plan: buildPlan({...}), version: VERSION });  // what the action runs
 *   const markdown = renderReport(run, { maxLayers: 50, limit: GITHUB_COMMENT_LIMIT });
 *
 * The action entry (src/action/index.ts -> dist/index.js) is not exported: only action.yml names it.
 */
export { TOOL_VERSION as VERSION } from './action/version.js';
export { WwError, formatError, type WwErrorCode } from './errors.js';
export { buildPlan, buildPlanConfined, readConfigFile, validateConfig, mergeConfig, type BuildPlanOptions, type ConfigFile } from './config/load.js';
export type { Plan, SmoothPlan as PlanSmoothing, EvalPlan, ReportPlan, GateRules, Threshold, Levels, SmoothMethod } from './config/plan.js';
export { openModel } from './model/open.js';
export type { ModelWeights, DenseLayer, LayerRole, WeightDType, SkippedTensor } from './model/types.js';
export { getEngine, jsEngine, type LinalgEngine, type EngineOptions } from './linalg/engine.js';
export { analyzeEngine, LayerPool, type LayerPoolOptions } from './engine/layerPool.js';
export { analyzeModel, parseLayerSpec, type AnalyzeModelOptions, type AnalyzeProgress, type LayerFilter } from './engine/analyze.js';
export type { AnalyzeOptions, AnalyzeReport, AnalyzedLayer, SkippedLayer, LayerMetrics, ModelSummary } from './spectral/types.js';
export { smoothModel, type SmoothModelOptions } from './engine/smooth.js';
export type { SmoothPlanConfig, SmoothReport, SmoothLayerReport } from './smooth/types.js';
export { evaluatePerplexity, evaluateComparison, comparePerplexity, type EvaluateRequest, type CompareRequest, type PerplexityComparison, type EvalInput } from './engine/evaluate.js';
export type { EvalOptions, PerplexityResult, Delta, DeviceRequest } from './eval/types.js';
export { runPipeline, makePipeline, configHash, type Pipeline, type PipelineRequest, type BaselineInput } from './engine/pipeline.js';
export type { Stages, AnalyzeOutcome, SmoothOutcome, EvalTokens } from './engine/types.js';
export { renderReport, GITHUB_COMMENT_LIMIT, GITHUB_SUMMARY_LIMIT, type RenderOptions } from './report/markdown.js';
export { writeReportJson } from './report/json.js';
export type { RunReport, Verdict, VerdictStatus, RuleResult, ModelIdentity, SpectralSnapshot } from './report/types.js';
