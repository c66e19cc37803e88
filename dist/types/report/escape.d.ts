/**
 * Escaping of untrusted text (layer names, model metadata, file names) for GitHub Markdown.
 * The result renders as the literal text: no HTML, no links or autolinks, no @mentions, no
 * #references, no emphasis, and it cannot break out of a table cell.
 */
/**
 * Escapes text for Markdown inline content and GFM table cells. Only characters that can start
 * Markdown syntax get a backslash: emphasis and code (`* _ ~ \``; `_` only outside words), links and images (`[ ]`, so `(`,
 * `)` and `!` stay plain: without `[` they cannot form a link), the cell separator `|`, issue
 * math (`$`) and the backslash itself (`#` gets a zero-width space, see below). Characters such as `+`,
 * `(`, `)`, `{`, `}`, `'` and `"` are left as they are, so the raw comment reads like the text.
 */
export declare function escapeMarkdown(text: string): string;
/** A safe identifier for a hidden HTML-comment marker (no "--", no ">"). */
export declare function markerKey(key: string): string;
/**
 * Untrusted text (a tensor name) for a terminal or a log line: control characters (C0, DEL, C1),
 * line and paragraph separators and bidirectional overrides are shown as `\xNN` / `\u{NNNN}`
 * escapes, so a name cannot move the cursor, clear the screen, fake a line of output or reorder
 * what is shown; a backslash is doubled so escapes stay unambiguous.
 */
export declare function escapeTerminal(text: string): string;
