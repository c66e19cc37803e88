/*
 * WebAssembly SIMD128 kernels of the numeric engine (float64 throughout).
 *
 * Built with Debian clang 14 + wasm-ld (see wasm/build.sh): no libc, shared imported memory, so the
 * same module instance runs on the main thread and on worker_threads. Rules that keep several
 * instances on one memory safe: no static data, no address-taken locals or local arrays (the shadow
 * stack is not per-thread), scratch space always comes from the caller. Matrices are row-major
 * with an explicit leading dimension.
 *
 * Parallel kernels take (tid, nth) and process their share of rows; the JS side runs all shares
 * and waits for them (src/linalg/wasm/runtime.ts: one shared memory, worker_threads woken with
 * Atomics.notify).
 */
#include <wasm_simd128.h>

typedef double f64;
typedef int i32;

#define EXPORT(name) __attribute__((export_name(#name)))

static inline f64 fabs_(f64 x) { return __builtin_fabs(x); }
static inline f64 sqrt_(f64 x) { return __builtin_sqrt(x); }
static inline i32 imin(i32 a, i32 b) { return a < b ? a : b; }
static inline i32 imax(i32 a, i32 b) { return a > b ? a : b; }
static inline f64 hsum(v128_t v) { return wasm_f64x2_extract_lane(v, 0) + wasm_f64x2_extract_lane(v, 1); }

/* hypot without overflow/underflow for the QL iterations */
static f64 hypot_(f64 a, f64 b) {
  a = fabs_(a); b = fabs_(b);
  if (a < b) { f64 t = a; a = b; b = t; }
  if (a == 0.0) return 0.0;
  f64 r = b / a;
  return a * sqrt_(1.0 + r * r);
}

/* Rows [r0, r1) of this thread when M rows are split evenly over nth threads. */
static inline i32 split_lo(i32 M, i32 tid, i32 nth) { return (i32)(((long long)M * tid) / nth); }

/* ------------------------------------------------------------------------------------------ */
/* C[M x N] = beta*C + alpha * A[M x K] * B[K x N]   (this thread's row share)                 */
/* ------------------------------------------------------------------------------------------ */
#define NN_KB 256
#define NN_NB 512

EXPORT(gemm_nn)
void gemm_nn(i32 M, i32 N, i32 K, f64 alpha, const f64 *A, i32 lda, const f64 *B, i32 ldb, f64 beta,
             f64 *C, i32 ldc, i32 tid, i32 nth) {
  i32 r0 = split_lo(M, tid, nth), r1 = split_lo(M, tid + 1, nth);
  if (beta != 1.0) {
    for (i32 i = r0; i < r1; i++) {
      f64 *c = C + (long)i * ldc;
      if (beta == 0.0) for (i32 j = 0; j < N; j++) c[j] = 0.0;
      else for (i32 j = 0; j < N; j++) c[j] *= beta;
    }
  }
  v128_t va = wasm_f64x2_splat(alpha);
  for (i32 j0 = 0; j0 < N; j0 += NN_NB) {
    i32 j1 = imin(N, j0 + NN_NB);
    i32 j4 = j0 + ((j1 - j0) & ~3);
    for (i32 k0 = 0; k0 < K; k0 += NN_KB) {
      i32 k1 = imin(K, k0 + NN_KB);
      i32 i = r0;
      for (; i + 4 <= r1; i += 4) {
        const f64 *a0 = A + (long)i * lda, *a1 = a0 + lda, *a2 = a1 + lda, *a3 = a2 + lda;
        f64 *c0 = C + (long)i * ldc, *c1 = c0 + ldc, *c2 = c1 + ldc, *c3 = c2 + ldc;
        for (i32 j = j0; j < j4; j += 4) {
          v128_t s00 = wasm_f64x2_splat(0), s01 = s00, s10 = s00, s11 = s00, s20 = s00, s21 = s00, s30 = s00, s31 = s00;
          const f64 *b = B + (long)k0 * ldb + j;
          for (i32 k = k0; k < k1; k++, b += ldb) {
            v128_t b0 = wasm_v128_load(b), b1 = wasm_v128_load(b + 2);
            v128_t x0 = wasm_f64x2_splat(a0[k]), x1 = wasm_f64x2_splat(a1[k]);
            v128_t x2 = wasm_f64x2_splat(a2[k]), x3 = wasm_f64x2_splat(a3[k]);
            s00 = wasm_f64x2_add(s00, wasm_f64x2_mul(x0, b0)); s01 = wasm_f64x2_add(s01, wasm_f64x2_mul(x0, b1));
            s10 = wasm_f64x2_add(s10, wasm_f64x2_mul(x1, b0)); s11 = wasm_f64x2_add(s11, wasm_f64x2_mul(x1, b1));
            s20 = wasm_f64x2_add(s20, wasm_f64x2_mul(x2, b0)); s21 = wasm_f64x2_add(s21, wasm_f64x2_mul(x2, b1));
            s30 = wasm_f64x2_add(s30, wasm_f64x2_mul(x3, b0)); s31 = wasm_f64x2_add(s31, wasm_f64x2_mul(x3, b1));
          }
#define ST(cp, s0, s1) wasm_v128_store(cp + j, wasm_f64x2_add(wasm_v128_load(cp + j), wasm_f64x2_mul(va, s0))); \
                       wasm_v128_store(cp + j + 2, wasm_f64x2_add(wasm_v128_load(cp + j + 2), wasm_f64x2_mul(va, s1)));
          ST(c0, s00, s01) ST(c1, s10, s11) ST(c2, s20, s21) ST(c3, s30, s31)
#undef ST
        }
        for (i32 j = j4; j < j1; j++) {
          f64 t0 = 0, t1 = 0, t2 = 0, t3 = 0;
          for (i32 k = k0; k < k1; k++) {
            f64 bv = B[(long)k * ldb + j];
            t0 += a0[k] * bv; t1 += a1[k] * bv; t2 += a2[k] * bv; t3 += a3[k] * bv;
          }
          c0[j] += alpha * t0; c1[j] += alpha * t1; c2[j] += alpha * t2; c3[j] += alpha * t3;
        }
      }
      for (; i < r1; i++) {
        const f64 *a0 = A + (long)i * lda;
        f64 *c0 = C + (long)i * ldc;
        for (i32 k = k0; k < k1; k++) {
          f64 x = alpha * a0[k];
          const f64 *b = B + (long)k * ldb;
          for (i32 j = j0; j < j1; j++) c0[j] += x * b[j];
        }
      }
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* C[M x N] = beta*C + alpha * A[M x K] * B[N x K]^T.  lower != 0: only blocks with j <= i     */
/* (Gram), rows split so that each thread gets about the same area of the lower triangle.      */
/* ------------------------------------------------------------------------------------------ */
#define NT_KB 512
#define NT_NB 128

static inline void nt_store(f64 *c, f64 alpha, f64 beta, f64 v) { *c = (beta == 0.0 ? 0.0 : beta * *c) + alpha * v; }

EXPORT(gemm_nt)
void gemm_nt(i32 M, i32 N, i32 K, f64 alpha, const f64 *A, i32 lda, const f64 *B, i32 ldb, f64 beta,
             f64 *C, i32 ldc, i32 lower, i32 tid, i32 nth) {
  i32 r0, r1;
  if (lower) {
    r0 = (i32)(M * sqrt_((f64)tid / nth)); r1 = (i32)(M * sqrt_((f64)(tid + 1) / nth));
    if (tid + 1 == nth) r1 = M;
    r0 &= ~1; if (tid + 1 < nth) r1 &= ~1;
  } else { r0 = split_lo(M, tid, nth); r1 = split_lo(M, tid + 1, nth); }
  for (i32 k0 = 0; k0 < K; k0 += NT_KB) {
    i32 k1 = imin(K, k0 + NT_KB);
    i32 kl = k1 - k0, k2 = k0 + (kl & ~1);
    f64 bt = k0 == 0 ? beta : 1.0;
    for (i32 j0 = 0; j0 < N; j0 += NT_NB) {
      i32 j1 = imin(N, j0 + NT_NB);
      for (i32 i = r0; i < r1; i += 2) {
        i32 two = i + 1 < r1;
        const f64 *a0 = A + (long)i * lda, *a1 = two ? a0 + lda : a0;
        i32 jend = lower ? imin(j1, i + 2) : j1;
        if (jend <= j0) continue;
        i32 j = j0;
        for (; j + 4 <= jend; j += 4) {
          const f64 *b0 = B + (long)j * ldb, *b1 = b0 + ldb, *b2 = b1 + ldb, *b3 = b2 + ldb;
          v128_t s00 = wasm_f64x2_splat(0), s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
          for (i32 k = k0; k < k2; k += 2) {
            v128_t x0 = wasm_v128_load(a0 + k), x1 = wasm_v128_load(a1 + k);
            v128_t y0 = wasm_v128_load(b0 + k), y1 = wasm_v128_load(b1 + k), y2 = wasm_v128_load(b2 + k), y3 = wasm_v128_load(b3 + k);
            s00 = wasm_f64x2_add(s00, wasm_f64x2_mul(x0, y0)); s01 = wasm_f64x2_add(s01, wasm_f64x2_mul(x0, y1));
            s02 = wasm_f64x2_add(s02, wasm_f64x2_mul(x0, y2)); s03 = wasm_f64x2_add(s03, wasm_f64x2_mul(x0, y3));
            s10 = wasm_f64x2_add(s10, wasm_f64x2_mul(x1, y0)); s11 = wasm_f64x2_add(s11, wasm_f64x2_mul(x1, y1));
            s12 = wasm_f64x2_add(s12, wasm_f64x2_mul(x1, y2)); s13 = wasm_f64x2_add(s13, wasm_f64x2_mul(x1, y3));
          }
          f64 t00 = hsum(s00), t01 = hsum(s01), t02 = hsum(s02), t03 = hsum(s03);
          f64 t10 = hsum(s10), t11 = hsum(s11), t12 = hsum(s12), t13 = hsum(s13);
          for (i32 k = k2; k < k1; k++) {
            t00 += a0[k] * b0[k]; t01 += a0[k] * b1[k]; t02 += a0[k] * b2[k]; t03 += a0[k] * b3[k];
            t10 += a1[k] * b0[k]; t11 += a1[k] * b1[k]; t12 += a1[k] * b2[k]; t13 += a1[k] * b3[k];
          }
          f64 *c0 = C + (long)i * ldc + j;
          nt_store(c0, alpha, bt, t00); nt_store(c0 + 1, alpha, bt, t01); nt_store(c0 + 2, alpha, bt, t02); nt_store(c0 + 3, alpha, bt, t03);
          if (two) {
            f64 *c1 = c0 + ldc;
            nt_store(c1, alpha, bt, t10); nt_store(c1 + 1, alpha, bt, t11); nt_store(c1 + 2, alpha, bt, t12); nt_store(c1 + 3, alpha, bt, t13);
          }
        }
        for (; j < jend; j++) {
          const f64 *b0 = B + (long)j * ldb;
          f64 t0 = 0, t1 = 0;
          for (i32 k = k0; k < k1; k++) { t0 += a0[k] * b0[k]; t1 += a1[k] * b0[k]; }
          nt_store(C + (long)i * ldc + j, alpha, bt, t0);
          if (two) nt_store(C + (long)(i + 1) * ldc + j, alpha, bt, t1);
        }
      }
    }
  }
}

/* Copies the lower triangle of the n x n matrix onto its upper triangle (this thread's rows). */
EXPORT(mirror_lower)
void mirror_lower(i32 n, f64 *A, i32 lda, i32 tid, i32 nth) {
  i32 r0 = split_lo(n, tid, nth), r1 = split_lo(n, tid + 1, nth);
  for (i32 i = r0; i < r1; i++)
    for (i32 j = i + 1; j < n; j++) A[(long)i * lda + j] = A[(long)j * lda + i];
}

/* ------------------------------------------------------------------------------------------ */
/* Householder QR of an m x b panel P (row-major, ld = ldp), LAPACK dgeqr2 + dlarft:           */
/*   Q = H_0 ... H_{b-1} = I - V T V^T,  Q^T P = [R; 0].                                       */
/* On exit: R (b x b, upper) in Rout (ld b), V (m x b, unit lower trapezoidal, zeros above)   */
/* overwrites P, T (b x b upper) in Tout (ld b). work: b doubles.                              */
/* ------------------------------------------------------------------------------------------ */
EXPORT(panel_qr)
void panel_qr(i32 m, i32 b, f64 *P, i32 ldp, f64 *Rout, f64 *Tout, f64 *work) {
  for (i32 j = 0; j < b * b; j++) { Rout[j] = 0.0; Tout[j] = 0.0; }
  for (i32 j = 0; j < b && j < m; j++) {
    f64 alpha = P[(long)j * ldp + j];
    f64 xn2 = 0.0, scale = 0.0;
    for (i32 r = j + 1; r < m; r++) { f64 x = fabs_(P[(long)r * ldp + j]); if (x > scale) scale = x; }
    if (scale > 0.0) for (i32 r = j + 1; r < m; r++) { f64 x = P[(long)r * ldp + j] / scale; xn2 += x * x; }
    f64 tau = 0.0, beta = alpha;
    if (scale > 0.0) {
      f64 xnorm = scale * sqrt_(xn2);
      beta = -(alpha >= 0 ? 1.0 : -1.0) * hypot_(alpha, xnorm);
      tau = (beta - alpha) / beta;
      f64 inv = 1.0 / (alpha - beta);
      for (i32 r = j + 1; r < m; r++) P[(long)r * ldp + j] *= inv;
    }
    P[(long)j * ldp + j] = 1.0;
    /* apply H_j = I - tau v v^T to P[j:m, j+1:b] */
    if (tau != 0.0) {
      i32 nc = b - j - 1;
      for (i32 c = 0; c < nc; c++) work[c] = 0.0;
      for (i32 r = j; r < m; r++) {
        f64 v = P[(long)r * ldp + j];
        const f64 *row = P + (long)r * ldp + j + 1;
        for (i32 c = 0; c < nc; c++) work[c] += v * row[c];
      }
      for (i32 r = j; r < m; r++) {
        f64 v = tau * P[(long)r * ldp + j];
        f64 *row = P + (long)r * ldp + j + 1;
        for (i32 c = 0; c < nc; c++) row[c] -= v * work[c];
      }
    }
    /* R row j: beta on the diagonal, the updated P[j, j+1:] to the right */
    Rout[j * b + j] = beta;
    for (i32 c = j + 1; c < b; c++) Rout[j * b + c] = P[(long)j * ldp + c];
    Tout[j * b + j] = tau;
    /* zero the part above the unit diagonal of column j... done after all columns */
    /* T[0:j, j] = -tau T[0:j,0:j] (V[:,0:j]^T v_j) */
    if (j > 0) {
      for (i32 i = 0; i < j; i++) work[i] = 0.0;
      for (i32 r = j; r < m; r++) {
        f64 vj = P[(long)r * ldp + j];
        const f64 *row = P + (long)r * ldp;
        for (i32 i = 0; i < j; i++) work[i] += row[i] * vj;
      }
      for (i32 i = 0; i < j; i++) {
        f64 s = 0.0;
        for (i32 l = i; l < j; l++) s += Tout[i * b + l] * work[l];
        Tout[i * b + j] = -tau * s;
      }
    }
  }
  for (i32 r = 0; r < b && r < m; r++)
    for (i32 c = r + 1; c < b; c++) P[(long)r * ldp + c] = 0.0;
}

/* ------------------------------------------------------------------------------------------ */
/* Band (lower, bandwidth b) to tridiagonal by Householder bulge chasing, eigenvalues only.    */
/* Storage: AB[c * ld + (r - c)] = A[r][c] for 0 <= r - c < ld, ld >= 2b + 1 (room for bulges). */
/* On exit d[0..n) = diagonal, e[0..n-1) = sub-diagonal. work: 4 * b doubles.                  */
/* ------------------------------------------------------------------------------------------ */
#define AB_(r, c) AB[(long)(c) * ld + ((r) - (c))]

/* Householder reflector for x[0..len) (stride incx): returns tau, overwrites x with (beta, v[1..]). */
static f64 make_reflector(i32 len, f64 *x, i32 incx, f64 *beta_out) {
  f64 alpha = x[0], scale = 0.0, s2 = 0.0;
  for (i32 i = 1; i < len; i++) { f64 a = fabs_(x[(long)i * incx]); if (a > scale) scale = a; }
  if (scale == 0.0) { *beta_out = alpha; return 0.0; }
  for (i32 i = 1; i < len; i++) { f64 a = x[(long)i * incx] / scale; s2 += a * a; }
  f64 xnorm = scale * sqrt_(s2);
  f64 beta = -(alpha >= 0 ? 1.0 : -1.0) * hypot_(alpha, xnorm);
  f64 tau = (beta - alpha) / beta, inv = 1.0 / (alpha - beta);
  for (i32 i = 1; i < len; i++) x[(long)i * incx] *= inv;
  *beta_out = beta;
  return tau;
}

/* y[0..n) += a * x[0..n) */
static inline void axpy(i32 n, f64 a, const f64 *restrict x, f64 *restrict y) {
  v128_t va = wasm_f64x2_splat(a);
  i32 i = 0;
  for (; i + 2 <= n; i += 2) wasm_v128_store(y + i, wasm_f64x2_add(wasm_v128_load(y + i), wasm_f64x2_mul(va, wasm_v128_load(x + i))));
  for (; i < n; i++) y[i] += a * x[i];
}

/* x[0..n) . y[0..n) */
static inline f64 dot(i32 n, const f64 *restrict x, const f64 *restrict y) {
  v128_t acc = wasm_f64x2_splat(0.0);
  i32 i = 0;
  for (; i + 2 <= n; i += 2) acc = wasm_f64x2_add(acc, wasm_f64x2_mul(wasm_v128_load(x + i), wasm_v128_load(y + i)));
  f64 s = hsum(acc);
  for (; i < n; i++) s += x[i] * y[i];
  return s;
}

/* Two-sided update of the symmetric diagonal block rows/cols [s, s+len) with H = I - tau v v^T. */
static void sym_update(f64 *AB, i32 ld, i32 s, i32 len, const f64 *restrict v, f64 tau, f64 *restrict p) {
  if (tau == 0.0) return;
  for (i32 i = 0; i < len; i++) p[i] = 0.0;
  for (i32 c = 0; c < len; c++) {
    const f64 *col = &AB_(s + c, s + c); /* col[r - c] = A[s + r][s + c] */
    /* p[c] += A[c:, c] . v[c:];  p[c+1:] += A[c+1:, c] * v[c] */
    p[c] += dot(len - c, col, v + c);
    axpy(len - c - 1, v[c], col + 1, p + c + 1);
  }
  f64 K = 0.0;
  for (i32 i = 0; i < len; i++) { p[i] *= tau; K += v[i] * p[i]; }
  K *= 0.5 * tau;
  for (i32 i = 0; i < len; i++) p[i] -= K * v[i];
  for (i32 c = 0; c < len; c++) {
    f64 *col = &AB_(s + c, s + c);
    axpy(len - c, -p[c], v + c, col);
    axpy(len - c, -v[c], p + c, col);
  }
}

/* sweep_start and chase_step are forced inline: built as calls, the pipelined variant below gave
   a result different from the single-thread one in about 1 of 2,500 runs on oversubscribed cores
   (0 of 13,500 inlined, as with the two hand-inlined copies this replaced); the cause was not found,
   and test/linalg/fastEngine.test.ts compares the two bit for bit. */

/* Step 0 of sweep j: the reflector that zeroes column j below the sub-diagonal (rows [j+1, j+1+len)),
   applied on both sides of its diagonal block; v receives it. Returns its tau. */
static inline __attribute__((always_inline)) f64 sweep_start(f64 *AB, i32 ld, i32 j, i32 len, f64 *restrict v, f64 *restrict p) {
  i32 cur = j + 1;
  f64 beta;
  f64 tau = make_reflector(len, &AB_(cur, j), 1, &beta);
  v[0] = 1.0;
  for (i32 i = 1; i < len; i++) { v[i] = AB_(cur + i, j); AB_(cur + i, j) = 0.0; }
  AB_(cur, j) = beta;
  sym_update(AB, ld, cur, len, v, tau, p);
  return tau;
}

/* One bulge-chasing step: the block B = A[nxt..nxt+nlen, cur..cur+len) (nxt = cur + len) gets the
   previous reflector (v, tau) from the right; unless nlen < 2 (the last rows need only that), a new
   reflector zeroes B[1:, 0], is applied to B[:, 1:] from the left and to its diagonal block on both
   sides, and replaces v. Returns the new tau (0 when nlen < 2). */
static inline __attribute__((always_inline)) f64 chase_step(f64 *AB, i32 ld, i32 cur, i32 len, i32 nlen, f64 tau, f64 *restrict v, f64 *restrict g, f64 *restrict p, f64 *restrict t) {
  i32 nxt = cur + len;
  if (tau != 0.0) {
    /* t = B v (column by column, contiguous), then B -= tau t v^T */
    for (i32 r = 0; r < nlen; r++) t[r] = 0.0;
    for (i32 c = 0; c < len; c++) axpy(nlen, v[c], &AB_(nxt, cur + c), t);
    for (i32 c = 0; c < len; c++) axpy(nlen, -tau * v[c], t, &AB_(nxt, cur + c));
  }
  if (nlen < 2) return 0.0;
  f64 nbeta;
  f64 ntau = make_reflector(nlen, &AB_(nxt, cur), 1, &nbeta);
  g[0] = 1.0;
  for (i32 i = 1; i < nlen; i++) { g[i] = AB_(nxt + i, cur); AB_(nxt + i, cur) = 0.0; }
  AB_(nxt, cur) = nbeta;
  /* B[:, 1:len] <- G B[:, 1:len] */
  if (ntau != 0.0) {
    for (i32 c = 1; c < len; c++) {
      f64 *col = &AB_(nxt, cur + c);
      axpy(nlen, -ntau * dot(nlen, g, col), g, col);
    }
  }
  sym_update(AB, ld, nxt, nlen, g, ntau, p);
  for (i32 i = 0; i < nlen; i++) v[i] = g[i];
  return ntau;
}

EXPORT(band_to_tridiag)
void band_to_tridiag(i32 n, i32 b, f64 *AB, i32 ld, f64 *d, f64 *e, f64 *work) {
  f64 *v = work, *p = work + b, *g = work + 2 * b, *t = work + 3 * b;
  for (i32 j = 0; j + 2 < n; j++) {
    i32 cur = j + 1, len = imin(b, n - cur);
    if (len < 2) continue;
    f64 tau = sweep_start(AB, ld, j, len, v, p);
    /* chase the bulge down the band */
    for (;;) {
      i32 nlen = imin(b, n - (cur + len));
      if (nlen <= 0) break;
      tau = chase_step(AB, ld, cur, len, nlen, tau, v, g, p, t);
      if (nlen < 2) break;
      cur += len;
      len = nlen;
    }
  }
  for (i32 j = 0; j < n; j++) d[j] = AB_(j, j);
  for (i32 j = 0; j + 1 < n; j++) e[j] = AB_(j + 1, j);
  if (n > 0) e[n - 1] = 0.0;
}

/*
 * Multi-threaded bulge chasing: sweep j runs on thread j % nth. Step i of sweep j (step 0 =
 * eliminating column j, step i >= 1 = the i-th bulge block) touches rows/cols
 * [j+1+(i-1)b, j+1+(i+1)b); sweep j-1 touches that range up to its step i+2, so sweep j waits
 * until progress[j-1] >= i+3 (or sweep j-1 is done). This gives exactly the sequential result.
 * progress: n ints, zeroed by the caller. d/e are then read with band_extract.
 */
#define DONE 0x7fffffff
static inline void wait_progress(i32 *prog, i32 need) {
  i32 spins = 0;
  for (;;) {
    i32 v = __atomic_load_n(prog, __ATOMIC_ACQUIRE);
    if (v >= need) return;
    if (++spins > 4000) { __builtin_wasm_memory_atomic_wait32(prog, v, 20000); spins = 0; }
  }
}

EXPORT(band_to_tridiag_mt)
void band_to_tridiag_mt(i32 n, i32 b, f64 *AB, i32 ld, f64 *work_all, i32 *progress, i32 tid, i32 nth) {
  f64 *work = work_all + (long)tid * 4 * b;
  f64 *v = work, *p = work + b, *g = work + 2 * b, *t = work + 3 * b;
  for (i32 j = tid; j < n; j += nth) {
    i32 *prev = j > 0 ? progress + j - 1 : 0;
    i32 cur = j + 1, len = imin(b, n - cur);
    if (j + 2 >= n || len < 2) {
      if (prev) wait_progress(prev, DONE);
      __atomic_store_n(progress + j, DONE, __ATOMIC_RELEASE);
      continue;
    }
    if (prev) wait_progress(prev, 3);
    f64 tau = sweep_start(AB, ld, j, len, v, p);
    __atomic_store_n(progress + j, 1, __ATOMIC_RELEASE);
    for (i32 step = 1;; step++) {
      i32 nlen = imin(b, n - (cur + len));
      if (nlen <= 0) break;
      if (prev) wait_progress(prev, step + 3);
      tau = chase_step(AB, ld, cur, len, nlen, tau, v, g, p, t);
      if (nlen < 2) break;
      cur += len;
      len = nlen;
      __atomic_store_n(progress + j, step + 1, __ATOMIC_RELEASE);
    }
    if (prev) wait_progress(prev, DONE); /* keep sweeps finishing in order */
    __atomic_store_n(progress + j, DONE, __ATOMIC_RELEASE);
  }
}

EXPORT(band_extract)
void band_extract(i32 n, const f64 *AB, i32 ld, f64 *d, f64 *e) {
  for (i32 j = 0; j < n; j++) d[j] = AB[(long)j * ld];
  for (i32 j = 0; j + 1 < n; j++) e[j] = AB[(long)j * ld + 1];
  if (n > 0) e[n - 1] = 0.0;
}

/* ------------------------------------------------------------------------------------------ */
/* Implicit QL (EISPACK tql1) on d[0..n), e[0..n-1) = sub-diagonal (e[n-1] ignored).           */
/* Eigenvalues left in d, unsorted. Returns 0, or -1 if an eigenvalue did not converge.        */
/* When V != 0, rotations are also applied to the rows of V (n x n, ld n): V holds             */
/* eigenvectors as ROWS (tql2 with transposed storage, contiguous SIMD-friendly updates).       */
/* ------------------------------------------------------------------------------------------ */
static i32 tql_core(i32 n, f64 *d, f64 *e, f64 *V, i32 ldv) {
  if (n <= 1) return 0;
  e[n - 1] = 0.0;
  f64 f = 0.0, tst1 = 0.0;
  const f64 eps = 2.220446049250313e-16;
  for (i32 l = 0; l < n; l++) {
    f64 t = fabs_(d[l]) + fabs_(e[l]);
    if (t > tst1) tst1 = t;
    i32 m = l;
    while (m < n - 1) { if (fabs_(e[m]) <= eps * tst1) break; m++; }
    if (m > l) {
      i32 iter = 0;
      do {
        if (++iter > 60) return -1;
        f64 g = d[l];
        f64 p = (d[l + 1] - g) / (2.0 * e[l]);
        f64 r = sqrt_(p * p + 1.0);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        f64 dl1 = d[l + 1];
        f64 h = g - d[l];
        for (i32 i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        f64 c = 1.0, c2 = c, c3 = c, el1 = e[l + 1], s = 0.0, s2 = 0.0;
        for (i32 i = m - 1; i >= l; i--) {
          c3 = c2; c2 = c; s2 = s;
          g = c * e[i]; h = c * p;
          r = sqrt_(p * p + e[i] * e[i]);
          e[i + 1] = s * r; s = e[i] / r; c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          if (V) {
            f64 *vi = V + (long)i * ldv, *vj = vi + ldv;
            v128_t vs = wasm_f64x2_splat(s), vc = wasm_f64x2_splat(c);
            i32 k = 0;
            for (; k + 2 <= n; k += 2) {
              v128_t hi = wasm_v128_load(vj + k), lo = wasm_v128_load(vi + k);
              wasm_v128_store(vj + k, wasm_f64x2_add(wasm_f64x2_mul(vs, lo), wasm_f64x2_mul(vc, hi)));
              wasm_v128_store(vi + k, wasm_f64x2_sub(wasm_f64x2_mul(vc, lo), wasm_f64x2_mul(vs, hi)));
            }
            for (; k < n; k++) { f64 hh = vj[k]; vj[k] = s * vi[k] + c * hh; vi[k] = c * vi[k] - s * hh; }
          }
        }
        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (fabs_(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0.0;
  }
  return 0;
}

/* QL with plain sqrt(a^2 + b^2) instead of an overflow-safe hypot (cheaper per rotation): the
   matrix is scaled to unit max-norm first, so no square can overflow or underflow harmfully. */
EXPORT(tql)
i32 tql(i32 n, f64 *d, f64 *e, f64 *V, i32 ldv) {
  f64 anorm = 0.0;
  for (i32 i = 0; i < n; i++) { f64 a = fabs_(d[i]); if (a > anorm) anorm = a; }
  for (i32 i = 0; i + 1 < n; i++) { f64 a = fabs_(e[i]); if (a > anorm) anorm = a; }
  if (anorm == 0.0) return 0;
  f64 inv = 1.0 / anorm;
  for (i32 i = 0; i < n; i++) d[i] *= inv;
  for (i32 i = 0; i + 1 < n; i++) e[i] *= inv;
  i32 st = tql_core(n, d, e, V, ldv);
  for (i32 i = 0; i < n; i++) d[i] *= anorm;
  return st;
}

/* ------------------------------------------------------------------------------------------ */
/* Top-k eigenpairs of a small dense symmetric matrix (the Rayleigh-Ritz step of the truncated  */
/* SVD): Householder tridiagonalisation (SIMD rows), all eigenvalues by QL, eigenvectors of the */
/* k largest by inverse iteration on the tridiagonal matrix (LU with partial pivoting, as in    */
/* LAPACK dstein, re-orthogonalised within clusters), back-transformed by the reflectors.      */
/* A: n x n full symmetric (destroyed). Out: vals[0..n) all eigenvalues ascending (sorted     */
/* here), Y (k x n): row j = eigenvector of the (j+1)-th largest eigenvalue.                   */
/* work: 10 n doubles. Returns 0, or -1 when QL did not converge.                              */
/* ------------------------------------------------------------------------------------------ */
static void sort_asc(i32 n, f64 *a) {
  /* heapsort: no recursion, no stack */
  for (i32 start = n / 2 - 1; start >= 0; start--) {
    i32 root = start;
    for (;;) { i32 c = 2 * root + 1; if (c >= n) break; if (c + 1 < n && a[c + 1] > a[c]) c++; if (a[root] >= a[c]) break; f64 t = a[root]; a[root] = a[c]; a[c] = t; root = c; }
  }
  for (i32 end = n - 1; end > 0; end--) {
    f64 t = a[0]; a[0] = a[end]; a[end] = t;
    i32 root = 0;
    for (;;) { i32 c = 2 * root + 1; if (c >= end) break; if (c + 1 < end && a[c + 1] > a[c]) c++; if (a[root] >= a[c]) break; f64 u = a[root]; a[root] = a[c]; a[c] = u; root = c; }
  }
}

EXPORT(sym_eig_topk)
i32 sym_eig_topk(i32 n, f64 *A, i32 k, f64 *vals, f64 *Y, f64 *work) {
  f64 *d = work, *e = work + n, *tau = work + 2 * n, *p = work + 3 * n, *w = work + 4 * n;
  f64 *dl = work + 5 * n, *dd = work + 6 * n, *du = work + 7 * n, *du2 = work + 8 * n, *piv = work + 9 * n;
  /* 1. tridiagonalise; reflector c is stored contiguously in row c right of the diagonal. One pass
     over the trailing matrix T per column (dsytd2 makes three: T v, then two rank-1 updates): the
     first row of T is updated first and the next reflector built from it, then each further row's
     update and its product with that reflector (the next column's T v) share one loop. */
  i32 built = 0; /* reflector c already built by the previous pass */
  i32 havep = 0; /* p = tau_c T_c v_c already computed by the previous pass */
  for (i32 c = 0; c + 2 < n; c++) {
    i32 len = n - c - 1;
    f64 *v = A + (long)c * n + c + 1; /* row c, cols c+1.. (== column c by symmetry) */
    if (!built) {
      f64 beta;
      f64 t0 = make_reflector(len, v, 1, &beta);
      e[c] = beta;
      v[0] = 1.0;
      tau[c] = t0;
    }
    f64 t = tau[c];
    built = 0;
    if (t == 0.0) { havep = 0; continue; }
    if (!havep)
      for (i32 i = 0; i < len; i++) p[i] = t * dot(len, A + (long)(c + 1 + i) * n + c + 1, v);
    havep = 0;
    f64 K = 0.5 * t * dot(len, v, p);
    for (i32 i = 0; i < len; i++) w[i] = p[i] - K * v[i];
    f64 *row0 = A + (long)(c + 1) * n + c + 1;
    axpy(len, -v[0], w, row0);
    axpy(len, -w[0], v, row0);
    i32 next = c + 3 < n; /* column c+1 gets a reflector of its own */
    f64 tn = 0.0;
    f64 *vn = row0 + 1;
    if (next) {
      f64 beta;
      tn = make_reflector(len - 1, vn, 1, &beta);
      e[c + 1] = beta;
      vn[0] = 1.0;
      tau[c + 1] = tn;
      built = 1;
    }
    for (i32 i = 1; i < len; i++) {
      f64 *row = A + (long)(c + 1 + i) * n + c + 1;
      f64 vi = v[i], wi = w[i];
      if (!(next && tn != 0.0)) {
        axpy(len, -vi, w, row);
        axpy(len, -wi, v, row);
        continue;
      }
      row[0] = (row[0] - vi * w[0]) - wi * v[0];
      v128_t a = wasm_f64x2_splat(-vi), b2 = wasm_f64x2_splat(-wi), acc = wasm_f64x2_splat(0.0);
      i32 j = 1;
      for (; j + 2 <= len; j += 2) {
        v128_t x = wasm_v128_load(row + j);
        x = wasm_f64x2_add(x, wasm_f64x2_mul(a, wasm_v128_load(w + j)));
        x = wasm_f64x2_add(x, wasm_f64x2_mul(b2, wasm_v128_load(v + j)));
        wasm_v128_store(row + j, x);
        acc = wasm_f64x2_add(acc, wasm_f64x2_mul(x, wasm_v128_load(vn + j - 1)));
      }
      f64 sum = hsum(acc);
      for (; j < len; j++) {
        f64 x = (row[j] - vi * w[j]) - wi * v[j];
        row[j] = x;
        sum += x * vn[j - 1];
      }
      p[i - 1] = tn * sum;
    }
    havep = next && tn != 0.0;
  }
  for (i32 i = 0; i < n; i++) d[i] = A[(long)i * n + i];
  if (n >= 2) e[n - 2] = A[(long)(n - 1) * n + (n - 2)];
  if (n >= 2) tau[n - 2] = 0.0;
  if (n >= 1) { e[n - 1] = 0.0; tau[n - 1] = 0.0; }
  /* 2. eigenvalues */
  for (i32 i = 0; i < n; i++) { vals[i] = d[i]; p[i] = e[i]; }
  if (tql(n, vals, p, 0, 0) != 0) return -1;
  sort_asc(n, vals);
  f64 tnorm = 0.0;
  for (i32 i = 0; i < n; i++) { f64 r = fabs_(d[i]) + fabs_(e[i]) + (i > 0 ? fabs_(e[i - 1]) : 0.0); if (r > tnorm) tnorm = r; }
  if (tnorm == 0.0) tnorm = 1.0;
  const f64 eps = 2.220446049250313e-16;
  f64 pivmin = eps * tnorm;

  unsigned int seed = 12345u;
  /* 3. inverse iteration for the k largest */
  for (i32 j = 0; j < k; j++) {
    f64 lam = vals[n - 1 - j];
    f64 *y = Y + (long)j * n;
    /* LU of T - lam I with partial pivoting (dgttrf) */
    for (i32 i = 0; i < n; i++) { dd[i] = d[i] - lam; du2[i] = 0.0; piv[i] = 0.0; }
    for (i32 i = 0; i + 1 < n; i++) { dl[i] = e[i]; du[i] = e[i]; }
    for (i32 i = 0; i + 1 < n; i++) {
      if (fabs_(dd[i]) >= fabs_(dl[i])) {
        if (fabs_(dd[i]) < pivmin) dd[i] = pivmin;
        f64 f = dl[i] / dd[i];
        dl[i] = f; dd[i + 1] -= f * du[i];
      } else {
        f64 f = dd[i] / dl[i];
        dd[i] = dl[i]; dl[i] = f;
        f64 tmp = du[i]; du[i] = dd[i + 1]; dd[i + 1] = tmp - f * dd[i + 1];
        if (i + 2 < n) { du2[i] = du[i + 1]; du[i + 1] = -f * du[i + 1]; }
        piv[i] = 1.0;
      }
    }
    if (fabs_(dd[n - 1]) < pivmin) dd[n - 1] = pivmin;
    for (i32 i = 0; i < n; i++) { seed = seed * 1664525u + 1013904223u; y[i] = (f64)(seed >> 8) / 16777216.0 - 0.5; }
    for (i32 it = 0; it < 3; it++) {
      /* solve L U x = y */
      for (i32 i = 0; i + 1 < n; i++) {
        if (piv[i] == 0.0) y[i + 1] -= dl[i] * y[i];
        else { f64 t = y[i]; y[i] = y[i + 1]; y[i + 1] = t - dl[i] * y[i]; }
      }
      y[n - 1] /= dd[n - 1];
      if (n >= 2) y[n - 2] = (y[n - 2] - du[n - 2] * y[n - 1]) / dd[n - 2];
      for (i32 i = n - 3; i >= 0; i--) y[i] = (y[i] - du[i] * y[i + 1] - du2[i] * y[i + 2]) / dd[i];
      /* re-orthogonalise against earlier vectors of the same cluster */
      for (i32 q = j - 1; q >= 0; q--) {
        if (fabs_(vals[n - 1 - q] - lam) > 1e-3 * tnorm) break;
        const f64 *yq = Y + (long)q * n;
        axpy(n, -dot(n, yq, y), yq, y);
      }
      f64 nrm = sqrt_(dot(n, y, y));
      if (nrm == 0.0) { y[j % n] = 1.0; nrm = 1.0; }
      f64 inv = 1.0 / nrm;
      for (i32 i = 0; i < n; i++) y[i] *= inv;
    }
  }
  /* 4. back-transform: z = H_0 H_1 ... H_{n-3} y */
  for (i32 j = 0; j < k; j++) {
    f64 *y = Y + (long)j * n;
    for (i32 c = n - 3; c >= 0; c--) {
      f64 t = tau[c];
      if (t == 0.0) continue;
      i32 len = n - c - 1;
      const f64 *v = A + (long)c * n + c + 1;
      axpy(len, -t * dot(len, v, y + c + 1), v, y + c + 1);
    }
  }
  return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* The inverse Cholesky factor for CholeskyQR: A (n x n SPD, row-major) = R^T R, R^{-1} (upper) */
/* into Rinv. L (n x n) is scratch for L = R^T (row-major lower: every inner loop runs along   */
/* rows), Li for L^{-1}, built by row operations; R^{-1} = (L^{-1})^T. Returns 0, or -1 when a */
/* pivot falls to tiny * max diag(A) or below (not SPD enough). ratio[0] = min / max diag(R),  */
/* a cheap lower bound on 1 / cond(R).                                                         */
/* ------------------------------------------------------------------------------------------ */
EXPORT(chol_inv_upper)
i32 chol_inv_upper(i32 n, const f64 *A, f64 *L, f64 *Li, f64 *Rinv, f64 tiny, f64 *ratio) {
  f64 maxDiag = 0.0;
  for (i32 i = 0; i < n; i++) if (A[(long)i * n + i] > maxDiag) maxDiag = A[(long)i * n + i];
  for (long i = 0; i < (long)n * n; i++) { L[i] = 0.0; Li[i] = 0.0; }
  for (i32 i = 0; i < n; i++) {
    f64 *Lrow = L + (long)i * n;
    for (i32 j = 0; j <= i; j++) {
      f64 v = A[(long)i * n + j] - dot(j, Lrow, L + (long)j * n);
      if (j < i) {
        Lrow[j] = v / L[(long)j * n + j];
      } else {
        if (!(v > tiny * maxDiag)) return -1;
        Lrow[i] = sqrt_(v);
      }
    }
  }
  /* row i of L^{-1} = (e_i - sum_{t<i} L[i][t] row t of L^{-1}) / L[i][i]; row t is zero past t */
  for (i32 i = 0; i < n; i++) {
    f64 *row = Li + (long)i * n;
    for (i32 t = 0; t < i; t++) {
      f64 f = L[(long)i * n + t];
      if (f != 0.0) axpy(t + 1, -f, Li + (long)t * n, row);
    }
    row[i] += 1.0;
    f64 inv = 1.0 / L[(long)i * n + i];
    for (i32 c = 0; c <= i; c++) row[c] *= inv;
  }
  for (i32 i = 0; i < n; i++)
    for (i32 c = 0; c < n; c++) Rinv[(long)i * n + c] = c >= i ? Li[(long)c * n + i] : 0.0;
  f64 lo = L[0], hi = L[0];
  for (i32 i = 1; i < n; i++) {
    f64 d = L[(long)i * n + i];
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  ratio[0] = hi > 0.0 ? lo / hi : 0.0;
  return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* The randomized ESD's element shuffle (src/spectral/randomize.ts shuffleMatrix, same output): */
/* xoshiro128** on the caller's 4-word state: the draws of the bucket tags and the Fisher-Yates  */
/* passes (Lemire's unbiased bounded draw); the JS side counts, scatters and moves buckets.  */
/* ------------------------------------------------------------------------------------------ */
typedef unsigned int u32;
typedef unsigned long long u64;

static inline __attribute__((always_inline)) u32 xo_next(u32 *restrict s) {
  u32 s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
  u32 m = s1 * 5u;
  u32 result = ((m << 7) | (m >> 25)) * 9u;
  u32 t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = (s3 << 11) | (s3 >> 21);
  s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3;
  return result;
}

/* Unbiased integer in [0, bound), 1 <= bound <= 2^31 (randomize.ts Xoshiro128.below). */
static inline __attribute__((always_inline)) u32 xo_below(u32 *restrict s, u32 bound) {
  if (bound <= 0x200000u) {
    for (;;) {
      u64 m = (u64)xo_next(s) * bound;
      u32 lo = (u32)m;
      if (lo >= bound || lo >= (u32)((0x100000000ull - bound) % bound)) return (u32)(m >> 32);
    }
  }
  u32 threshold = (u32)((0x100000000ull - bound) % bound);
  for (;;) {
    u32 r = xo_next(s);
    if (r >= threshold) return r % bound;
  }
}

/*
 * The bucket pass in two sweeps over the same draws (the caller saves the state between them):
 * xo_count adds each element's bucket (the top `bits` bits of one draw, bits >= 1) to count[b];
 * xo_scatter, from the same state, moves src[i] to dst[fill[b]++] for the same buckets, a chunk at
 * a time, so only dst (not a tag per element) has to live in wasm memory.
 */
EXPORT(xo_count)
void xo_count(i32 n, i32 *restrict count, u32 *restrict state, i32 bits) {
  i32 shift = 32 - bits;
  for (i32 i = 0; i < n; i++) count[xo_next(state) >> shift]++;
}

#define SCATTER(NAME, T)                                                                                     \
  EXPORT(NAME)                                                                                               \
  void NAME(i32 n, const T *restrict src, T *restrict dst, i32 *restrict fill, u32 *restrict state, i32 bits) { \
    i32 shift = 32 - bits;                                                                                   \
    for (i32 i = 0; i < n; i++) dst[fill[xo_next(state) >> shift]++] = src[i];                               \
  }

SCATTER(xo_scatter_f32, float)
SCATTER(xo_scatter_f64, f64)

/* In-place Fisher-Yates shuffle of d[0, n). */
#define FISHER_YATES(NAME, T)                                              \
  EXPORT(NAME)                                                             \
  void NAME(i32 n, T *restrict d, u32 *restrict state) {                   \
    for (i32 i = n - 1; i > 0; i--) {                                      \
      i32 j = (i32)xo_below(state, (u32)(i + 1));                          \
      T t = d[i]; d[i] = d[j]; d[j] = t;                                   \
    }                                                                      \
  }

FISHER_YATES(fisher_yates_f32, float)
FISHER_YATES(fisher_yates_f64, f64)
