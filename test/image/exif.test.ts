// EXIF orientation: reading the tag from JPEG and PNG files (both byte orders,
// and never an exception on a malformed block), turning pixels for each of the
// 8 values, and decodeImage's output against PIL's ImageOps.exif_transpose.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeImage } from "../../runtime/image/decode.ts";
import { exifOrientation, type Orientation } from "../../runtime/image/exif.ts";
import { orient } from "../../runtime/image/orient.ts";
import { FUZZ_SEED } from "../fuzz-seed.ts";
import { PNG_SIGNATURE, pngChunk, pngHeader } from "../png-chunks.ts";
import { hasPil, pil } from "./python-pil.ts";
import { ascii, exifSegment, jpegWith, LONG, orientationTiff, segment, SHORT, tiff } from "./exif-blocks.ts";

const ORIENTATIONS: Orientation[] = [1, 2, 3, 4, 5, 6, 7, 8];
/** A PNG's chunks: eXIf before or after the image data. */
function pngWith(block: Uint8Array, afterData = false): Uint8Array {
  const exif = pngChunk("eXIf", block);
  const data = pngChunk("IDAT", new Uint8Array(8));
  return new Uint8Array(Buffer.concat([PNG_SIGNATURE, pngHeader(2, 2, 8, 2), ...(afterData ? [data, exif] : [exif, data]), pngChunk("IEND", new Uint8Array(0))]));
}

describe("exifOrientation", () => {
  it.each(ORIENTATIONS)("reads %i from a JPEG's APP1 and a PNG's eXIf, in both byte orders, as a SHORT or a LONG", (o) => {
    for (const little of [true, false]) {
      for (const type of [SHORT, LONG]) {
        expect(exifOrientation(jpegWith(exifSegment(orientationTiff(o, little, type))))).toBe(o);
        expect(exifOrientation(pngWith(orientationTiff(o, little, type)))).toBe(o);
      }
    }
  });

  it("finds the Exif block after other APP1 segments (XMP) and fill bytes", () => {
    const xmp = segment(0xe1, ascii("http://ns.adobe.com/xap/1.0/\0<x/>"));
    const file = jpegWith(xmp, new Uint8Array([0xff, 0xff]), exifSegment(orientationTiff(6)));
    expect(exifOrientation(file)).toBe(6);
  });

  it.each<[string, Uint8Array]>([
    ["a JPEG without EXIF", jpegWith()],
    ["a PNG without eXIf", new Uint8Array(Buffer.concat([PNG_SIGNATURE, pngHeader(2, 2, 8, 2), pngChunk("IEND", new Uint8Array(0))]))],
    ["neither a JPEG nor a PNG", ascii("GIF89a")],
    ["an empty file", new Uint8Array(0)],
    ["Exif after the first scan", new Uint8Array([...jpegWith(), ...exifSegment(orientationTiff(6))])],
    ["an APP1 segment that is not Exif", jpegWith(segment(0xe1, new Uint8Array([...ascii("Exif\0\xff"), ...orientationTiff(6)])))],
    ["an APP1 segment running past the file", jpegWith(exifSegment(orientationTiff(6))).subarray(0, 40)],
    ["a marker that is not one", new Uint8Array([0xff, 0xd8, 0x12, 0x34, ...exifSegment(orientationTiff(6))])],
    ["an unknown byte order", jpegWith(exifSegment(new Uint8Array([...ascii("XX*\0"), ...orientationTiff(6).subarray(4)])))],
    ["a bad TIFF magic number", jpegWith(exifSegment(new Uint8Array([...ascii("II+\0"), ...orientationTiff(6).subarray(4)])))],
    ["a TIFF block of 7 bytes", jpegWith(exifSegment(orientationTiff(6).subarray(0, 7)))],
    ["IFD0 past the block", jpegWith(exifSegment(tiff(true, [[0x0112, SHORT, 1, 6]], 4000).subarray(0, 40)))],
    ["more entries than the block holds", jpegWith(exifSegment(orientationTiff(6).subarray(0, 8 + 2 + 12 + 6)))],
    ["orientation 0", jpegWith(exifSegment(orientationTiff(0)))],
    ["orientation 9", jpegWith(exifSegment(orientationTiff(9)))],
    ["orientation 65542 as a LONG", jpegWith(exifSegment(orientationTiff(65536 + 6, true, LONG)))],
    ["orientation as text", jpegWith(exifSegment(tiff(true, [[0x0112, 2, 2, 0x36]])))],
    ["a count of 0", jpegWith(exifSegment(tiff(false, [[0x0112, SHORT, 0, 6]])))],
    ["eXIf after the PNG's image data (browsers ignore it)", pngWith(orientationTiff(6), true)],
  ])("reads 1 (as stored) from %s", (_, bytes) => {
    expect(exifOrientation(bytes)).toBe(1);
  });

  it("never throws on damaged files: every cut, and bytes changed at random", () => {
    for (const file of [jpegWith(exifSegment(orientationTiff(8, false))), pngWith(orientationTiff(5))]) {
      for (let cut = 0; cut <= file.length; cut++) expect(ORIENTATIONS).toContain(exifOrientation(file.subarray(0, cut)));
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(file.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }), (changes) => {
          const damaged = file.slice();
          for (const [at, value] of changes) damaged[at] = value;
          expect(ORIENTATIONS).toContain(exifOrientation(damaged));
        }),
        { seed: FUZZ_SEED, numRuns: 2000 },
      );
    }
  });
});

describe("orient", () => {
  // a b c     (pixel values 1..6, one 32-bit word a pixel)
  // d e f
  const image = { width: 3, height: 2, data: new Uint8Array(new Uint32Array([1, 2, 3, 4, 5, 6]).buffer) };
  const [a, b, c, d, e, f] = [1, 2, 3, 4, 5, 6];
  /** What each orientation shows: the EXIF specification's pictures, row by row. */
  const upright: Record<Orientation, [number, number, number[]]> = {
    1: [3, 2, [a, b, c, d, e, f]],
    2: [3, 2, [c, b, a, f, e, d]],
    3: [3, 2, [f, e, d, c, b, a]],
    4: [3, 2, [d, e, f, a, b, c]],
    5: [2, 3, [a, d, b, e, c, f]],
    6: [2, 3, [d, a, e, b, f, c]],
    7: [2, 3, [f, c, e, b, d, a]],
    8: [2, 3, [c, f, b, e, a, d]],
  };

  it.each(ORIENTATIONS)("turns the pixels for orientation %i", (o) => {
    const [width, height, pixels] = upright[o];
    const out = orient(image, o);
    expect([out.width, out.height]).toEqual([width, height]);
    expect([...new Uint32Array(out.data.buffer, out.data.byteOffset, width * height)]).toEqual(pixels);
  });

  it("leaves orientation 1 alone, and takes pixels that are not 4-byte aligned", () => {
    expect(orient(image, 1)).toBe(image);
    const shifted = new Uint8Array(image.data.length + 1);
    shifted.set(image.data, 1);
    const out = orient({ ...image, data: shifted.subarray(1) }, 6);
    expect([...new Uint32Array(out.data.buffer)]).toEqual(upright[6][2]);
  });
});

/**
 * For each orientation, a JPEG (40x24, quality 100, 4:4:4, in flat 8x8 blocks, which every
 * JPEG decoder gives exactly) and a PNG (37x21 noise) tagged with it; their pixels as PIL's
 * Image.open gives them (stored) and after ImageOps.exif_transpose (upright).
 */
const MAKE_ORIENTED = `
import base64, json, random, io, sys
from PIL import Image, ImageOps
random.seed(11)
colour = lambda: tuple(random.randrange(256) for _ in range(3))
blocks = [colour() for _ in range(15)]
jpeg = Image.new("RGB", (40, 24)); jpeg.putdata([blocks[y // 8 * 5 + x // 8] for y in range(24) for x in range(40)])
png = Image.new("RGB", (37, 21)); png.putdata([colour() for _ in range(37 * 21)])
def pixels(image):
    return {"width": image.width, "height": image.height, "rgba": base64.b64encode(image.convert("RGBA").tobytes()).decode()}
out = []
for o in range(1, 9):
    exif = Image.Exif(); exif[0x0112] = o
    for image, options in ((jpeg, {"format": "JPEG", "quality": 100, "subsampling": 0}), (png, {"format": "PNG"})):
        buffer = io.BytesIO(); image.save(buffer, exif=exif.tobytes(), **options)
        opened = Image.open(io.BytesIO(buffer.getvalue()))
        out.append({"orientation": o, "format": options["format"], "file": base64.b64encode(buffer.getvalue()).decode(),
                    "stored": pixels(opened), "upright": pixels(ImageOps.exif_transpose(opened))})
json.dump(out, sys.stdout)
`;

interface Pixels {
  width: number;
  height: number;
  rgba: string;
}

describe.skipIf(!hasPil)("decodeImage against PIL", () => {
  const cases = hasPil ? (JSON.parse(pil(MAKE_ORIENTED).toString()) as { orientation: number; format: string; file: string; stored: Pixels; upright: Pixels }[]) : [];
  const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));
  const expectPixels = (got: { width: number; height: number; data: Uint8Array }, want: Pixels) => {
    expect([got.width, got.height]).toEqual([want.width, want.height]);
    expect(Buffer.from(got.data).equals(Buffer.from(want.rgba, "base64"))).toBe(true);
  };

  it.each(cases.map((c) => [c.format, c.orientation, c] as const))("%s with orientation %i: upright as exif_transpose gives it; 'ignore' gives Image.open's pixels", async (_, __, c) => {
    expectPixels(await decodeImage(bytes(c.file)), c.upright);
    expectPixels(await decodeImage(bytes(c.file), { orientation: "ignore" }), c.stored);
  });

  it("decodes a file whose EXIF block is malformed as stored", async () => {
    const { file, stored } = cases.find((c) => c.format === "JPEG" && c.orientation === 6)!;
    const damaged = bytes(file);
    const tiffAt = damaged.findIndex((_, i) => Buffer.from(damaged.subarray(i, i + 6)).toString("latin1") === "Exif\0\0") + 6;
    new DataView(damaged.buffer).setUint32(tiffAt + 4, 0xfffffff0, true); // IFD0 far past the block
    expectPixels(await decodeImage(damaged), stored);
  });
});

describe("decodeImage's options", () => {
  it("refuses an orientation it does not know, and a minShortSide that is not a size", async () => {
    const png = pngWith(orientationTiff(1));
    await expect(decodeImage(png, { orientation: "upright" as "exif" })).rejects.toThrow('decodeImage: orientation must be "exif" or "ignore", got "upright"');
    for (const bad of [0, -1, 1.5, NaN]) await expect(decodeImage(png, { minShortSide: bad })).rejects.toThrow(/^decodeImage: minShortSide must be a whole number of pixels above 0, got /);
  });
});
