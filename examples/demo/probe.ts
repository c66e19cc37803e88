/**
 * Makes the demo's task probes (probe.jsonl) from its own held-out text (eval.txt), so the probe
 * set owes nothing to a downloaded data set (README "Task probes"):
 *
 *   node --import tsx examples/demo/probe.ts [eval.txt] [probe.jsonl]   (default: examples/demo)
 *
 * From every other line of eval.txt, one item: the prompt is the line's first 2 to 5 words, the
 * answer the word that follows. Three items of four are multiple choice: the right word, one other
 * word of the same part of speech (which a model can only tell apart by how often it follows) and
 * two words of other parts of speech (which the grammar rules out); the fourth asks for the next
 * word as an exact-match target. Choices carry their leading space, as lm-evaluation-harness
 * writes them. Deterministic: the same text gives the same file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng, WORDS } from './generate.js';

type Item = { prompt: string; choices: string[]; answer: number } | { prompt: string; target: string };

const PROBE_SEED = 4;

/** Part of speech of a word of the demo language (the first list that has it). */
function partOf(word: string): keyof typeof WORDS | null {
  for (const [pos, list] of Object.entries(WORDS) as [keyof typeof WORDS, readonly string[]][]) if (list.includes(word)) return pos;
  return null;
}

/** Words and punctuation of a line, as written (the tokenizer lowercases them). */
function wordsOf(line: string): string[] {
  return line.match(/\w+|[^\w\s]+/g) ?? [];
}

export function makeProbeItems(evalText: string): Item[] {
  const r = rng(PROBE_SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const lines = evalText.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const items: Item[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const words = wordsOf(lines[i]!);
    const k = 2 + (i % 4);
    if (words.length <= k) continue;
    // The prompt as written: words joined by spaces, no space before '.'.
    const prompt = words.slice(0, k).join(' ').replace(/ \./g, '.');
    const next = words[k]!;
    const spaced = next === '.' ? next : ` ${next}`;
    if (items.length % 4 === 3) {
      items.push({ prompt, target: spaced });
      continue;
    }
    const pos = partOf(next.toLowerCase());
    if (pos === null) continue;
    const same = WORDS[pos].filter((w) => w !== next.toLowerCase());
    const otherParts = (Object.keys(WORDS) as (keyof typeof WORDS)[]).filter((p) => p !== pos && p !== 'punct');
    const distractors = same.length > 0 ? [pick(same)] : [];
    while (distractors.length < 3) {
      const w = pick(WORDS[pick(otherParts)]);
      if (!distractors.includes(w) && w !== next.toLowerCase()) distractors.push(w);
    }
    const choices = distractors.map((w) => ` ${w}`);
    const answer = Math.floor(r() * 4);
    choices.splice(answer, 0, spaced);
    items.push({ prompt, choices, answer });
  }
  return items;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const input = resolve(process.argv[2] ?? join(here, 'eval.txt'));
  const output = resolve(process.argv[3] ?? join(here, 'probe.jsonl'));
  const items = makeProbeItems(await readFile(input, 'utf8'));
  await writeFile(output, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
  process.stdout.write(`wrote ${items.length} probe items to ${output}\n`);
}
