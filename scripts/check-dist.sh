#!/usr/bin/env bash
# Rebuilds dist/ into a temporary folder and fails when it differs from the dist/ on disk by a
# single byte, a missing file or an extra file. On a clean clone the dist/ on disk is the committed
# one, so this is the "dist is not stale" check of CI (.ci/run). dist/ itself is never touched.
#   scripts/check-dist.sh            compare
#   KEEP=1 scripts/check-dist.sh     keep the fresh build and print where it is
#   extra arguments go to scripts/build.mjs (e.g. --entries=cli)
set -euo pipefail
cd "$(dirname "$0")/.."
fresh="$(mktemp -d "${TMPDIR:-/tmp}/ww-check-dist.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" != 1 ]; then rm -rf "$fresh"; else echo "check-dist: fresh build kept in $fresh"; fi; }
trap cleanup EXIT
node scripts/build.mjs --outdir="$fresh/dist" "$@" >/dev/null
if [ ! -d dist ]; then
  echo "check-dist: dist/ does not exist; run npm run build and commit dist/" >&2
  exit 1
fi
if ! diff -rq dist "$fresh/dist" >"$fresh/diff.txt" 2>&1; then
  echo "check-dist: dist/ is stale: rebuilding from src/ and node_modules/ gives different output:" >&2
  sed -e "s#$fresh/##g" "$fresh/diff.txt" | head -50 >&2
  echo "check-dist: run 'npm run build' and commit dist/." >&2
  exit 1
fi
# git tracks only the executable bit, so that is all we compare.
if [ -x "$fresh/dist/cli.js" ] && [ ! -x dist/cli.js ]; then
  echo "check-dist: dist/cli.js lost its executable bit (git update-index --chmod=+x dist/cli.js)" >&2
  exit 1
fi
echo "check-dist: dist/ matches a fresh build ($(find dist -type f | wc -l | tr -d ' ') files)"
