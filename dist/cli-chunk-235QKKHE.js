/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/runtime/ort-pin.json
var ort_pin_default = {
  version: "1.30.0",
  packages: {
    "onnxruntime-node": {
      version: "1.30.0",
      tarball: "https://registry.npmjs.org/onnxruntime-node/-/onnxruntime-node-1.30.0.tgz",
      integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw=="
    },
    "onnxruntime-common": {
      version: "1.30.0",
      tarball: "https://registry.npmjs.org/onnxruntime-common/-/onnxruntime-common-1.30.0.tgz",
      integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA=="
    }
  }
};

// src/runtime/layout.ts
var ORT_PIN = ort_pin_default;
function binaryDir(platform = process.platform, arch = process.arch) {
  return `bin/napi-v6/${platform}/${arch}`;
}
function bindingFile(platform = process.platform, arch = process.arch) {
  return `${binaryDir(platform, arch)}/onnxruntime_binding.node`;
}
function isRuntimeFile(pkg, relPath, platform = process.platform, arch = process.arch) {
  if (relPath === "package.json") return true;
  if (relPath.endsWith(".map") || relPath.endsWith(".d.ts")) return false;
  if (pkg === "onnxruntime-node") {
    if (/^dist\/[^/]+\.js$/.test(relPath)) return true;
    return relPath.startsWith(binaryDir(platform, arch) + "/");
  }
  return relPath.startsWith("dist/cjs/");
}

export {
  ORT_PIN,
  bindingFile,
  isRuntimeFile
};
