"""WeightWatcher on the dequantized weights of a quantized ONNX model (the reference for
test/model/quant.ww.conformance.test.ts; see test/fixtures/ww-quantized/README.md).

Usage: ww-dequantized-reference.py MODEL.onnx OUT.json

Each quantized weight is dequantized here in numpy from the operator specifications, not from
ww-smooth's decoder:
- com.microsoft MatMulNBits (bits 4 or 8, block_size, optional zero points; no g_idx):
  B [N, n_blocks, blob] uint8, element 2i of a byte pair in the low nibble; zero point default
  2^(bits-1); w[n, k] = (q - zp) * scale[n, block] in the scale's type, K padding dropped;
- MatMulInteger with a constant B [K, N] and its zero point, the scale found through the pattern
  onnxruntime's quantize_dynamic writes (MatMulInteger -> Cast -> Mul by Mul(x_scale, w_scale)):
  w = float32(int32(q) - int32(zp)) * float32(w_scale) (DequantizeLinear's formula).
The float matrices are then analysed by WeightWatcher 0.7.5.5 exactly as
../shared/reference/ww_reference.py analyses a float model: each wrapped in a torch Linear
(weight = W^T), analyze(randomize=True, mp_fit=True, detX=True) with numpy's seed 0.
Needs the modules ww_reference.py needs (torch, onnx, weightwatcher, powerlaw on PYTHONPATH);
`import torch` must run before `import weightwatcher`.
"""
import hashlib
import json
import sys
import warnings

warnings.filterwarnings("ignore")
import torch  # noqa: E402  (before weightwatcher)
import numpy as np  # noqa: E402
import onnx  # noqa: E402
from onnx import numpy_helper  # noqa: E402
import weightwatcher as ww  # noqa: E402
import logging  # noqa: E402

logging.getLogger("weightwatcher").setLevel(logging.ERROR)


def attr(node, name, default=None):
    for a in node.attribute:
        if a.name == name:
            return onnx.helper.get_attribute_value(a)
    return default


def matmul_nbits(node, inits):
    K, N, bits, bs = attr(node, "K"), attr(node, "N"), attr(node, "bits"), attr(node, "block_size")
    if len(node.input) > 4 and node.input[4]:
        raise SystemExit(f"{node.name}: g_idx is not handled by this reference")
    nb = -(-K // bs)
    B = numpy_helper.to_array(inits[node.input[1]]).astype(np.uint8).reshape(N, nb, bs * bits // 8)
    q = np.stack([B & 0x0F, B >> 4], axis=-1).reshape(N, nb, bs) if bits == 4 else B.reshape(N, nb, bs)
    scale = numpy_helper.to_array(inits[node.input[2]]).reshape(N, nb)
    if len(node.input) > 3 and node.input[3]:
        zb = numpy_helper.to_array(inits[node.input[3]]).astype(np.uint8).reshape(N, -1)
        zp = (np.stack([zb & 0x0F, zb >> 4], axis=-1).reshape(N, -1) if bits == 4 else zb)[:, :nb]
    else:
        zp = np.full((N, nb), 2 ** (bits - 1))
    w = (q.astype(np.int32) - zp.astype(np.int32)[:, :, None]).astype(scale.dtype) * scale[:, :, None]
    return node.input[1], w.reshape(N, nb * bs)[:, :K].T.astype(np.float32)  # [K, N]


def matmul_integer(node, inits, consumers, producers):
    q = numpy_helper.to_array(inits[node.input[1]]).astype(np.int32)  # [K, N]
    zp = numpy_helper.to_array(inits[node.input[3]]).astype(np.int32) if len(node.input) > 3 and node.input[3] else np.zeros((), np.int32)
    (cast,) = consumers[node.output[0]]
    (mul,) = consumers[cast.output[0]]
    other = mul.input[1] if mul.input[0] == cast.output[0] else mul.input[0]
    scales = producers[other]
    assert scales.op_type == "Mul", f"{node.name}: expected Mul(x_scale, w_scale), found {scales.op_type}"
    (w_scale,) = [numpy_helper.to_array(inits[i]) for i in scales.input if i in inits]
    zp = zp.reshape(1, -1) if zp.size > 1 else zp
    s = w_scale.astype(np.float32)
    s = s.reshape(1, -1) if s.size > 1 else s
    return node.input[1], ((q - zp).astype(np.float32) * s).astype(np.float32)


def main(path, out):
    m = onnx.load(path)
    inits = {i.name: i for i in m.graph.initializer}
    producers = {o: n for n in m.graph.node for o in n.output}
    consumers = {}
    for n in m.graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    weights = []
    for n in m.graph.node:
        if n.op_type == "MatMulNBits":
            weights.append(matmul_nbits(n, inits))
        elif n.op_type == "MatMulInteger" and n.input[1] in inits:
            weights.append(matmul_integer(n, inits, consumers, producers))

    class M(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = torch.nn.ModuleList()
            for name, W in weights:
                lin = torch.nn.Linear(W.shape[0], W.shape[1], bias=False)
                lin.weight.data = torch.from_numpy(W.T.copy())
                lin.onnx_name = name
                self.layers.append(lin)

    model = M()
    watcher = ww.WeightWatcher(model=model)
    np.random.seed(0)
    d = watcher.analyze(randomize=True, mp_fit=True, detX=True)
    recs = []
    for (_, r), lin in zip(d.iterrows(), model.layers):
        rec = {}
        for c in d.columns:
            v = r[c]
            if isinstance(v, (np.floating, float)):
                v = float(v)
            elif isinstance(v, (np.integer,)):
                v = int(v)
            elif isinstance(v, (np.bool_, bool)):
                v = bool(v)
            else:
                # pandas keeps some integer columns as objects: parse them as ww_reference.py does.
                v = str(v)
                if v in ("True", "False"):
                    v = v == "True"
                else:
                    for parse in (int, float):
                        try:
                            v = parse(v)
                            break
                        except ValueError:
                            pass
            rec[c] = v
        rec["onnx_name"] = lin.onnx_name
        recs.append(rec)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    json.dump({"weightwatcher": ww.__version__, "analyze": "randomize=True, mp_fit=True, detX=True", "model_sha256": sha, "layers": recs}, open(out, "w"), indent=1)
    print(d[["name", "N", "M", "alpha", "xmin", "D", "num_pl_spikes", "num_spikes", "detX_num", "warning"]].to_string())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
