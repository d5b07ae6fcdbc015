// Image input against PIL: decodeImage + preprocess must give the tensors that
// timm's evaluation transform gives (test/fixtures-images/, written by
// scripts/make-image-fixtures.py with Pillow and numpy).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeImage } from "../../cli/image.ts";
import { UserError } from "../../compiler/errors.ts";
import { IMAGENET_EVAL, preprocess } from "../../runtime/preprocess.ts";

const DIR = resolve(import.meta.dirname, "../fixtures-images");
const read = (name: string) => new Uint8Array(readFileSync(`${DIR}/${name}`));

interface Case {
  image: string;
  resize: number;
  crop: number;
  note: string;
}
const { cases } = JSON.parse(readFileSync(`${DIR}/cases.json`, "utf8")) as { cases: Case[] };

// One uint8 step after normalisation, at the smallest std.
const LEVEL = 1 / 255 / 0.224;

// PNG pixels decode to PIL's exactly and the resize is PIL's integer arithmetic,
// so the tensors agree to float32 rounding (measured: identical). jpeg-js's IDCT
// is not libjpeg's: its pixels differ from PIL's by up to 3 steps, 0.14 on
// average (the chroma upsampling and colour conversion are libjpeg's); measured
// on the fixtures: max 3 steps (0.0523), mean 0.0027.
const bounds = (image: string) => (image.endsWith(".jpg") ? { max: 3 * LEVEL, mean: 0.25 * LEVEL } : { max: 1e-6, mean: 1e-7 });

describe("preprocess(decodeImage(...)) matches PIL + torchvision", () => {
  it.each(cases)("$image: $note", ({ image, resize, crop }) => {
    const out = preprocess(decodeImage(read(image), image), { ...IMAGENET_EVAL, resize, crop });
    const bin = readFileSync(`${DIR}/${image.replace(/\.\w+$/, ".bin")}`);
    const ref = new Float32Array(bin.buffer, bin.byteOffset, bin.byteLength / 4);
    expect(out.length).toBe(3 * crop * crop);
    let max = 0;
    let sum = 0;
    for (let i = 0; i < ref.length; i++) {
      const d = Math.abs(out[i] - ref[i]);
      max = Math.max(max, d);
      sum += d;
    }
    const { max: maxBound, mean: meanBound } = bounds(image);
    expect(max).toBeLessThanOrEqual(maxBound);
    expect(sum / ref.length).toBeLessThanOrEqual(meanBound);
  });

  it("uses the 256/224 ImageNet setting", () => {
    expect(IMAGENET_EVAL).toEqual({
      resize: 256,
      crop: 224,
      mean: [0.485, 0.456, 0.406],
      std: [0.229, 0.224, 0.225],
      interpolation: "bicubic",
    });
    expect(cases.some((c) => c.resize === 256 && c.crop === 224)).toBe(true);
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

  it("a crop larger than the resize, or an unknown interpolation", () => {
    expect(() => preprocess(image(8, 8), { ...IMAGENET_EVAL, resize: 200 })).toThrow(/unsupported preprocessing \(resize 200, crop 224/);
    const p = { ...IMAGENET_EVAL, interpolation: "bilinear" as "bicubic" };
    expect(() => preprocess(image(8, 8), p)).toThrow(/unsupported preprocessing/);
  });
});

describe("decodeImage", () => {
  const userError = (bytes: Uint8Array, file: string): UserError => {
    try {
      decodeImage(bytes, file);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return e as UserError;
    }
    throw new Error(`${file} decoded`);
  };

  it("goes by content, not by name", () => {
    const png = decodeImage(read("rgba-180x260.png"), "actually-a-png.jpg");
    expect([png.width, png.height, png.data.length]).toEqual([180, 260, 180 * 260 * 4]);
    expect(png.data[3]).toBe(0); // alpha kept
    const jpg = decodeImage(read("photo-97x131.jpg"), "photo");
    expect([jpg.width, jpg.height, jpg.data[3]]).toEqual([97, 131, 255]);
  });

  it("refuses other formats", () => {
    const gif = new TextEncoder().encode("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    expect(userError(gif, "photo.gif").message).toBe("photo.gif: not a PNG or JPEG image");
    expect(userError(new Uint8Array(0), "empty.png").message).toBe("empty.png: not a PNG or JPEG image");
  });

  it("refuses truncated and corrupt PNGs", () => {
    const png = read("rgb-400x300.png");
    expect(userError(png.subarray(0, 20), "a.png").message).toBe("a.png: corrupt PNG image (no IHDR header)");
    expect(userError(png.subarray(0, png.length >> 1), "b.png").message).toMatch(/^b\.png: corrupt or truncated PNG image \(/);
    const flipped = png.slice();
    flipped[png.length >> 1] ^= 0xff;
    expect(userError(flipped, "c.png").message).toMatch(/^c\.png: corrupt or truncated PNG image \(/);
  });

  it("refuses truncated and corrupt JPEGs", () => {
    const jpg = read("photo-97x131.jpg");
    expect(userError(jpg.subarray(0, 100), "a.jpg").message).toMatch(/^a\.jpg: corrupt or truncated JPEG image \(/);
    expect(userError(jpg.subarray(0, jpg.length - 100), "b.jpg").message).toMatch(/^b\.jpg: corrupt or truncated JPEG image \(/);
    const noFrame = Uint8Array.of(0xff, 0xd8, 0xff, 0xda, 0, 2);
    expect(userError(noFrame, "c.jpg").message).toBe("c.jpg: corrupt or truncated JPEG image (no frame header)");
  });

  it("refuses images over 64 megapixels before decoding them", () => {
    const png = read("gray-40x30.png");
    const view = new DataView(png.buffer);
    view.setUint32(16, 10000); // IHDR width and height
    view.setUint32(20, 10000);
    expect(userError(png, "bomb.png").message).toBe("bomb.png: image too large: more than 64 megapixels (10000x10000)");

    const jpg = read("photo-97x131.jpg");
    const sof = jpg.findIndex((b, i) => b === 0xff && jpg[i + 1] === 0xc0);
    new DataView(jpg.buffer).setUint32(sof + 5, (9000 << 16) | 9000); // height, width
    expect(userError(jpg, "bomb.jpg").message).toBe("bomb.jpg: image too large: more than 64 megapixels (9000x9000)");
  });
});
