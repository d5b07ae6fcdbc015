#!/usr/bin/python3
"""Phone-sized test images made by PIL, for `npm run bench:image` and the photo
tests, which generate them on the fly (they are too big to commit), and PIL's
own preprocessing of them, the reference the fast path is compared with.

Needs only Debian's Pillow (apt-get install python3-pil); no numpy. Reads a JSON
list of jobs on stdin, writes the files they name:

  {"scene": SEED, "size": [W, H], "out": PATH, ...save}
      a synthetic photo (sky, hazy ridges, foliage, buildings, film grain) of W x H;
  {"enlarge": PNG, "canvas": [W, H], "out": PATH, ...save}
      a small image scaled up (bicubic) to the canvas's shorter side, centred on
      the canvas, the border filled with the image's corner colour;
  {"reference": FILE, "resize": R, "crop": C, "out": RAW}
      PIL's convert("RGB"), resize of the shorter side to R (BICUBIC; the longer
      side truncated, as torchvision does) and centre crop C x C: raw RGB bytes.
      Image.open does not apply EXIF orientation, so neither does the reference.

where ...save is "format" ("jpeg" or "png"; default jpeg), "quality" (default 90),
"subsampling" ("4:4:4", "4:2:2" or "4:2:0"; default 4:2:0), "progressive" (default
false), "mode" (what PIL stores: "RGB", "L" or "CMYK"; default RGB) and "orientation"
(1-8: the pixels are stored so that applying that EXIF orientation gives back the
image, and the tag is written; default none).
"""
import json
import random
import sys

from PIL import Image, ImageDraw, ImageFilter, ImageOps

# What a viewer does to the stored pixels for each EXIF orientation (PIL's
# ImageOps.exif_transpose); storing applies the inverse.
DISPLAY = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
INVERSE = {
    Image.Transpose.ROTATE_90: Image.Transpose.ROTATE_270,
    Image.Transpose.ROTATE_270: Image.Transpose.ROTATE_90,
}
SUBSAMPLING = {"4:4:4": 0, "4:2:2": 1, "4:2:0": 2}
EXIF_ORIENTATION = 0x0112


def scene(seed, width, height):
    """Smooth gradients, soft and hard edges and fine grain: what makes a phone photo's JPEG 3-5 MB at 12 MP."""
    rnd = random.Random(seed)
    colour = lambda lo=0, hi=255: tuple(rnd.randint(lo, hi) for _ in range(3))
    sky = ImageOps.colorize(Image.linear_gradient("L").resize((width, height)), colour(120, 255), colour(20, 140))
    draw = ImageDraw.Draw(sky)
    sun = rnd.randint(height // 20, height // 8)
    cx, cy = rnd.randint(0, width), rnd.randint(0, height // 3)
    draw.ellipse((cx - sun, cy - sun, cx + sun, cy + sun), fill=colour(200, 255))
    sky = sky.filter(ImageFilter.GaussianBlur(height / 200))
    # Ridges, far (pale, blurred) to near (dark, sharp): random walks closed to the bottom.
    for layer in range(4):
        ridge = Image.new("L", (width, height), 0)
        base = height * (0.35 + 0.12 * layer)
        y, points = base, [(0, height)]
        for x in range(0, width + 64, 64):
            y = min(max(y + rnd.gauss(0, height / 60), base - height / 6), base + height / 6)
            points.append((x, y))
        points.append((width, height))
        ImageDraw.Draw(ridge).polygon(points, fill=255)
        blur = (3 - layer) * height / 600
        mask = ridge.filter(ImageFilter.GaussianBlur(blur)) if blur else ridge
        sky.paste(Image.new("RGB", (width, height), colour(20, 200 - 40 * layer)), (0, 0), mask)
    draw = ImageDraw.Draw(sky)
    for _ in range(60):  # foliage
        x, y, r = rnd.randint(0, width), rnd.randint(height // 2, height), rnd.randint(height // 60, height // 12)
        draw.ellipse((x - r, y - r // 2, x + r, y + r // 2), fill=(rnd.randint(10, 90), rnd.randint(60, 160), rnd.randint(10, 70)))
    for _ in range(8):  # buildings with windows: hard edges
        w, h = rnd.randint(width // 30, width // 10), rnd.randint(height // 10, height // 3)
        x, y = rnd.randint(0, width - w), rnd.randint(height // 2, height) - h
        draw.rectangle((x, y, x + w, y + h), fill=colour(60, 230))
        for wy in range(y + h // 20, y + h - h // 10, max(h // 12, 4)):
            for wx in range(x + w // 10, x + w - w // 8, max(w // 6, 4)):
                draw.rectangle((wx, wy, wx + w // 14, wy + h // 25), fill=colour(0, 255))
    # Texture at three scales (surfaces, leaves, sensor grain), the finest strongest in the shadows' share.
    def noise(step):
        w, h = max(width // step, 1), max(height // step, 1)
        return Image.frombytes("L", (w, h), rnd.randbytes(w * h)).resize((width, height), Image.BICUBIC)

    shade = Image.blend(Image.blend(noise(32), noise(4), 0.5), noise(1), 0.4)
    return Image.blend(sky, Image.merge("RGB", [shade] * 3), 0.2).filter(ImageFilter.UnsharpMask(2, 60, 2))


def enlarge(path, width, height):
    small = Image.open(path).convert("RGB")
    side = min(width, height)
    canvas = Image.new("RGB", (width, height), small.getpixel((0, 0)))
    canvas.paste(small.resize((side, side), Image.BICUBIC), ((width - side) // 2, (height - side) // 2))
    return canvas


def save(image, job):
    fmt = job.get("format", "jpeg")
    image = image.convert(job.get("mode", "RGB"))
    orientation = job.get("orientation")
    if orientation and orientation != 1:
        display = DISPLAY[orientation]
        image = image.transpose(INVERSE.get(display, display))
    if fmt == "png":
        image.save(job["out"], "PNG", compress_level=6)
        return
    exif = Image.Exif()
    if orientation:
        exif[EXIF_ORIENTATION] = orientation
    image.save(
        job["out"],
        "JPEG",
        quality=job.get("quality", 90),
        subsampling=SUBSAMPLING[job.get("subsampling", "4:2:0")],
        progressive=job.get("progressive", False),
        exif=exif.tobytes() if orientation else b"",
    )


def reference(path, resize, crop):
    image = Image.open(path).convert("RGB")
    w, h = image.size
    short, long = (w, h) if w <= h else (h, w)
    size = (resize, int(resize * long / short)) if w <= h else (int(resize * long / short), resize)
    if size != image.size:
        image = image.resize(size, Image.BICUBIC)
    top, left = int(round((size[1] - crop) / 2.0)), int(round((size[0] - crop) / 2.0))
    return image.crop((left, top, left + crop, top + crop)).tobytes()


def run(job):
    if "reference" in job:
        with open(job["out"], "wb") as f:
            f.write(reference(job["reference"], job["resize"], job["crop"]))
    elif "scene" in job:
        save(scene(job["scene"], *job["size"]), job)
    elif "enlarge" in job:
        save(enlarge(job["enlarge"], *job["canvas"]), job)
    else:
        raise SystemExit(f"make-photos.py: unknown job {json.dumps(job)}")


if __name__ == "__main__":
    for job in json.load(sys.stdin):
        run(job)
