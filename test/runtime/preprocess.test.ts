// Image input against PIL: decodeImage + preprocess must give the tensors that
// timm's evaluation transform gives (test/fixtures-images/, written by
// scripts/make-image-fixtures.py with Pillow and numpy).
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeImage, ImageError } from "../../runtime/image/decode.ts";
import { channelsOf, IMAGENET_EVAL, preprocess, sides, type Preprocessing } from "../../runtime/preprocess.ts";
import { PNG_SIGNATURE, pngChunk, pngHeader } from "../png-chunks.ts";

const DIR = resolve(import.meta.dirname, "../fixtures-images");
const read = (name: string) => new Uint8Array(readFileSync(`${DIR}/${name}`));

interface Case {
  image: string;
  resize: number;
  crop: number;
  color: "rgb" | "gray";
  mean: number[];
  std: number[];
  /** The expected tensor, float32 NCHW. */
  reference: string;
  note: string;
}
const { cases } = JSON.parse(readFileSync(`${DIR}/cases.json`, "utf8")) as { cases: Case[] };


// PNG and JPEG pixels decode to PIL's exactly (a JPEG at full size: decodeImage's
// default) and the resize is PIL's integer arithmetic, so the tensors agree to
// float32 rounding (measured: identical).
const BOUNDS = { max: 1e-6, mean: 1e-7 };

describe("preprocess(decodeImage(...)) matches PIL + torchvision", () => {
  it.each(cases)("$image, $color: $note", async ({ image, reference, note: _, ...given }) => {
    const p: Preprocessing = { ...IMAGENET_EVAL, ...given };
    const out = preprocess(await decodeImage(read(image)), p);
    const bin = readFileSync(`${DIR}/${reference}`);
    const ref = new Float32Array(bin.buffer, bin.byteOffset, bin.byteLength / 4);
    expect(out.length).toBe(channelsOf(p) * sides(p.crop)[0] * sides(p.crop)[1]);
    let max = 0;
    let sum = 0;
    for (let i = 0; i < ref.length; i++) {
      const d = Math.abs(out[i] - ref[i]);
      max = Math.max(max, d);
      sum += d;
    }
    expect(max).toBeLessThanOrEqual(BOUNDS.max);
    expect(sum / ref.length).toBeLessThanOrEqual(BOUNDS.mean);
  });

  it("uses the 256/224 ImageNet setting", () => {
    expect(IMAGENET_EVAL).toEqual({
      resize: 256,
      crop: 224,
      color: "rgb",
      mean: [0.485, 0.456, 0.406],
      std: [0.229, 0.224, 0.225],
      interpolation: "bicubic",
    });
    expect(cases.some((c) => c.resize === 256 && c.crop === 224)).toBe(true);
    expect(cases.filter((c) => c.color === "gray").length).toBeGreaterThan(3);
  });

  it("gray is PIL's fixed-point luma, one channel, and an image of the crop's size is not resampled", () => {
    const data = Uint8Array.of(255, 0, 0, 9, 0, 255, 0, 9, 0, 0, 255, 9, 10, 20, 30, 0);
    const out = preprocess({ width: 2, height: 2, data }, { resize: 2, crop: 2, color: "gray", mean: [0], std: [1], interpolation: "bicubic" });
    // (R*19595 + G*38470 + B*7471 + 32768) >> 16: 76, 150, 29 and 18 (18.07 rounded)
    expect(Array.from(out, (v) => Math.round(v * 255))).toEqual([76, 150, 29, 18]);
  });

  it("normalises each channel, NCHW, when no resizing is needed", () => {
    const data = new Uint8Array(2 * 2 * 4);
    data.set([255, 0, 51, 0], 4); // second pixel; alpha is ignored
    const out = preprocess({ width: 2, height: 2, data }, { ...IMAGENET_EVAL, resize: 2, crop: 2 });
    expect(Array.from(out.subarray(0, 4), (v) => +v.toFixed(5))).toEqual([-2.11790, 2.24891, -2.11790, -2.11790]);
    expect(out[4 + 1]).toBeCloseTo(-0.456 / 0.224, 5);
    expect(out[8 + 1]).toBeCloseTo((0.2 - 0.406) / 0.225, 5);
  });
});

describe("preprocess rejects bad input", () => {
  const image = (width: number, height: number, bytes = width * height * 4) => ({ width, height, data: new Uint8Array(bytes) });

  it("an empty image", () => {
    expect(() => preprocess(image(0, 5), IMAGENET_EVAL)).toThrow("preprocess: bad image size 0x5");
  });

  it("data that is not width x height RGBA", () => {
    expect(() => preprocess(image(4, 5, 79), IMAGENET_EVAL)).toThrow("a 4x5 RGBA image needs 80 bytes of data, got 79");
    expect(() => preprocess(image(4, 5, 60), IMAGENET_EVAL)).toThrow("needs 80 bytes of data, got 60"); // RGB
  });

  it("a mean or std per channel missing", () => {
    expect(() => preprocess(image(8, 8), { ...IMAGENET_EVAL, color: "gray" })).toThrow(/gray, 3 means, 3 stds\): .*one mean and std per channel/);
  });

  it("a crop larger than the resize, or an unknown interpolation", () => {
    expect(() => preprocess(image(8, 8), { ...IMAGENET_EVAL, resize: 200 })).toThrow(/unsupported preprocessing \(resize 200, crop 224/);
    const p = { ...IMAGENET_EVAL, interpolation: "lanczos" as "bicubic" };
    expect(() => preprocess(image(8, 8), p)).toThrow(/unsupported preprocessing/);
  });
});

describe("decodeImage", () => {
  const failure = async (bytes: Uint8Array): Promise<string> => {
    const e = await decodeImage(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(e).toBeInstanceOf(ImageError);
    return (e as ImageError).message;
  };

  it("goes by content, not by name", async () => {
    const png = await decodeImage(read("rgba-180x260.png"));
    expect([png.width, png.height, png.data.length]).toEqual([180, 260, 180 * 260 * 4]);
    expect(png.data[3]).toBe(0); // alpha kept
    const jpg = await decodeImage(read("photo-97x131.jpg"));
    expect([jpg.width, jpg.height, jpg.data[3]]).toEqual([97, 131, 255]);
  });

  it("refuses other formats", async () => {
    const gif = new TextEncoder().encode("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    expect(await failure(gif)).toBe("not a PNG or JPEG image");
    expect(await failure(new Uint8Array(0))).toBe("not a PNG or JPEG image");
  });

  it("refuses truncated and corrupt PNGs", async () => {
    const png = read("rgb-400x300.png");
    expect(await failure(png.subarray(0, 20))).toBe("corrupt PNG image (no IHDR header)");
    expect(await failure(png.subarray(0, png.length >> 1))).toMatch(/^corrupt or truncated PNG image \(chunk IDAT ends past the file\)/);
    const flipped = png.slice();
    flipped[png.length >> 1] ^= 0xff;
    expect(await failure(flipped)).toBe("corrupt or truncated PNG image (chunk IDAT fails its CRC)");
  });

  it("refuses truncated and corrupt JPEGs", async () => {
    const jpg = read("photo-97x131.jpg");
    expect(await failure(jpg.subarray(0, 100))).toMatch(/^corrupt or truncated JPEG image \(/);
    expect(await failure(jpg.subarray(0, jpg.length - 100))).toMatch(/^corrupt or truncated JPEG image \(/);
    const noFrame = Uint8Array.of(0xff, 0xd8, 0xff, 0xda, 0, 2);
    expect(await failure(noFrame)).toBe("corrupt or truncated JPEG image (a scan before the frame header)");
  });

  it("refuses images over the pixel limit before decoding them", async () => {
    const png = read("gray-40x30.png");
    const view = new DataView(png.buffer);
    view.setUint32(16, 10000); // IHDR width and height
    view.setUint32(20, 10000);
    expect(await failure(png)).toBe("image too large: 10000x10000 is more than 64 megapixels");

    const jpg = read("photo-97x131.jpg");
    const sof = jpg.findIndex((b, i) => b === 0xff && jpg[i + 1] === 0xc0);
    new DataView(jpg.buffer).setUint32(sof + 5, (9000 << 16) | 9000); // height, width
    expect(await failure(jpg)).toBe("image too large: 9000x9000 is more than 64 megapixels");
    expect(await decodeImage(read("gray-40x30.png"), { limits: { maxPixels: 1200 } })).toMatchObject({ width: 40, height: 30 });
    await expect(decodeImage(read("gray-40x30.png"), { limits: { maxPixels: 1199 } })).rejects.toThrow("image too large: 40x30 is more than 0.001199 megapixels");
  });
});

describe("PNG decoding: every colour type, bit depth and interlacing", () => {
  // Written here (filter 0 rows, zlib) so interlaced and low-depth files, which
  // PIL cannot write, are covered; the expected pixels follow the PNG spec.
  const cases = [
    { colorType: 0, depth: 1 },
    { colorType: 0, depth: 2 },
    { colorType: 0, depth: 4 },
    { colorType: 0, depth: 16 },
    { colorType: 2, depth: 16 },
    { colorType: 3, depth: 2 },
    { colorType: 4, depth: 8 },
    { colorType: 6, depth: 16 },
  ];
  it.each(cases.flatMap((c) => [false, true].map((interlaced) => ({ ...c, interlaced }))))(
    "colour type $colorType, depth $depth, interlaced $interlaced",
    async ({ colorType, depth, interlaced }) => {
      const [w, h] = [13, 11];
      const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType]!;
      const max = 2 ** depth - 1;
      const sample = (x: number, y: number, c: number) => (x * 7 + y * 13 + c * 29 + x * y) % (max + 1);
      const palette = Uint8Array.from({ length: 3 * (max + 1) }, (_, i) => (i * 37) % 256);
      const file = encodePng(w, h, colorType, depth, interlaced, sample, channels, palette);
      const { data } = await decodeImage(file);
      const to8 = (v: number) => (depth === 16 ? v >> 8 : Math.floor((v * 255) / max + 0.5));
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const s = (c: number) => sample(x, y, c);
          const want =
            colorType === 3 ? [palette[3 * s(0)], palette[3 * s(0) + 1], palette[3 * s(0) + 2], 255]
            : colorType === 0 ? [to8(s(0)), to8(s(0)), to8(s(0)), 255]
            : colorType === 4 ? [to8(s(0)), to8(s(0)), to8(s(0)), to8(s(1))]
            : [to8(s(0)), to8(s(1)), to8(s(2)), colorType === 6 ? to8(s(3)) : 255];
          expect([...data.subarray((y * w + x) * 4, (y * w + x) * 4 + 4)], `pixel ${x},${y}`).toEqual(want);
        }
    },
  );

  it("refuses a PNG that inflates to more data than its size", async () => {
    const file = encodePng(4, 4, 0, 8, false, () => 1, 1, new Uint8Array(0), 1);
    expect(await decodeImage(file).catch((e: Error) => e.message)).toBe("corrupt PNG image (more image data than its size)");
  });
});

/** A minimal PNG writer for the tests: no filtering, optional Adam7, `extraRows` of junk after the image data. */
function encodePng(w: number, h: number, colorType: number, depth: number, interlaced: boolean, sample: (x: number, y: number, c: number) => number, channels: number, palette: Uint8Array, extraRows = 0): Uint8Array {
  const passes = interlaced ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] : [[0, 0, 1, 1]];
  const raw: number[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const pw = Math.ceil((w - x0!) / dx!);
    const ph = Math.ceil((h - y0!) / dy!);
    if (!pw || !ph) continue;
    for (let y = 0; y < ph + extraRows; y++) {
      raw.push(0);
      const bits: number[] = [];
      for (let x = 0; x < pw; x++) for (let c = 0; c < channels; c++) bits.push(sample(x0! + x * dx!, y0! + y * dy!, c));
      if (depth === 16) bits.forEach((v) => raw.push(v >> 8, v & 255));
      else if (depth === 8) raw.push(...bits);
      else for (let i = 0; i < bits.length; i += 8 / depth) raw.push(bits.slice(i, i + 8 / depth).reduce((b, v, k) => b | (v << (8 - depth * (k + 1))), 0));
    }
  }
  const plte = colorType === 3 ? [pngChunk("PLTE", palette)] : [];
  return Buffer.concat([PNG_SIGNATURE, pngHeader(w, h, depth, colorType, interlaced), ...plte, pngChunk("IDAT", deflateSync(Uint8Array.from(raw))), pngChunk("IEND", new Uint8Array(0))]);
}
