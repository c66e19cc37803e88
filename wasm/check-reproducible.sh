#!/bin/sh
# Rebuilds the kernels into a temporary file and compares with the committed
# src/linalg/wasm/generated/kernelsWasm.ts byte for byte. Exit 0 = reproducible, 1 = differs,
# 2 = no clang here (CI skips the check then).
set -eu
cd "$(dirname "$0")/.."
if ! command -v "${CLANG:-clang}" >/dev/null 2>&1; then
  echo "check-wasm: clang not found, skipping the reproducibility check (apt-get install -y clang lld)"
  if [ "${WW_REQUIRE_CLANG:-0}" = "1" ]; then exit 2; fi
  exit 0
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
sh wasm/build.sh "$TMP/kernelsWasm.ts" >/dev/null
if cmp -s "$TMP/kernelsWasm.ts" src/linalg/wasm/generated/kernelsWasm.ts; then
  echo "check-wasm: src/linalg/wasm/generated/kernelsWasm.ts reproduces from wasm/kernels.c"
else
  echo "check-wasm: src/linalg/wasm/generated/kernelsWasm.ts differs from a fresh build of wasm/kernels.c (run npm run build:wasm)"; exit 1
fi
