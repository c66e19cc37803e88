/**
 * Escaping of untrusted text (layer names, model metadata, file names) for GitHub Markdown.
 * The result renders as the literal text: no HTML, no links or autolinks, no @mentions, no
 * #references, no emphasis, and it cannot break out of a table cell.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for Markdown inline content and GFM table cells. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Control characters and newlines would end a table row or a line.
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/[&<>"']/g, (c) => HTML[c] as string)
      // Markdown punctuation, including the table-cell separator.
      .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
      // A zero-width space after @ stops mentions (and team mentions @org/team); the same idea
      // as Dependabot's release notes. Likewise for #123 issue references (escaped above) and
      // for autolinks: break "://" and "www." so the autolink extension does not see a URL.
      .replace(/@/g, '@&#8203;')
      .replace(/:\/\//g, ':&#8203;//')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`)
      // A leading "-" or "=" could turn a line into a list item or a heading underline.
      .replace(/^([-=])/, '\\$1')
  );
}

/** A safe identifier for a hidden HTML-comment marker (no "--", no ">"). */
export function markerKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_./@:-]/g, '_').replace(/-{2,}/g, '-');
}
