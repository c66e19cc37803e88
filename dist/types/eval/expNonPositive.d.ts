/**
 * exp(y) for y <= 0 in float64, for the NLL's logsumexp (src/eval/perplexity.ts): every scored
 * token takes one exp per vocabulary entry (32000 for Llama-2, 128256 for Llama-3), and V8's
 * Math.exp is an out-of-line call whose latency bounds that loop (about 0.75 ms of CPU per token
 * at 32000 on a 2-vCPU EPYC runner). Here: y = -i/64 + r with r in (-1/64, 0], exp(-i/64) from a
 * table and exp(r) from its degree-6 Taylor polynomial (truncation below (1/64)^7 / 7! = 4.5e-17),
 * inlined and independent per element, about twice as fast. Within 4.5e-16 relative of Math.exp
 * down to y = -700 (test/eval/expNonPositive.test.ts); below that both are far under 1e-300, and from
 * -746 on it returns 0 as exp does. NaN gives NaN; -Infinity gives 0.
 */
export declare function expNonPositive(y: number): number;
