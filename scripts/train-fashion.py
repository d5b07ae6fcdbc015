#!/usr/bin/python3
"""Trains specs/fashion-mixnet.mix on Fashion-MNIST and writes what mixc ships:

  models/fashion-mixnet.safetensors   the weights, timm's names, F32, BN running
                                      statistics included, class labels in __metadata__
  models/fashion-mixnet.json          test accuracy, epochs, seed, params, date, torch
  samples/fashion/C-label.png         the first test image of class C that the model gets right, 28x28 gray
  models/fashion-mixnet.logits.bin    float32 logits [10, 10] of those images, in class order

The PyTorch model is written out here (timm's EfficientNet blocks, no timm), from
the table ARCH below; before training it must have exactly the parameter names and
shapes that `mixc ir SPEC --after elaborate` lists, and the parameter count of
`mixc stats SPEC --json`, so the two cannot drift apart.

Run from the repository root, after `npm run build`, with Debian's python3-torch and
dataset-fashion-mnist:
  nice -n 10 /usr/bin/python3 scripts/train-fashion.py
"""
import argparse
import datetime
import gzip
import json
import os
import struct
import subprocess
import time
import zlib

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

DATA = "/usr/share/datasets/fashion-mnist"
LABELS = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
# Mean and standard deviation of the training images' pixels (0..1); the spec's
# `preprocess` statement declares the same numbers.
MEAN, STD = 0.2860, 0.3530

# specs/fashion-mixnet.mix, block by block: (type, kernels, expansion, out channels,
# stride, activation, SE ratio of the input channels).
STEM = dict(k=3, s=2, c=16, act="relu")
ARCH = [
    [("ds", [3], 1, 16, 1, "relu", 0)],
    [("ir", [3, 5], 3, 24, 2, "relu", 0)],
    [("ir", [3, 5, 7], 3, 40, 1, "swish", 0.25), ("ir", [3, 5, 7], 3, 40, 1, "swish", 0.25)],
]
HEAD = dict(c=128, act="relu")
CLASSES = 10


def activation(name):
    return {"relu": nn.ReLU(), "swish": nn.SiLU()}[name]


def split_channels(total, groups):
    """timm's _split_channels: equal parts, the remainder to group 0."""
    parts = [total // groups] * groups
    parts[0] += total - sum(parts)
    return parts


class MixedConv(nn.ModuleDict):
    """timm's MixedConv2d: one conv per channel group (`name.0`, `name.1`, ...)."""

    def __init__(self, cin, cout, kernels, stride, depthwise):
        super().__init__()
        self.splits = split_channels(cin, len(kernels))
        outs = split_channels(cout, len(kernels))
        for i, (k, ci, co) in enumerate(zip(kernels, self.splits, outs)):
            self[str(i)] = nn.Conv2d(ci, co, k, stride, (k - 1) // 2, groups=ci if depthwise else 1, bias=False)

    def forward(self, x):
        parts = torch.split(x, self.splits, 1)
        return torch.cat([conv(p) for conv, p in zip(self.values(), parts)], 1)


def conv(cin, cout, kernels, stride=1, depthwise=False):
    """A plain Conv2d for one kernel size, as timm's create_conv2d, else a MixedConv."""
    if len(kernels) == 1:
        k = kernels[0]
        return nn.Conv2d(cin, cout, k, stride, (k - 1) // 2, groups=cin if depthwise else 1, bias=False)
    return MixedConv(cin, cout, kernels, stride, depthwise)


class SqueezeExcite(nn.Module):
    def __init__(self, channels, reduced, act):
        super().__init__()
        self.conv_reduce = nn.Conv2d(channels, reduced, 1)
        self.act = activation(act)
        self.conv_expand = nn.Conv2d(reduced, channels, 1)

    def forward(self, x):
        s = x.mean((2, 3), keepdim=True)
        return x * torch.sigmoid(self.conv_expand(self.act(self.conv_reduce(s))))


def se_channels(cin, ratio):
    return round(cin * ratio)  # Python's round, half to even, as timm and mixc


class DepthwiseSeparable(nn.Module):
    def __init__(self, cin, kernels, cout, stride, act, se):
        super().__init__()
        self.conv_dw = conv(cin, cin, kernels, stride, depthwise=True)
        self.bn1 = nn.BatchNorm2d(cin)
        self.act = activation(act)
        self.se = SqueezeExcite(cin, se_channels(cin, se), act) if se else nn.Identity()
        self.conv_pw = conv(cin, cout, [1])
        self.bn2 = nn.BatchNorm2d(cout)
        self.residual = stride == 1 and cin == cout

    def forward(self, x):
        y = self.bn2(self.conv_pw(self.se(self.act(self.bn1(self.conv_dw(x))))))
        return x + y if self.residual else y


class InvertedResidual(nn.Module):
    def __init__(self, cin, kernels, e, cout, stride, act, se):
        super().__init__()
        mid = cin * e
        self.conv_pw = conv(cin, mid, [1])
        self.bn1 = nn.BatchNorm2d(mid)
        self.act = activation(act)
        self.conv_dw = conv(mid, mid, kernels, stride, depthwise=True)
        self.bn2 = nn.BatchNorm2d(mid)
        self.se = SqueezeExcite(mid, se_channels(cin, se), act) if se else nn.Identity()
        self.conv_pwl = conv(mid, cout, [1])
        self.bn3 = nn.BatchNorm2d(cout)
        self.residual = stride == 1 and cin == cout

    def forward(self, x):
        y = self.act(self.bn1(self.conv_pw(x)))
        y = self.se(self.act(self.bn2(self.conv_dw(y))))
        y = self.bn3(self.conv_pwl(y))
        return x + y if self.residual else y


class MixNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv_stem = nn.Conv2d(1, STEM["c"], STEM["k"], STEM["s"], (STEM["k"] - 1) // 2, bias=False)
        self.bn1 = nn.BatchNorm2d(STEM["c"])
        self.act1 = activation(STEM["act"])
        cin = STEM["c"]
        stages = []
        for stage in ARCH:
            blocks = []
            for kind, kernels, e, cout, stride, act, se in stage:
                if kind == "ds":
                    blocks.append(DepthwiseSeparable(cin, kernels, cout, stride, act, se))
                else:
                    blocks.append(InvertedResidual(cin, kernels, e, cout, stride, act, se))
                cin = cout
            stages.append(nn.Sequential(*blocks))
        self.blocks = nn.Sequential(*stages)
        self.conv_head = nn.Conv2d(cin, HEAD["c"], 1, bias=False)
        self.bn2 = nn.BatchNorm2d(HEAD["c"])
        self.act2 = activation(HEAD["act"])
        self.classifier = nn.Linear(HEAD["c"], CLASSES)

    def forward(self, x):
        x = self.blocks(self.act1(self.bn1(self.conv_stem(x))))
        x = self.act2(self.bn2(self.conv_head(x)))
        return self.classifier(x.mean((2, 3)))


def tensors(model):
    """The state_dict mixc reads: everything but BatchNorm's num_batches_tracked."""
    return {k: v for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")}


def mixc(*args):
    return subprocess.run(["node", "bin/mixc.js", *args], check=True, capture_output=True, text=True).stdout


def check_against_spec(model, spec):
    """Same parameter names and shapes as mixc's graph, and the same parameter count."""
    expected = {}
    for line in mixc("ir", spec, "--after", "elaborate").splitlines():
        if line.startswith("param "):
            name, shape = line[len("param "):].split(" : f32")
            expected[name] = json.loads(shape)
    ours = {k: list(v.shape) for k, v in tensors(model).items()}
    if ours != expected:
        missing = sorted(set(expected) - set(ours))
        extra = sorted(set(ours) - set(expected))
        shapes = sorted(k for k in set(ours) & set(expected) if ours[k] != expected[k])
        raise SystemExit(f"the PyTorch model does not match {spec}: missing {missing}, extra {extra}, shapes differ {shapes}")
    params = sum(p.numel() for p in model.parameters())
    stated = json.loads(mixc("stats", spec, "--json"))["params_total"]
    if params != stated:
        raise SystemExit(f"{params} parameters in PyTorch, {stated} in mixc stats {spec}")
    return params


def read_idx(name):
    with gzip.open(os.path.join(DATA, name)) as f:
        data = f.read()
    magic, count = struct.unpack(">II", data[:8])
    if magic == 0x801:
        return np.frombuffer(data, np.uint8, offset=8).astype(np.int64)
    rows, cols = struct.unpack(">II", data[8:16])
    return np.frombuffer(data, np.uint8, offset=16).reshape(count, 1, rows, cols)


def normalise(images):
    """ToTensor then Normalize, in float32 at every step, as torchvision (and mixc's runtime)."""
    x = torch.from_numpy(images.copy()).float().div(255)
    return x.sub(torch.tensor(MEAN, dtype=torch.float32)).div(torch.tensor(STD, dtype=torch.float32))


def augment(x, generator):
    """Random horizontal flips and shifts of up to 2 pixels (zero-padded, in normalised units)."""
    n = x.shape[0]
    flip = torch.rand(n, generator=generator) < 0.5
    x = torch.where(flip[:, None, None, None], x.flip(3), x)
    padded = F.pad(x, (2, 2, 2, 2), value=-MEAN / STD)
    dx, dy = torch.randint(0, 5, (2,), generator=generator).tolist()
    return padded[:, :, dy : dy + 28, dx : dx + 28]


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    logits = torch.cat([model(x[i : i + 1000]) for i in range(0, len(x), 1000)])
    return logits, int((logits.argmax(1) == y).sum())


def write_safetensors(path, state, metadata):
    header = {"__metadata__": metadata}
    offset = 0
    blobs = []
    for name, t in state.items():
        blob = t.detach().to(torch.float32).contiguous().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def write_png(path, pixels):
    """An 8-bit grayscale PNG, no filtering."""
    h, w = pixels.shape
    raw = b"".join(b"\0" + pixels[y].tobytes() for y in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", default="specs/fashion-mixnet.mix")
    ap.add_argument("--out", default="models/fashion-mixnet", help="path prefix of the weights, JSON and logits")
    ap.add_argument("--samples", default="samples/fashion")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=4e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    model = MixNet()
    params = check_against_spec(model, args.spec)
    print(f"{args.spec}: {params} parameters, names and shapes as mixc's", flush=True)

    train_x, train_y = normalise(read_idx("train-images-idx3-ubyte.gz")), torch.from_numpy(read_idx("train-labels-idx1-ubyte.gz"))
    test_images = read_idx("t10k-images-idx3-ubyte.gz")
    test_x, test_y = normalise(test_images), torch.from_numpy(read_idx("t10k-labels-idx1-ubyte.gz"))

    generator = torch.Generator().manual_seed(args.seed)
    steps = args.epochs * (len(train_x) // args.batch)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.02)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, args.lr, total_steps=steps, pct_start=0.15)
    started = time.time()
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(train_x), generator=generator)
        total = 0.0
        for i in range(len(train_x) // args.batch):
            idx = order[i * args.batch : (i + 1) * args.batch]
            loss = F.cross_entropy(model(augment(train_x[idx], generator)), train_y[idx], label_smoothing=0.05)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            total += loss.item()
        _, correct = evaluate(model, test_x, test_y)
        print(f"epoch {epoch + 1}/{args.epochs}: loss {total / (i + 1):.4f}, test accuracy {correct / 100:.2f}%, {time.time() - started:.0f} s", flush=True)
    seconds = time.time() - started

    logits, correct = evaluate(model, test_x, test_y)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    metadata = {"format": "pt", "labels": json.dumps(LABELS), "spec": args.spec, "seed": str(args.seed)}
    write_safetensors(args.out + ".safetensors", tensors(model), metadata)
    # The first test image of each class that the model gets right (stated in the
    # JSON): the shipped samples, and PyTorch's logits for them.
    labels = test_y.numpy()
    right = logits.argmax(1).numpy() == labels
    samples = []
    os.makedirs(args.samples, exist_ok=True)
    for c, name in enumerate(LABELS):
        i = int(np.argmax((labels == c) & right))
        slug = name.lower().replace("/", "-").replace(" ", "-")
        samples.append({"file": os.path.join(args.samples, f"{c}-{slug}.png"), "test_index": i, "label": c})
        write_png(samples[-1]["file"], test_images[i, 0])
    logits[[s["test_index"] for s in samples]].numpy().astype("<f4").tofile(args.out + ".logits.bin")
    report = {
        "spec": args.spec,
        "test_accuracy": correct / len(test_y),
        "test_correct": correct,
        "test_images": len(test_y),
        "epochs": args.epochs,
        "batch": args.batch,
        "lr": args.lr,
        "seed": args.seed,
        "threads": args.threads,
        "params": params,
        "training_seconds": round(seconds),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "torch": torch.__version__,
        "data": DATA,
        "preprocessing": {"mean": MEAN, "std": STD},
        "labels": LABELS,
        "samples": samples,
        "samples_chosen": "the first test image of each class that the trained model classifies right",
        "logits": {"file": os.path.basename(args.out) + ".logits.bin", "images": "the samples, in order", "shape": [len(samples), CLASSES], "dtype": "float32"},
    }
    with open(args.out + ".json", "w") as f:
        f.write(json.dumps(report, indent=2) + "\n")
    print(f"test accuracy {correct / 100:.2f}% ({correct}/{len(test_y)}), {seconds:.0f} s of training; wrote {args.out}.safetensors", flush=True)


if __name__ == "__main__":
    main()
