/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/eval/probeEncode.ts
var PROMPT_EXCERPT_CHARS = 80;
function moveTrailingSpace(prompt, continuation) {
  const kept = prompt.replace(/\s+$/u, "");
  return [kept, prompt.slice(kept.length) + continuation];
}
function charLength(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function encodeProbe(set, tokenizer) {
  const probeIds = tokenizer.encodeLine("a");
  const appendsEos = tokenizer.eosId !== null && probeIds.length > 1 && probeIds[probeIds.length - 1] === tokenizer.eosId;
  const encode = (text) => {
    const ids = tokenizer.encodeLine(text);
    if (appendsEos && ids[ids.length - 1] === tokenizer.eosId) ids.pop();
    return ids;
  };
  const pair = (item, continuation, what) => {
    const [ctxText, contText] = moveTrailingSpace(item.prompt, continuation);
    const context = encode(ctxText);
    const whole = encode(ctxText + contText);
    const cont = whole.slice(context.length);
    const where = `${set.source} line ${item.line}`;
    if (context.length === 0) {
      throw new WwError("PROBE_INVALID", `${where}: the prompt encodes to no token and the tokenizer adds no BOS, so the first token of ${what} has nothing to be predicted from`, { file: set.source, line: item.line });
    }
    if (cont.length === 0) {
      throw new WwError(
        "PROBE_INVALID",
        `${where}: ${what} adds no token after the prompt's ${context.length} (prompt + it encodes to ${whole.length} tokens); start it with a space or change the prompt`,
        { file: set.source, line: item.line }
      );
    }
    return { context, continuation: cont };
  };
  const items = set.items.map(
    (item) => item.kind === "choice" ? {
      kind: "choice",
      line: item.line,
      excerpt: item.prompt.slice(0, PROMPT_EXCERPT_CHARS),
      answer: item.answer,
      choiceChars: item.choices.map(charLength),
      requests: item.choices.map((c, i) => pair(item, c, `choice ${i} ${JSON.stringify(c.slice(0, 40))}`))
    } : { kind: "exact", line: item.line, excerpt: item.prompt.slice(0, PROMPT_EXCERPT_CHARS), request: pair(item, item.target, "the target") }
  );
  return { items, itemsTotal: set.itemsTotal, source: set.source, sha256: set.sha256 };
}

export {
  PROMPT_EXCERPT_CHARS,
  moveTrailingSpace,
  charLength,
  encodeProbe
};
