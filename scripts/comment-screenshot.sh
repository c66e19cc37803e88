#!/bin/sh
# Screenshot of a rendered PR comment, as in README (docs/comment.png):
#   scripts/comment-screenshot.sh comment.md github-markdown-light.css out.png [height]
# comment.md: `ww-smooth report report.json --comment-key gate --out comment.md`; the CSS is
# github-markdown-css's (npm pack github-markdown-css); needs cmark-gfm and chromium (Debian).
# The per-layer section is opened for the picture; GitHub shows it collapsed.
set -eu
md=$1 css=$2 out=$3 height=${4:-1500}
page=$(mktemp -d)/comment.html
{
  printf '<!doctype html><meta charset="utf-8"><style>%s</style>' "$(cat "$css")"
  printf '<style>body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:880px;padding:16px}</style><article class="markdown-body">'
  cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tagfilter "$md" | sed 's#<details><summary>Per-layer#<details open><summary>Per-layer#'
  printf '</article>'
} >"$page"
chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --window-size=880,"$height" --screenshot="$out" "file://$page" 2>/dev/null
