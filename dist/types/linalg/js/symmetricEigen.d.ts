/**
 * Plain-JS symmetric eigensolver: Householder tridiagonalisation followed by the implicit QL
 * algorithm (the EISPACK tred2/tql2 pair, as in JAMA). Float64 throughout. This is the reference
 * backend: correct, dependency-free, O(n^3) and slow for large n; the WASM engine is the fast one
 * and is tested against this one and against numpy.
 */
export interface SymmetricEigen {
    /** Eigenvalues, ascending. */
    readonly values: Float64Array;
    /** Eigenvectors as columns of a row-major n x n matrix (vectors[r * n + c] is row r of vector c), or null. */
    readonly vectors: Float64Array | null;
}
/**
 * Eigen-decomposition of a symmetric n x n matrix given row-major (only the full matrix is read;
 * it must be symmetric). The input is not modified.
 */
export declare function symmetricEigen(a: Float64Array, n: number, wantVectors: boolean): SymmetricEigen;
