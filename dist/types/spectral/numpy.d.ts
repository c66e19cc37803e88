/**
 * Floating-point building blocks that reproduce numpy's own evaluation order, so our metrics agree
 * with WeightWatcher (which is numpy code) to the last bits where that is cheap to achieve:
 * - `npSum`: numpy's float64 `np.sum` of a contiguous vector: pairwise summation (8-way unrolled
 *   blocks of up to 128 elements, halved above that; numpy/_core/src/umath/loops_utils.h.src). A
 *   contiguous float64 vector is reduced in one inner-loop call (checked bit for bit against numpy 2.4
 *   up to 20000 elements in test/spectral/numpy.test.ts).
 * - `npArange` / `npLinspace`: the grids `np.arange(start, stop, step)` and `np.linspace` build.
 * - `nanToNum`: `np.nan_to_num` (NaN -> 0, +-Inf -> +-max double).
 */
/** numpy's `np.sum(a[start:start+n])` for float64 data. */
export declare function npSum(a: ArrayLike<number>, start?: number, n?: number): number;
/** `np.arange(start, stop, step)` for float arguments: length ceil((stop-start)/step), values start + i*delta. */
export declare function npArange(start: number, stop: number, step: number): Float64Array;
/** `np.linspace(start, stop, num)` (endpoint included). */
export declare function npLinspace(start: number, stop: number, num: number): Float64Array;
export declare function nanToNum(x: number): number;
