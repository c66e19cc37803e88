/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/report/escape.ts
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeMarkdown(text) {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/[&<>]/g, (c) => HTML[c]).replace(/[\\`*[\]|~$]/g, (c) => `\\${c}`).replace(/_/g, (c, i, s) => /[A-Za-z0-9]/.test(s[i - 1] ?? "") && /[A-Za-z0-9]/.test(s[i + 1] ?? "") ? c : "\\_").replace(/#/g, "#&#8203;").replace(/\bGH-(?=\d)/gi, (g) => `${g.slice(0, 2)}&#8203;-`).replace(/@/g, "@&#8203;").replace(/:\/\//g, ":&#8203;//").replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`).replace(/^([-+=])(?=\s|$|\1)/, "\\$1").replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}
function markerKey(key) {
  return key.replace(/[^A-Za-z0-9_./@:-]/g, "_").replace(/-{2,}/g, "-");
}
function escapeTerminal(text) {
  return text.replace(/[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) => {
    if (c === "\\") return "\\\\";
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

export {
  escapeMarkdown,
  markerKey,
  escapeTerminal
};
