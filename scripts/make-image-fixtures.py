#!/usr/bin/python3
"""Writes test/fixtures-images/: small test images and, for each, the tensor that
timm's evaluation transform makes of it (torchvision Resize(BICUBIC) on PIL,
CenterCrop, ToTensor, Normalize), recomputed here with PIL and numpy in float32
as torch does. Dev tool only; the tests read the committed files.

Needs Debian's Pillow and numpy (apt-get install python3-pil python3-numpy):
    /usr/bin/python3 scripts/make-image-fixtures.py
"""
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import PIL
from PIL import Image

OUT = Path(__file__).resolve().parent.parent / "test" / "fixtures-images"
# Mean and std per colour mode: ImageNet's for RGB, Fashion-MNIST's for gray.
NORMALISE = {"rgb": ([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]), "gray": ([0.2860], [0.3530])}
rng = np.random.RandomState(1234)


def reference(path, resize, crop, color):
    """timm's eval transform: the image as timm loads it, then torchvision's steps."""
    im = Image.open(path).convert({"rgb": "RGB", "gray": "L"}[color])
    w, h = im.size
    short, long = (w, h) if w <= h else (h, w)
    new_long = int(resize * long / short)
    size = (resize, new_long) if w <= h else (new_long, resize)
    if size != im.size:
        im = im.resize(size, Image.BICUBIC)
    top = int(round((size[1] - crop) / 2.0))
    left = int(round((size[0] - crop) / 2.0))
    im = im.crop((left, top, left + crop, top + crop))
    x = np.asarray(im, dtype=np.uint8).reshape(crop, crop, -1).transpose(2, 0, 1).astype(np.float32) / np.float32(255)
    mean, std = (np.array(v, dtype=np.float32)[:, None, None] for v in NORMALISE[color])
    return ((x - mean) / std).astype(np.float32)


def scene(w, h):
    """Gradients, noise and hard 0/255 edges (the bicubic overshoot must clamp)."""
    y, x = np.mgrid[0:h, 0:w]
    r = x * 255 // max(w - 1, 1)
    g = y * 255 // max(h - 1, 1)
    b = np.clip(128 + rng.normal(0, 40, (h, w)), 0, 255)
    checker = ((x // 7 + y // 5) % 2) * 255
    inset = (x > w // 3) & (x < 2 * w // 3) & (y > h // 4) & (y < 3 * h // 4)
    img = np.stack([r, g, b], axis=-1)
    img[inset] = checker[inset][:, None]
    return img.astype(np.uint8)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width, height, depth, color_type, raw_rows, extra=b""):
    """A PNG written by hand, for sample formats PIL cannot save (16-bit RGB, 4-bit gray)."""
    ihdr = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0)
    idat = zlib.compress(b"".join(b"\0" + row for row in raw_rows), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + extra + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    cases = []

    def add(name, resize, crop, note, color="rgb"):
        t = reference(OUT / name, resize, crop, color)
        suffix = "" if color == "rgb" else f"-{color}"
        t.tofile(OUT / (Path(name).stem + suffix + ".bin"))  # little-endian float32, NCHW
        mean, std = NORMALISE[color]
        cases.append({"image": name, "resize": resize, "crop": crop, "color": color, "mean": mean, "std": std, "reference": Path(name).stem + suffix + ".bin", "note": note})

    Image.fromarray(scene(400, 300)).save(OUT / "rgb-400x300.png", optimize=True)
    add("rgb-400x300.png", 256, 224, "RGB, the real 256/224 setting: downscale to 341x256, half-even crop offset 58.5 -> 58")

    rgba = np.dstack([scene(180, 260), (np.arange(180)[None, :] * 255 // 179).repeat(260, 0)]).astype(np.uint8)
    Image.fromarray(rgba, "RGBA").save(OUT / "rgba-180x260.png", optimize=True)
    add("rgba-180x260.png", 64, 55, "RGBA (alpha dropped, colour kept under alpha 0), long side 92.4 -> 92, offsets 4.5 -> 4, 18.5 -> 18")

    Image.fromarray(scene(40, 30)[..., 1]).save(OUT / "gray-40x30.png")
    add("gray-40x30.png", 64, 56, "8-bit grayscale, upscaled")

    Image.fromarray(scene(97, 131)).save(OUT / "photo-97x131.jpg", quality=90)
    add("photo-97x131.jpg", 64, 56, "baseline JPEG, 4:2:0 chroma; reference decoded by libjpeg through PIL")

    Image.fromarray(scene(61, 47)).save(OUT / "progressive-61x47.jpg", quality=80, subsampling=1, progressive=True)
    add("progressive-61x47.jpg", 32, 28, "progressive JPEG, 4:2:2 chroma, odd width")

    rgb16 = (scene(45, 37).astype(np.uint16) * 257 + rng.randint(0, 257, (37, 45, 3))).astype(">u2")
    (OUT / "rgb16-45x37.png").write_bytes(png_bytes(45, 37, 16, 2, [row.tobytes() for row in rgb16]))
    add("rgb16-45x37.png", 32, 28, "16-bit RGB: PIL keeps the high byte of each sample")

    gray4 = np.pad(scene(33, 21)[..., 0] >> 4, ((0, 0), (0, 1)))  # two samples a byte
    packed = [bytes((row[0::2] << 4) | row[1::2]) for row in gray4]
    trns = chunk(b"tRNS", struct.pack(">H", 15))
    (OUT / "gray4-trns-33x21.png").write_bytes(png_bytes(33, 21, 4, 0, packed, trns))
    add("gray4-trns-33x21.png", 32, 28, "4-bit grayscale with a tRNS colour key: keyed pixels keep their gray")

    pal = Image.fromarray(scene(50, 40)).quantize(colors=16)
    pal.save(OUT / "palette-50x40.png", transparency=3)
    add("palette-50x40.png", 32, 28, "palette with a transparent entry")

    # One channel, as PIL's convert("L"): luma in fixed point, before resizing.
    add("rgb-400x300.png", 64, 56, "RGB to gray (convert(\"L\")), downscaled", "gray")
    add("rgba-180x260.png", 32, 28, "RGBA to gray, alpha dropped", "gray")
    add("palette-50x40.png", 40, 36, "palette to gray, upscaled", "gray")
    add("photo-97x131.jpg", 28, 28, "JPEG to gray", "gray")
    Image.fromarray(scene(28, 28)[..., 2]).save(OUT / "gray-28x28.png")
    add("gray-28x28.png", 28, 28, "gray at the network's size: no resizing (PIL and torchvision return the image as is)", "gray")

    meta = {"generator": "scripts/make-image-fixtures.py", "pillow": PIL.__version__, "numpy": np.__version__, "cases": cases}
    (OUT / "cases.json").write_text(json.dumps(meta, indent=2) + "\n")


main()
