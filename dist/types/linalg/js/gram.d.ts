/**
 * Gram matrix of the short side of W in float64: W^T W (cols x cols) when rows >= cols, else
 * W W^T (rows x rows). Its eigenvalues are the squared singular values of W, which is the ESD
 * WeightWatcher uses (lambda_i = sigma_i^2).
 */
import type { Matrix } from '../matrix.js';
export declare function shortSideGram(W: Matrix): {
    gram: Float64Array;
    n: number;
    side: 'cols' | 'rows';
};
