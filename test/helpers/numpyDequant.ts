/**
 * numpy dequantization written from the operator specifications (com.microsoft MatMulNBits,
 * ONNX DequantizeLinear / MatMulInteger / QLinearMatMul), not from src/model/quant.ts: the
 * independent side of the quantized-layer tests. Paste before a script that calls it.
 */
export const NUMPY_DEQUANT = `
def f16(bits): return np.array(bits, dtype=np.uint16).view(np.float16).astype(np.float32)
def nbits(B, scales, zp, K, N, bits, bs, scale_dtype):
    nb = -(-K // bs); blob = bs * bits // 8
    B = np.array(B, dtype=np.uint8).reshape(N, nb, blob)
    if bits == 4:
        q = np.stack([B & 0x0F, B >> 4], axis=-1).reshape(N, nb, bs)   # element 2i in the low nibble
    else:
        q = B.reshape(N, nb, bs)
    if zp is None:
        z = np.full((N, nb), 2 ** (bits - 1), dtype=np.int32)
    else:
        zb = np.array(zp, dtype=np.uint8).reshape(N, -1)
        z = (np.stack([zb & 0x0F, zb >> 4], axis=-1).reshape(N, -1) if bits == 4 else zb)[:, :nb].astype(np.int32)
    s = (f16(scales) if scale_dtype == 'float16' else np.array(scales, dtype=np.float32)).reshape(N, nb)
    w = ((q.astype(np.int32) - z[:, :, None]).astype(s.dtype) * s[:, :, None])
    return w.reshape(N, nb * bs)[:, :K].astype(np.float64)           # [N, K]
def linear(q, qdtype, shape, scale, zp, axis, bs):
    q = np.array(q, dtype=np.int32).reshape(shape)
    s = np.array(scale, dtype=np.float32)
    z = np.zeros_like(s, dtype=np.int32) if zp is None else np.array(zp, dtype=np.int32).reshape(s.shape)
    if s.size == 1:
        S, Z = s.reshape(1, 1), z.reshape(1, 1)
    elif bs is None:
        S = s.reshape((-1, 1) if axis == 0 else (1, -1)); Z = z.reshape(S.shape)
    else:
        S = np.repeat(s.reshape(-1, shape[1]) if axis == 0 else s.reshape(shape[0], -1), bs, axis=axis)
        Z = np.repeat(z.reshape(S.shape[0] // (bs if axis == 0 else 1), -1) if axis == 0 else z.reshape(shape[0], -1), bs, axis=axis)
        S = S[:shape[0], :shape[1]]; Z = Z[:shape[0], :shape[1]]
    return ((q - Z).astype(np.float32) * S.astype(np.float32)).astype(np.float64)
`;
