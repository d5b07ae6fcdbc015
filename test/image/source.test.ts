// toRgba in Node: bytes, ArrayBuffers and Blobs decode as decodeImage decodes
// them (with the options given), RGBA pixels pass as they are, anything else is
// a TypeError naming what was given. (test/image/source-browser.test.ts: the
// browser's sources in Chromium.)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeImage } from "../../runtime/image/decode.ts";
import { toRgba } from "../../runtime/image/source.ts";
import { PNG_SIGNATURE, pngChunk, pngHeader } from "../png-chunks.ts";

const read = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, "../fixtures-images", name)));

/** A 3x2 RGB PNG, pixel i = (i, 10 i, 100), tagged with EXIF orientation 6 (to turn 90 degrees clockwise). */
function orientedPng(): Uint8Array<ArrayBuffer> {
  const rows = [0, 1].map((y) => [0, ...[0, 1, 2].flatMap((x) => [3 * y + x, 30 * y + 10 * x, 100])]);
  const exif = new Uint8Array([0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0]);
  return new Uint8Array(Buffer.concat([PNG_SIGNATURE, pngHeader(3, 2, 8, 2), pngChunk("eXIf", exif), pngChunk("IDAT", deflateSync(Buffer.from(rows.flat()))), pngChunk("IEND", new Uint8Array(0))]));
}

describe("toRgba", () => {
  it.each(["photo-97x131.jpg", "rgba-180x260.png"])("decodes %s from a Uint8Array, an ArrayBuffer, a Blob and a File as decodeImage does", async (name) => {
    const bytes = read(name);
    const want = await decodeImage(bytes);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    for (const source of [bytes, Buffer.from(bytes), buffer, new Blob([bytes]), new File([bytes], name)]) {
      const got = await toRgba(source);
      expect([got.width, got.height]).toEqual([want.width, want.height]);
      expect(Buffer.from(got.data).equals(Buffer.from(want.data))).toBe(true);
    }
  });

  it("passes the decode options on: orientation, limits", async () => {
    const png = orientedPng();
    expect(await toRgba(new Blob([png]))).toMatchObject({ width: 2, height: 3 });
    expect(await toRgba(png, { orientation: "ignore" })).toMatchObject({ width: 3, height: 2 });
    await expect(toRgba(png.buffer, { limits: { maxPixels: 5 } })).rejects.toThrow("image too large: 3x2 is more than 0.000005 megapixels");
  });

  it("gives RGBA pixels (ImageData's shape, or what decodeImage gave) as they are", async () => {
    const imageData = { width: 2, height: 1, data: new Uint8ClampedArray([1, 2, 3, 255, 4, 5, 6, 255]), colorSpace: "srgb" };
    expect(await toRgba(imageData)).toBe(imageData);
    const decoded = await decodeImage(read("gray-40x30.png"));
    expect(await toRgba(decoded)).toBe(decoded);
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["undefined", undefined],
    ["a string", "cat.jpg"],
    ["a number", 42],
    ["an Object", { width: 2, height: 2 }],
    ["an Object", { width: 1, height: 1, data: new Float32Array(4) }],
    ["a Float32Array", new Float32Array(16)],
    ["a DataView", new DataView(new ArrayBuffer(8))],
    ["a Promise", Promise.resolve(new Uint8Array(8))],
  ])("refuses %s with a TypeError", async (name, source) => {
    const error = await toRgba(source as Uint8Array).catch((e: Error) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      `cannot read an image from ${name}: give PNG or JPEG bytes (a Uint8Array, an ArrayBuffer or a Blob), RGBA pixels (ImageData, or {width, height, data}), or in a browser an ImageBitmap, a canvas or an <img>`,
    );
  });

  it("refuses bytes that are not an image as decodeImage does", async () => {
    await expect(toRgba(new Blob(["hello"]))).rejects.toThrow("not a PNG or JPEG image");
  });
});
