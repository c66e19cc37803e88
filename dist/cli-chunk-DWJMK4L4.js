/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/cli/commandLine.ts
function commandOf(args) {
  let i = 0;
  while (i < args.length && args[i].startsWith("-")) i += args[i] === "--onnxruntime-path" ? 2 : 1;
  return { name: args[i], rest: args.slice(i + 1) };
}
function commandWantsLayerWorkers(args) {
  const { name, rest } = commandOf(args);
  if (name !== "analyze" && name !== "run") return false;
  const device = rest.indexOf("--device");
  return !(rest.includes("--device=cuda") || device >= 0 && rest[device + 1] === "cuda");
}

export {
  commandOf,
  commandWantsLayerWorkers
};
