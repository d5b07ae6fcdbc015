"""Builds a PyTorch module that computes a mixc graph (the IR after `elaborate`,
written by export.ts as graph.json and weights.bin) and exports it to ONNX with
torch.onnx.export, opset 13, the way timm's models export: a MixConv as a split,
one convolution per kernel-size group and a concat; BatchNorm as BatchNorm (the
exporter folds it into the convolution before it); swish as x * sigmoid(x).
For benchmarks of networks whose ONNX is not in ../shared (MixNet-L). Never on
mixc's runtime path. Run by export.ts: python3 build_onnx.py DIR OUT.onnx"""
import json
import sys

import torch
import torch.nn.functional as F

ACTS = {
    "relu": F.relu,
    "relu6": F.relu6,
    "swish": lambda x: x * torch.sigmoid(x),
    "sigmoid": torch.sigmoid,
    "hswish": F.hardswish,
    "hsigmoid": F.hardsigmoid,
}


def padding(mode, size, k, stride):
    """mixc's conv padding: 'symmetric' (k-1)/2 each side, TensorFlow's 'same' the odd extra after."""
    if mode == "symmetric":
        p = (k - 1) // 2
        return p, p
    out = -(-size // stride)
    total = max((out - 1) * stride + k - size, 0)
    return total // 2, total - total // 2


class Graph(torch.nn.Module):
    def __init__(self, graph, weights):
        super().__init__()
        self.graph = graph
        self.params = torch.nn.ParameterDict({name.replace(".", "__"): torch.nn.Parameter(t, requires_grad=False) for name, t in weights.items()})

    def w(self, name):
        return self.params[name.replace(".", "__")]

    def conv(self, x, a):
        xs = torch.split(x, a["cin"], dim=1) if len(a["cin"]) > 1 else [x]
        outs = []
        for i, (part, k) in enumerate(zip(xs, a["k"])):
            top, bottom = padding(a["pad"], part.shape[2], k, a["s"])
            left, right = padding(a["pad"], part.shape[3], k, a["s"])
            if (top, left) == (bottom, right):
                outs.append(F.conv2d(part, self.w(a["w"][i]), None, a["s"], (top, left), 1, a["cin"][i] if a["dw"] else 1))
            else:
                part = F.pad(part, (left, right, top, bottom))
                outs.append(F.conv2d(part, self.w(a["w"][i]), None, a["s"], 0, 1, a["cin"][i] if a["dw"] else 1))
        y = torch.cat(outs, dim=1) if len(outs) > 1 else outs[0]
        if a.get("b"):
            y = y + self.w(a["b"]).view(1, -1, 1, 1)
        return y

    def forward(self, x):
        values = {self.graph["input"]: x}
        for op in self.graph["ops"]:
            ins = [values[n] for n in op["ins"]]
            a = op["attrs"]
            kind = op["op"]
            if kind == "conv":
                y = self.conv(ins[0], a)
            elif kind == "batchnorm":
                y = F.batch_norm(ins[0], self.w(a["mean"]), self.w(a["var"]), self.w(a["gamma"]), self.w(a["beta"]), False, 0.0, a["eps"])
            elif kind == "act":
                y = ACTS[a["fn"]](ins[0])
            elif kind == "add":
                y = ins[0] + ins[1]
            elif kind == "mul":
                y = ins[0] * ins[1]
            elif kind == "mean":
                y = ins[0].mean(dim=(2, 3), keepdim=True)
            elif kind == "linear":
                y = F.linear(torch.flatten(ins[0], 1), self.w(a["w"]), self.w(a["b"]) if a.get("b") else None)
            else:
                raise SystemExit(f"build_onnx.py: op kind {kind} of %{op['out']} is not supported")
            values[op["out"]] = y
        return values[self.graph["output"]]


def main():
    folder, out = sys.argv[1], sys.argv[2]
    graph = json.load(open(f"{folder}/graph.json"))
    blob = open(f"{folder}/weights.bin", "rb").read()
    weights = {}
    for p in graph["params"]:
        n = 1
        for d in p["shape"]:
            n *= d
        weights[p["name"]] = torch.frombuffer(bytearray(blob[p["offset"] : p["offset"] + 4 * n]), dtype=torch.float32).reshape(p["shape"])
    model = Graph(graph, weights).eval()
    x = torch.zeros(graph["inputShape"])
    with torch.no_grad():
        torch.onnx.export(model, x, out, opset_version=13, input_names=["input"], output_names=["logits"], do_constant_folding=True)


main()
