/**
 * The action's RuntimeCache: keeps a downloaded onnxruntime-node (tool-cache folder) in the
 * GitHub Actions cache, so a runner that lacks the committed binaries (macOS, Windows, a CUDA-less
 * arm64 image, ...) downloads it once per cache lifetime. Every failure here is a warning: a cache
 * that is unavailable (local runs, GHES without cache) or full must never fail the gate.
 * Only the action entry imports this file; the engine stays free of @actions/*.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import type { RuntimeCache } from './ort.js';

export function actionsRuntimeCache(): RuntimeCache {
  return {
    async restore(dir, key) {
      if (!cache.isFeatureAvailable()) {
        core.info(`actions cache not available here; onnxruntime-node will be downloaded (key ${key})`);
        return false;
      }
      try {
        return (await cache.restoreCache([dir], key)) !== undefined;
      } catch (err) {
        core.warning(`restoring onnxruntime-node from the actions cache failed (${(err as Error).message}); downloading instead`);
        return false;
      }
    },
    async save(dir, key) {
      if (!cache.isFeatureAvailable()) return;
      try {
        await cache.saveCache([dir], key);
        core.info(`saved onnxruntime-node to the actions cache under ${key}`);
      } catch (err) {
        core.warning(`saving onnxruntime-node to the actions cache failed: ${(err as Error).message}`);
      }
    },
  };
}
