/**
 * Escaping of untrusted text (layer names, model metadata, file names) for GitHub Markdown.
 * The result renders as the literal text: no HTML, no links or autolinks, no @mentions, no
 * #references, no emphasis, and it cannot break out of a table cell.
 */

/** Only what HTML needs: no escaped text is ever put inside an attribute, so quotes stay as they are. */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text for Markdown inline content and GFM table cells. Only characters that can start
 * Markdown syntax get a backslash: emphasis and code (`* _ ~ \``; `_` only outside words), links and images (`[ ]`, so `(`,
 * `)` and `!` stay plain: without `[` they cannot form a link), the cell separator `|`, issue
 * math (`$`) and the backslash itself (`#` gets a zero-width space, see below). Characters such as `+`,
 * `(`, `)`, `{`, `}`, `'` and `"` are left as they are, so the raw comment reads like the text.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Control characters and newlines would end a table row or a line.
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/[&<>]/g, (c) => HTML[c] as string)
      .replace(/[\\`*[\]|~$]/g, (c) => `\\${c}`)
      // "_" between two letters or digits can neither open nor close emphasis (CommonMark's
      // flanking rules), so q_proj stays as it is; elsewhere it is escaped.
      .replace(/_/g, (c, i: number, s: string) => (/[A-Za-z0-9]/.test(s[i - 1] ?? '') && /[A-Za-z0-9]/.test(s[i + 1] ?? '') ? c : '\\_'))
      // GitHub links #123 (and org/repo#123, GH-123) to issues after Markdown is rendered, so a
      // backslash would not stop it; a zero-width space after # does, and "#" followed by it can
      // no longer open a heading either.
      .replace(/#/g, '#&#8203;')
      // (Before the entities below are inserted: they contain '#' themselves.)
      .replace(/\bGH-(?=\d)/gi, (g) => `${g.slice(0, 2)}&#8203;-`)
      // A zero-width space after @ stops mentions (and team mentions @org/team); the same idea
      // as Dependabot's release notes. Likewise for autolinks: break "://" and "www." so the
      // autolink extension does not see a URL.
      .replace(/@/g, '@&#8203;')
      .replace(/:\/\//g, ':&#8203;//')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`)
      // At the start of a line: "- " or "+ " makes a list item, "---" or "===" a rule or heading
      // underline, "1. " or "1) " an ordered list. "+4.00%" or "-0.25" are left alone.
      .replace(/^([-+=])(?=\s|$|\1)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** A safe identifier for a hidden HTML-comment marker (no "--", no ">"). */
export function markerKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_./@:-]/g, '_').replace(/-{2,}/g, '-');
}

/**
 * Untrusted text (a tensor name) for a terminal or a log line: control characters (C0, DEL, C1),
 * line and paragraph separators and bidirectional overrides are shown as `\xNN` / `\u{NNNN}`
 * escapes, so a name cannot move the cursor, clear the screen, fake a line of output or reorder
 * what is shown; a backslash is doubled so escapes stay unambiguous.
 */
export function escapeTerminal(text: string): string {
  return text.replace(/[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) => {
    if (c === '\\') return '\\\\';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
