import { openSession } from '../src/eval/session.js';
import { sessionSignature } from '../src/eval/signature.js';
import { createRunner } from '../src/eval/runner.js';
import { scoreTokens, type WindowRunner } from '../src/eval/perplexity.js';
import { loadTokenizer, tokenizeText } from '../src/eval/tokenizer.js';
import { readFileSync } from 'node:fs';
const p = '/work/shared/models/stories260K/model.onnx';
const tokens = tokenizeText(readFileSync('/work/shared/data/tinystories_val_64k.txt','utf8'), loadTokenizer('/work/shared/models/stories260K'));
const s = await openSession(p, { device: 'cpu', threads: 1, graphOptimizationLevel: 'all' });
const sig = sessionSignature(s.session, p);
const inner = createRunner(s, sig, 512);
let runT = 0;
const timed: WindowRunner = { vocabSize: 512, run: async (rows, len) => { const t = performance.now(); const b = await inner.run(rows, len); runT += performance.now() - t; return b; } };
for (let i = 0; i < 3; i++) { runT = 0; const r = await scoreTokens(tokens, timed, { context: 256, stride: 256, maxTokens: 0, batchSize: 16 }); console.log('total', r.seconds.toFixed(2), 'run', (runT/1000).toFixed(2)); }
