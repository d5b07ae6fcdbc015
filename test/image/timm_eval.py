"""Reference tensors for test/image/non-square.test.ts: timm's evaluation
transform (crop_mode "center") of raw RGBA images, with PIL for the pixels.

timm's rule for input (H, W) and crop_pct: scale = (floor(H / crop_pct),
floor(W / crop_pct)); equal sides -> torchvision Resize(side) with the
model's interpolation; else timm's ResizeKeepRatio(scale), whose default
filter, bilinear, the evaluation transform keeps: both sides divided by
min(h / scale_h, w / scale_w) and rounded by Python's round. Then
CenterCrop((H, W)), ToTensor, Normalize.

Sizes are computed here as torchvision 0.14 computes them; where torchvision
is installed, its own transforms are run too and must give the same bits.

Usage: /usr/bin/python3 timm_eval.py JOBS.json
  each job: {"rgba": file of width*height*4 bytes, "width", "height",
             "resize": n or [h, w], "crop": n or [h, w], "color": "rgb"|"gray",
             "mean": [...], "std": [...], "interpolation": "bicubic"|"bilinear",
             "out": file for the float32 NCHW tensor}
Prints {"pillow": version, "torchvision": version or null}.
"""
import json
import sys

import numpy as np
import PIL
from PIL import Image

FILTERS = {"bicubic": Image.BICUBIC, "bilinear": Image.BILINEAR}


def resized_size(w, h, resize):
    """(width, height) after the resize: Resize(n) truncates the longer side; ResizeKeepRatio rounds half to even."""
    if isinstance(resize, int):
        short, long = (w, h) if w <= h else (h, w)
        new_long = int(resize * long / short)
        return (resize, new_long) if w <= h else (new_long, resize)
    ratio = min(h / resize[0], w / resize[1])
    return round(w / ratio), round(h / ratio)


def pil_pipeline(im, job):
    crop_h, crop_w = (job["crop"], job["crop"]) if isinstance(job["crop"], int) else job["crop"]
    size = resized_size(im.width, im.height, job["resize"])
    if size != im.size:
        im = im.resize(size, FILTERS[job["interpolation"]])
    top = int(round((size[1] - crop_h) / 2.0))
    left = int(round((size[0] - crop_w) / 2.0))
    im = im.crop((left, top, left + crop_w, top + crop_h))
    x = np.asarray(im, dtype=np.uint8).reshape(crop_h, crop_w, -1).transpose(2, 0, 1).astype(np.float32) / np.float32(255)
    mean, std = (np.array(v, dtype=np.float32)[:, None, None] for v in (job["mean"], job["std"]))
    return ((x - mean) / std).astype(np.float32)


def torchvision_pipeline(im, job, transforms, F):
    mode = getattr(transforms.InterpolationMode, job["interpolation"].upper())
    resize = job["resize"]
    if isinstance(resize, int):
        first = transforms.Resize(resize, interpolation=mode)
    else:
        first = lambda img: F.resize(img, [round(x / min(img.height / resize[0], img.width / resize[1])) for x in (img.height, img.width)], mode)
    crop = job["crop"] if isinstance(job["crop"], int) else tuple(job["crop"])
    steps = transforms.Compose([first, transforms.CenterCrop(crop), transforms.ToTensor(), transforms.Normalize(job["mean"], job["std"])])
    return steps(im).numpy()


def main():
    try:
        from torchvision import transforms
        from torchvision.transforms import functional as F
        import torchvision
        version = torchvision.__version__
    except ImportError:
        transforms = F = version = None
    for job in json.load(open(sys.argv[1])):
        rgba = open(job["rgba"], "rb").read()
        im = Image.frombytes("RGBA", (job["width"], job["height"]), rgba).convert({"rgb": "RGB", "gray": "L"}[job["color"]])
        tensor = pil_pipeline(im, job)
        if transforms is not None:
            other = torchvision_pipeline(im, job, transforms, F)
            if other.shape != tensor.shape or other.tobytes() != tensor.tobytes():
                sys.exit(f"torchvision {version} and the PIL arithmetic disagree on {job['width']}x{job['height']} {job['resize']} {job['crop']}")
        tensor.tofile(job["out"])
    json.dump({"pillow": PIL.__version__, "torchvision": version}, sys.stdout)


main()
