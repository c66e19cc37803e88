/** Evaluation (perplexity) inputs and results. Convention: README "Perplexity convention". */
export type DeviceRequest = 'auto' | 'cpu' | 'cuda';
export type DeviceUsed = 'cpu' | 'cuda';

export interface EvalOptions {
  context: number;
  /** Default = context (non-overlapping windows). */
  stride: number;
  /** Stop after this many scored tokens (0 = no limit). */
  maxTokens: number;
  device: DeviceRequest;
  threads: number; // 0 = onnxruntime default
  batchSize: number;
  graphOptimizationLevel: 'disabled' | 'basic' | 'extended' | 'all';
}

export interface PerplexityResult {
  perplexity: number;
  meanNll: number;
  tokensScored: number;
  windows: number;
  seconds: number;
  tokensPerSecond: number;
  device: DeviceUsed;
  /** Why this device (e.g. 'cuda requested by auto, unavailable: <reason>; fell back to cpu'). */
  deviceNote: string;
}

export interface Delta {
  absolute: number;
  /** (b - a) / a */
  relative: number;
}
