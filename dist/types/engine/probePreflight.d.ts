/**
 * The probe file's part of "validate first" (src/engine/preflight.ts): the items are read,
 * checked and encoded with the tokenizer the run will use, so a malformed line or a choice that
 * adds no token is PROBE_INVALID, naming the line, before any weight is read, not after minutes
 * of analysis and smoothing.
 */
import type { Plan } from '../config/plan.js';
/** `model`: the local original model file, or null for a URL or glob (its folder is not known yet). */
export declare function checkProbe(plan: Plan, model: string | null): Promise<void>;
