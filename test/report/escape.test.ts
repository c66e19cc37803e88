import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
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
    // Every bracket is escaped, so "](" cannot close a link text; "(" itself needs no escape.
    expect(out).not.toMatch(/(^|[^\\])[[\]]/);
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).toContain('\\[x\\]');
  });
  it('cannot end a table cell or a row', () => {
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
  });
  it('escapes emphasis, code and issue references', () => {
    expect(escapeMarkdown('*a* _b_ `c` #12')).toBe('\\*a\\* \\_b\\_ \\`c\\` #&#8203;12');
    expect(escapeMarkdown('see org/repo#7 and GH-9')).toBe('see org/repo#&#8203;7 and GH&#8203;-9');
    expect(escapeMarkdown('@org/team #5')).toBe('@&#8203;org/team #&#8203;5');
  });
});

describe('escapeMarkdown leaves harmless characters alone', () => {
  it('plus, parentheses, braces, bang and quotes stay as written', () => {
    expect(escapeMarkdown(`+4.00% (+0.4000) {x} !ok "q" it's`)).toBe(`+4.00% (+0.4000) {x} !ok "q" it's`);
  });
  it('an underscore inside a word cannot make emphasis and stays; at a word edge it is escaped', () => {
    expect(escapeMarkdown('model.layers.0.self_attn.q_proj.weight')).toBe('model.layers.0.self_attn.q_proj.weight');
    expect(escapeMarkdown('_x_ a_ _b')).toBe('\\_x\\_ a\\_ \\_b');
  });
  it('escapes list and rule starts, math, and backslashes', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('-0.25')).toBe('-0.25');
    expect(escapeMarkdown('$x$ a\\b')).toBe('\\$x\\$ a\\\\b');
  });
});

describe('markerKey', () => {
  it('cannot close the HTML comment', () => {
    expect(markerKey('a-->b c')).toBe('a->b_c'.replace('>', '_'));
    expect(markerKey('x--y')).not.toContain('--');
  });
});

/**
 * Independent check with cmark-gfm (GitHub's Markdown parser, Debian package cmark-gfm) when it is
 * installed: every escaped string, in a table cell, a paragraph, bold text and our "Model" line,
 * renders as plain text (no element of its own) and keeps the table at two cells.
 */
const cmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0;
if (!cmark) console.log('[escape] cmark-gfm not installed (apt-get install cmark-gfm): rendering check skipped');
describe.skipIf(!cmark)('escaped text renders inert in cmark-gfm', () => {
  const hostile = [
    '@octocat please', '<img src=x onerror=1>', '[click me](http://evil.example/phish)', '![pixel](https://evil.example/t.png)',
    'see https://evil.example and www.evil.example', '`code` ``` fence ```', 'a | b | c', 'line1\n# Injected\n| x |',
    '**bold** _em_ ~~strike~~ ~s~ \\ *', 'a*b*c', '_x_', 'foo_bar_', '__init__', 'x_(y)_z', '- item', '+ item', '1. item', '---',
    '(a)[b](c)', '!\\[x](y)', 'a\\](b)', '+4.00% (+0.4000)', '&lt;b&gt;', 'model.layers.0.self_attn.q_proj.weight',
  ];
  it.each(hostile)('%j', (h) => {
    const e = escapeMarkdown(h);
    const contexts = [`| a | b |\n|---|---|\n| ${e} | x |\n`, `${e}\n`, `**${e}**\n`, `Model \`abc\` (${e}, onnx).\n`];
    for (const md of contexts) {
      const html = spawnSync('cmark-gfm', ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: md, encoding: 'utf8' }).stdout;
      const ours = ['table', 'thead', 'tbody', 'tr', 'th', 'td', 'p', ...(md.startsWith('**') ? ['strong'] : [])];
      const tags = [...html.replace('<code>abc</code>', '').matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]!);
      expect(tags.filter((t) => !ours.includes(t)), md).toEqual([]);
      expect(html.match(/<strong>/g)?.length ?? 0).toBeLessThanOrEqual(md.startsWith('**') ? 1 : 0);
      if (md.startsWith('|')) expect(html.match(/<td/g)?.length, md).toBe(2);
    }
  });
});

describe('escapeMarkdown keeps the text', () => {
  // What a reader sees: entities decoded, backslash escapes and zero-width spaces dropped.
  const visible = (md: string): string =>
    md
      .replace(/\\([\\`*_[\]|~$#.)+=-])/g, '$1')
      .replace(/&#8203;/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  it.each([
    '@org/team <img src=x onerror=alert(1)> [x](http://e) `rm -rf` | a | b #12 GH-3 $x$ www.e.com',
    'model.layers.0.self_attn.q_proj.weight',
    '- list * emph _u_ ~s~ \\ back',
    '1. ordered',
  ])('visible text equals the input: %s', (text) => {
    expect(visible(escapeMarkdown(text))).toBe(text);
  });
});

