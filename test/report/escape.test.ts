import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markerKey } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  const hostile = '@org/team <img src=x> [x](http://e)';
  const out = escapeMarkdown(hostile);

  it('leaves no raw HTML tag', () => {
    expect(out).not.toMatch(/<[a-z]/i);
    expect(out).toContain('&lt;img src=x&gt;');
  });
  it('breaks the mention: no "@" directly followed by a name character', () => {
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
  });
  it('leaves no link syntax and no autolinkable URL', () => {
    expect(out).not.toMatch(/\]\(/);
    expect(out).not.toContain('](');
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).toContain('\\[x\\]');
  });
  it('cannot end a table cell or a row', () => {
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });
  it('escapes emphasis, code and issue references', () => {
    expect(escapeMarkdown('*a* _b_ `c` #12')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\#12');
  });
});

describe('markerKey', () => {
  it('cannot close the HTML comment', () => {
    expect(markerKey('a-->b c')).toBe('a->b_c'.replace('>', '_'));
    expect(markerKey('x--y')).not.toContain('--');
  });
});
