/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  ORT_PIN,
  bindingFile
} from "./cli-chunk-235QKKHE.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/runtime/ort.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";

// src/runtime/platform.ts
var ORT_BINARY_PLATFORMS = ["darwin/arm64", "linux/arm64", "linux/x64", "win32/arm64", "win32/x64"];
function hasOrtBinary(platform = process.platform, arch = process.arch) {
  return ORT_BINARY_PLATFORMS.includes(`${platform}/${arch}`);
}
function unsupportedPlatformMessage(platform = process.platform, arch = process.arch, version = ORT_PIN.version) {
  return `onnxruntime-node ${version} is not available for ${platform}/${arch}: the package has native binaries only for ${ORT_BINARY_PLATFORMS.join(", ")}, so perplexity cannot be measured here. Options: run on one of those platforms (GitHub-hosted ubuntu-latest, ubuntu-24.04-arm, macos-latest or windows-latest runners); or pass onnxruntime-path (--onnxruntime-path, $WW_ONNXRUNTIME_PATH) pointing at an onnxruntime-node package built for ${platform}/${arch}; or leave eval-text empty (--eval-text / --text unset): analysis and smoothing do not need onnxruntime.`;
}
function checkRuntimePlatform(opts = {}) {
  const explicit = opts.explicitPath ?? process.env["WW_ONNXRUNTIME_PATH"];
  if (explicit !== void 0 && explicit !== null && explicit !== "") return;
  const platform = opts.platform ?? process.platform;
  const arch = opts.arch ?? process.arch;
  if (!hasOrtBinary(platform, arch)) {
    throw new WwError("RUNTIME_MISSING", unsupportedPlatformMessage(platform, arch), { platform, arch, supported: ORT_BINARY_PLATFORMS });
  }
}

// src/runtime/ort.ts
var loaded;
var configured = {};
function configureOnnxRuntime(options) {
  configured = { ...options };
}
function checkConfiguredPlatform() {
  checkRuntimePlatform({ explicitPath: configured.explicitPath ?? null });
}
function configuredRuntimePath() {
  return configured.explicitPath;
}
function loadedOnnxRuntime() {
  return loaded;
}
function toolCacheRoot(options = {}) {
  return resolve(options.toolCacheRoot ?? process.env["RUNNER_TOOL_CACHE"] ?? join(homedir(), ".cache", "ww-smooth", "tool-cache"));
}
function toolCacheDir(options = {}) {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  return join(toolCacheRoot(options), "ww-smooth-onnxruntime-node", pin.version, `${platform}-${arch}`);
}
function packageVersion(dir) {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    return pkg.name === "onnxruntime-node" && typeof pkg.version === "string" ? pkg.version : null;
  } catch {
    return null;
  }
}
function listCandidates(options = {}) {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const notes = [];
  const usable = [];
  const consider = (dir, source, label) => {
    const version = packageVersion(dir);
    if (version === null) {
      notes.push(`${label}: no onnxruntime-node package.json in ${dir}`);
      return;
    }
    if (!existsSync(join(dir, bindingFile(platform, arch)))) {
      notes.push(`${label}: ${dir} (onnxruntime-node ${version}) has no ${bindingFile(platform, arch)}`);
      return;
    }
    usable.push({ dir, source });
  };
  const explicit = options.explicitPath ?? process.env["WW_ONNXRUNTIME_PATH"];
  if (explicit !== void 0 && explicit !== "") {
    const dir = resolve(explicit);
    const pkgDir = packageVersion(dir) !== null ? dir : join(dir, "node_modules", "onnxruntime-node");
    consider(pkgDir, "explicit", "onnxruntime-path");
    if (usable.length === 0) {
      throw new WwError("RUNTIME_MISSING", `onnxruntime-path ${JSON.stringify(explicit)} is not usable: ${notes.join("; ")}`, { path: explicit });
    }
    return { usable, notes };
  }
  try {
    const pkgJson = createRequire(import.meta.url).resolve("onnxruntime-node/package.json");
    consider(resolve(pkgJson, ".."), "resolved", "node resolution");
  } catch {
    notes.push(`node resolution: onnxruntime-node not found from ${new URL(".", import.meta.url).pathname}`);
  }
  for (const entry of (process.env["NODE_PATH"] ?? "").split(delimiter).filter((p) => p !== "")) {
    consider(join(resolve(entry), "onnxruntime-node"), "node-path", "NODE_PATH");
  }
  consider(join(toolCacheDir(options), "node_modules", "onnxruntime-node"), "tool-cache", "tool cache");
  return { usable, notes };
}
function requireFrom(candidate) {
  const version = packageVersion(candidate.dir) ?? "unknown";
  try {
    const ort = createRequire(join(candidate.dir, "package.json"))(candidate.dir);
    return { ort, dir: candidate.dir, version, source: candidate.source };
  } catch (err) {
    throw new WwError(
      "RUNTIME_MISSING",
      `onnxruntime-node ${version} in ${candidate.dir} failed to load on ${process.platform}/${process.arch}: ${err.message}`,
      { dir: candidate.dir },
      { cause: err }
    );
  }
}
function missingMessage(notes, options) {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  if (pin === ORT_PIN && !hasOrtBinary(platform, arch)) return `${unsupportedPlatformMessage(platform, arch)} Looked at: ${notes.join("; ")}.`;
  return `onnxruntime-node ${pin.version} is not available for ${options.platform ?? process.platform}/${options.arch ?? process.arch}. Looked at: ` + notes.join("; ") + `. Fix: restore the files under dist/node_modules/onnxruntime-node (a checkout of the action's tag has them), install it (npm install onnxruntime-node@${pin.version}) and pass its folder as onnxruntime-path, or let the action download it (needs network access to the npm registry).`;
}
function requireOnnxRuntime(options = configured) {
  if (loaded) return loaded;
  const { usable, notes } = listCandidates(options);
  const first = usable[0];
  if (!first) throw new WwError("RUNTIME_MISSING", missingMessage(notes, options), { looked: notes });
  loaded = requireFrom(first);
  return loaded;
}

export {
  configureOnnxRuntime,
  checkConfiguredPlatform,
  configuredRuntimePath,
  loadedOnnxRuntime,
  requireOnnxRuntime
};
