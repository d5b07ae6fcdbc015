#!/usr/bin/python3
# Makes the JPEG decoder's reference files in test/image/fixtures/jpeg/: small
# JPEGs of every kind the decoder reads (made with PIL and libjpeg-turbo's
# cjpeg), and the RGB pixels PIL 9.4 gives for each: full size
# (Image.open(f).convert("RGB")) and at the scales 1/8, 2/8 and 4/8 of
# im.draft("RGB", ...), gzipped one after the other in that order.
# Run with Debian's python3 (PIL on libjpeg-turbo): /usr/bin/python3 scripts/make-jpeg-references.py
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageDraw, ImageFilter

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "image", "fixtures", "jpeg")
SCALES = [8, 1, 2, 4]


def scene(width, height, seed):
    """Shapes over a gradient, blurred, with sharp edges and noise on top: every kind of block."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height))
    gradient = Image.linear_gradient("L").resize((width, height))
    image.paste(Image.merge("RGB", (gradient, gradient.rotate(90), gradient.transpose(Image.FLIP_LEFT_RIGHT))))
    draw = ImageDraw.Draw(image)
    for _ in range(width * height // 600 + 4):
        x, y = rng.randrange(width), rng.randrange(height)
        box = [x, y, x + rng.randrange(4, width // 2 + 5), y + rng.randrange(4, height // 2 + 5)]
        colour = tuple(rng.randrange(256) for _ in range(3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        draw.line([rng.randrange(width), rng.randrange(height), rng.randrange(width), rng.randrange(height)],
                  fill=tuple(rng.choice((0, 255)) for _ in range(3)), width=rng.randrange(1, 3))
    pixels = image.load()
    for _ in range(width * height // 150):
        pixels[rng.randrange(width), rng.randrange(height)] = tuple(rng.randrange(256) for _ in range(3))
    return image


def pil_jpeg(image, **options):
    with tempfile.NamedTemporaryFile(suffix=".jpg") as file:
        image.save(file.name, "JPEG", **options)
        return open(file.name, "rb").read()


def cjpeg(image, *arguments, scans=None):
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "in.ppm" if image.mode == "RGB" else "in.pgm")
        image.save(source)
        extra = []
        if scans:
            open(os.path.join(folder, "scans"), "w").write(scans)
            extra = ["-scans", os.path.join(folder, "scans")]
        return subprocess.run(["cjpeg", *arguments, *extra, source], check=True, capture_output=True).stdout


def segments(data):
    """(marker, start, end) of each marker segment before the first scan."""
    at = 2
    while True:
        marker = data[at + 1]
        end = at + 2 + int.from_bytes(data[at + 2:at + 4], "big")
        yield marker, at, end
        if marker == 0xDA:
            return
        at = end


def without(data, *markers):
    """The file without the segments of the given markers (before the first scan)."""
    kept = bytearray(data[:2])
    for marker, start, end in segments(data):
        if marker == 0xDA:
            return bytes(kept + data[start:])
        if marker not in markers:
            kept += data[start:end]


def adobe_transform(data, transform):
    """The file with its Adobe marker's colour transform flag set to `transform`."""
    for marker, start, end in segments(data):
        if marker == 0xEE:
            patched = bytearray(data)
            patched[start + 4 + 11] = transform
            return bytes(patched)
    raise ValueError("no Adobe marker")


def references(data):
    """PIL's RGB pixels at each scale it can give, with their sizes."""
    full = Image.open(tempfile_of(data))
    width, height = full.size
    pixels, sizes = [], {}
    for n in SCALES:
        image = Image.open(tempfile_of(data))
        if n != 8:
            # Ask for a size whose ratio PIL rounds down to exactly 8/n, and check that it did.
            image.draft("RGB", (max(1, width * n // 8), max(1, height * n // 8)))
            if image.decoderconfig[0] != 8 // n:
                continue
            assert image.size == (-(-width * n // 8), -(-height * n // 8))
        pixels.append(image.convert("RGB").tobytes())
        sizes[n] = list(image.size)
    return width, height, sizes, b"".join(pixels)


def tempfile_of(data):
    file = tempfile.NamedTemporaryFile(suffix=".jpg", delete=False)
    file.write(data)
    file.close()
    return file.name


def variants():
    odd = scene(101, 75, 1)
    small = scene(77, 53, 2)
    large = scene(192, 136, 3)
    three = "0 1 2: 0 63 0 0;\n"
    yield "baseline-420", "PIL, 4:2:0, quality 90", pil_jpeg(odd, quality=90)
    yield "baseline-444", "PIL, 4:4:4, quality 95", pil_jpeg(odd, quality=95, subsampling=0)
    yield "baseline-422", "PIL, 4:2:2", pil_jpeg(small, quality=85, subsampling=1)
    yield "baseline-440", "cjpeg, 4:4:0 (1x2)", cjpeg(small, "-sample", "1x2")
    yield "baseline-411", "cjpeg, 4:1:1 (4x1)", cjpeg(small, "-sample", "4x1")
    yield "baseline-mixed", "cjpeg, Y 2x1, Cb 1x2, Cr 1x1", cjpeg(small, "-sample", "2x1,1x2,1x1")
    yield "baseline-311", "cjpeg, Y 3x1 (chroma repeated 3 times across)", cjpeg(small, "-sample", "3x1")
    yield "baseline-2x2-2x1", "cjpeg, Y 2x2, Cb 2x1, Cr 1x1", cjpeg(small, "-sample", "2x2,2x1,1x1")
    yield "baseline-420-large", "PIL, 4:2:0, 192x136", pil_jpeg(large, quality=92)
    yield "baseline-restart", "cjpeg, 4:2:0, a restart every 7 MCUs", cjpeg(odd, "-restart", "7B")
    yield "baseline-optimized-q100", "cjpeg, optimized Huffman tables, quality 100", cjpeg(odd, "-optimize", "-quality", "100", "-sample", "1x1")
    yield "baseline-low-quality", "PIL, quality 8 (large quantizers, clamped samples)", pil_jpeg(small, quality=8)
    yield "multiscan-sequential", "cjpeg, sequential, one scan per component", cjpeg(odd, scans="0;\n1;\n2;\n")
    yield "progressive-420", "PIL, progressive 4:2:0", pil_jpeg(odd, quality=90, progressive=True)
    yield "progressive-444", "cjpeg, progressive 4:4:4", cjpeg(small, "-progressive", "-sample", "1x1")
    yield "progressive-large", "cjpeg, progressive 4:2:0, 192x136, optimized", cjpeg(large, "-progressive", "-optimize")
    yield "progressive-restart", "cjpeg, progressive 4:2:2, a restart every 3 MCUs", cjpeg(odd, "-progressive", "-sample", "2x1", "-restart", "3B")
    yield "progressive-gray", "cjpeg, progressive grayscale", cjpeg(odd.convert("L"), "-progressive")
    yield "gray", "PIL, grayscale", pil_jpeg(small.convert("L"), quality=90)
    yield "gray-tiny", "PIL, grayscale 7x5", pil_jpeg(scene(7, 5, 4).convert("L"))
    yield "tiny-420", "PIL, 4:2:0, 3x2 (chroma 2 samples wide: no fancy upsampling)", pil_jpeg(scene(3, 2, 5), quality=90)
    yield "narrow-420", "PIL, 4:2:0, 6x9 (chroma 3 samples wide: both edges of fancy upsampling at once)", pil_jpeg(scene(6, 9, 8), quality=90)
    yield "narrow-422", "PIL, 4:2:2, 5x4 (chroma 3 samples wide)", pil_jpeg(scene(5, 4, 9), quality=90, subsampling=1)
    yield "one-pixel", "PIL, 4:2:0, 1x1", pil_jpeg(scene(1, 1, 6))
    yield "cmyk", "PIL, CMYK with an Adobe marker (transform 0)", pil_jpeg(odd.convert("CMYK"), quality=90)
    yield "ycck", "PIL's CMYK file with its Adobe transform set to 2 (YCCK)", adobe_transform(pil_jpeg(small.convert("CMYK"), quality=90), 2)
    yield "rgb-adobe", "cjpeg -rgb: RGB components, Adobe transform 0", cjpeg(small, "-rgb")
    yield "rgb-ids", "cjpeg -rgb without its Adobe marker: component ids R, G, B", without(cjpeg(small, "-rgb"), 0xEE)
    yield "ycbcr-no-jfif", "PIL, 4:2:0, JFIF marker removed (ids 1, 2, 3)", without(pil_jpeg(small, quality=90), 0xE0)
    yield "default-huffman", "PIL's standard Huffman tables, DHT removed (as Motion-JPEG)", without(pil_jpeg(small, quality=80), 0xC4)
    yield "three-components-one-scan-script", "cjpeg, sequential, scans script with one interleaved scan", cjpeg(small, scans=three)


def refused():
    """Files the decoder refuses although libjpeg reads them (no pixels kept)."""
    yield "arithmetic", "cjpeg -arithmetic: unsupported JPEG: arithmetic coding", cjpeg(scene(16, 16, 7), "-arithmetic")


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    for name, what, data in refused():
        open(os.path.join(OUT, name + ".jpg"), "wb").write(data)
        manifest.append({"name": name, "what": what, "refused": True})
    pixel_files = {}  # files that decode to the same pixels share one reference
    for name, what, data in variants():
        open(os.path.join(OUT, name + ".jpg"), "wb").write(data)
        width, height, sizes, pixels = references(data)
        if pixels not in pixel_files:
            pixel_files[pixels] = name + ".rgb.gz"
            open(os.path.join(OUT, pixel_files[pixels]), "wb").write(gzip.compress(pixels, 9, mtime=0))
        manifest.append({"name": name, "what": what, "width": width, "height": height, "scales": sizes, "pixels": pixel_files[pixels]})
        print(name, sizes, pixel_files[pixels], file=sys.stderr)
    with open(os.path.join(OUT, "manifest.json"), "w") as file:
        json.dump(manifest, file, indent=1)
        file.write("\n")


if __name__ == "__main__":
    main()
