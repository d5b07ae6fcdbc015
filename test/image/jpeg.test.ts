// The JPEG decoder (runtime/image/jpeg.ts, kernels/assembly/jpeg/) against PIL
// 9.4's pixels: every pixel of small committed files of every kind, at full size
// (Image.open(f).convert("RGB")) and at the DCT scales of PIL's draft()
// (test/image/fixtures/jpeg/, made by scripts/make-jpeg-references.py), then
// phone-sized photos made on the fly; and targeted corrupt files, each an
// ImageError, after which a normal decode is still exact.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { decodeJpeg, decodeJpegScaled, jpegScale, type JpegLimits } from "../../runtime/image/jpeg.ts";
import { ImageError, type Rgba } from "../../runtime/image/types.ts";
import { makePhotos } from "./make-photos.ts";
import { hasPil, pil } from "./python-pil.ts";

const DIR = resolve(import.meta.dirname, "fixtures/jpeg");
const read = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const LIMITS = { maxPixels: 64e6 };

interface Reference {
  name: string;
  what: string;
  /** Refused by this decoder although libjpeg reads it: no pixels kept. */
  refused?: boolean;
  width: number;
  height: number;
  /** The output size at each scale n (of n/8) that PIL gave; the pixels are stored in the order 8, 1, 2, 4. */
  scales: Record<string, [number, number]>;
  pixels: string;
}
const references = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Reference[];

/** Where `image` differs from PIL's RGB bytes (alpha must be 255), or "" when every pixel is the same. */
function differences(image: Rgba, rgb: Uint8Array): string {
  let count = 0;
  let first = "";
  for (let p = 0; p < image.width * image.height; p++) {
    const got = image.data.subarray(p * 4, p * 4 + 4);
    const want = rgb.subarray(p * 3, p * 3 + 3);
    if (got[0] !== want[0] || got[1] !== want[1] || got[2] !== want[2] || got[3] !== 255) {
      if (!count++) first = `first at (${p % image.width}, ${Math.floor(p / image.width)}): ${[...got]} instead of ${[...want]},255`;
    }
  }
  return count ? `${count} of ${image.width * image.height} pixels differ, ${first}` : "";
}

/** PIL's pixels of each stored scale, in the manifest's order. */
function referencePixels(reference: Reference): Map<number, Uint8Array> {
  const all = gunzipSync(read(reference.pixels));
  const byScale = new Map<number, Uint8Array>();
  let at = 0;
  for (const n of [8, 1, 2, 4].filter((n) => reference.scales[n])) {
    const [w, h] = reference.scales[n];
    byScale.set(n, all.subarray(at, (at += w * h * 3)));
  }
  expect(at).toBe(all.length);
  return byScale;
}

describe("JPEG decoder: every pixel as PIL gives it", () => {
  for (const reference of references.filter((r) => !r.refused)) {
    it(`${reference.name} (${reference.what}): full size and each draft scale`, async () => {
      const bytes = read(`${reference.name}.jpg`);
      for (const [n, rgb] of referencePixels(reference)) {
        const image = await decodeJpegScaled(bytes, LIMITS, () => n);
        expect([image.width, image.height], `${n}/8`).toEqual(reference.scales[n]);
        expect(differences(image, rgb), `${reference.name} at ${n}/8`).toBe("");
      }
    });
  }

  it("minShortSide picks the smallest scale whose shorter side is at least it", async () => {
    expect(jpegScale(4032, 3024, 512)).toBe(2); // 756 >= 512; 378 is not
    expect(jpegScale(4032, 3024, 378)).toBe(1);
    expect(jpegScale(4032, 3024, 379)).toBe(2);
    expect(jpegScale(4032, 3024, 757)).toBe(4);
    expect(jpegScale(4032, 3024, 1513)).toBe(8);
    expect(jpegScale(4032, 3024)).toBe(8);
    const reference = references.find((r) => r.name === "baseline-420")!;
    const image = await decodeJpeg(read("baseline-420.jpg"), LIMITS, 19); // 75 * 2/8 = 19 rows: 2/8
    expect([image.width, image.height]).toEqual(reference.scales[2]);
    expect(differences(image, referencePixels(reference).get(2)!)).toBe("");
  });
});

/** Expects an ImageError whose message matches. */
async function expectRefused(bytes: Uint8Array, message: RegExp, limits: JpegLimits = LIMITS, minShortSide?: number): Promise<void> {
  const error = await decodeJpeg(bytes, limits, minShortSide).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, String(error)).toBeInstanceOf(ImageError);
  expect((error as Error).message).toMatch(message);
}

/** The offset of the first `marker` (0xFFxx) segment in a file. */
function markerAt(bytes: Uint8Array, marker: number, from = 2): number {
  for (let at = from; at + 1 < bytes.length; at++) if (bytes[at] === 0xff && bytes[at + 1] === marker) return at;
  throw new Error(`no marker 0xFF${marker.toString(16)}`);
}

function patched(bytes: Uint8Array, at: number, ...values: number[]): Uint8Array {
  const copy = bytes.slice();
  copy.set(values, at);
  return copy;
}

describe("JPEG decoder: corrupt, truncated and unsupported files", () => {
  const baseline = read("baseline-420.jpg");
  const progressive = read("progressive-420.jpg");
  const baselineReference = references.find((r) => r.name === "baseline-420")!;

  /** A normal decode after the bad ones is still exact: nothing carries over between decodes. */
  async function expectStillExact(): Promise<void> {
    const image = await decodeJpeg(baseline, LIMITS);
    expect(differences(image, referencePixels(baselineReference).get(8)!)).toBe("");
  }

  it("a file cut anywhere before its end is refused (a baseline file may lose only its EOI marker)", async () => {
    for (const file of [baseline, progressive]) {
      for (let end = 0; end < file.length - 2; end += 37) {
        await expectRefused(file.subarray(0, end), /^corrupt or truncated JPEG image \(/);
      }
    }
    await expectRefused(progressive.subarray(0, progressive.length - 2), /the file ends before the image is complete/);
    const withoutEoi = await decodeJpeg(baseline.subarray(0, baseline.length - 2), LIMITS);
    expect(differences(withoutEoi, referencePixels(baselineReference).get(8)!)).toBe("");
    await expectStillExact();
  });

  it("bad tables, markers and headers each get their own message", async () => {
    const dht = markerAt(baseline, 0xc4);
    const dqt = markerAt(baseline, 0xdb);
    const sof = markerAt(baseline, 0xc0);
    const sos = markerAt(baseline, 0xda);
    // The first table's 1 code of length 2 moved to length 1: its 5 codes of length 3 no longer fit.
    expect([...baseline.subarray(dht + 5, dht + 8)]).toEqual([0, 1, 5]);
    await expectRefused(patched(baseline, dht + 5, 1, 0), /bad Huffman table/);
    await expectRefused(patched(baseline, dht + 5, 2), /the segment of marker 0xFFC4 has a wrong length/);
    await expectRefused(patched(baseline, dht + 1, 0x02), /unexpected marker 0xFF02/);
    await expectRefused(patched(baseline, dqt + 4, 0x05), /bad quantization table/);
    await expectRefused(patched(baseline, 0, 0x00), /no start-of-image marker/);
    await expectRefused(patched(baseline, sof + 1, 0xc3), /^unsupported JPEG: lossless coding$/);
    await expectRefused(patched(baseline, sof + 1, 0xc9), /^unsupported JPEG: arithmetic coding$/);
    await expectRefused(patched(baseline, sof + 4, 12), /^unsupported JPEG: 12-bit samples$/);
    await expectRefused(patched(baseline, sof + 5, 0, 0), /zero width or height/);
    await expectRefused(patched(baseline, sof + 11, 0x55), /sampling factor or table index out of range/);
    await expectRefused(patched(baseline, sos + 5, 9), /bad scan header/);
    await expectRefused(patched(baseline, sos + 6, 0x33), /Huffman table 3, which is not defined/);
    // Every code of all ones is invalid: the image data cannot decode.
    const data = sos + 2 + ((baseline[sos + 2] << 8) | baseline[sos + 3]);
    await expectRefused(patched(baseline, data, ...Array(64).fill([0xff, 0x00]).flat()), /bad Huffman code/);
    await expectRefused(read("arithmetic.jpg"), /^unsupported JPEG: arithmetic coding$/);
    await expectStillExact();
  });

  it("a missing restart marker and image data cut short by a marker are refused", async () => {
    const restarts = read("baseline-restart.jpg");
    const rst0 = markerAt(restarts, 0xd0, markerAt(restarts, 0xda));
    await expectRefused(patched(restarts, rst0 + 1, 0xd5), /expected a restart marker, found marker 0xFFD5/);
    const data = markerAt(baseline, 0xda) + 20;
    await expectRefused(patched(baseline, data, 0xff, 0xd9), /the image data ends early, at marker 0xFFD9/);
    await expectStillExact();
  });

  it("a header claiming 65535x65535 is refused at once, and memory is checked before it is allocated", async () => {
    const sof = markerAt(baseline, 0xc0);
    const huge = patched(baseline, sof + 5, 0xff, 0xff, 0xff, 0xff);
    const started = performance.now();
    await expectRefused(huge, /^image too large: 65535x65535 is more than 64 megapixels$/);
    expect(performance.now() - started).toBeLessThan(1000);
    // Within maxPixels, a progressive file's coefficients are over a 16 MiB bound: refused, naming the size.
    const bigProgressive = patched(progressive, markerAt(progressive, 0xc2) + 5, 0x10, 0x00, 0x10, 0x00);
    await expectRefused(bigProgressive, /^image too large: decoding the 4096x4096 JPEG at 8\/8 scale needs \d+ MiB of memory; a progressive file keeps its coefficients until the last scan, more than the 16 MiB allowed$/, { ...LIMITS, maxMemoryBytes: 2 ** 24 });
    await expectStillExact();
  });

  it("the decoded size is bounded after the scale is chosen: a file that cannot shrink enough is refused before decoding", async () => {
    // 101x75 (baseline-420): at minShortSide 60 it decodes at 8/8 (7,575 pixels), at 30 at 4/8 (51x38).
    const limits = { ...LIMITS, maxDecodedPixels: 2000 };
    await expectRefused(baseline, /^image too large: decoded at 101x75, it is more than 0.002 megapixels$/, limits, 60);
    const shrunk = await decodeJpeg(baseline, limits, 30);
    expect([shrunk.width, shrunk.height]).toEqual([51, 38]);
  });
});

/** PIL's RGB pixels of a file at scale n/8 (draft for n < 8). */
function pilPixels(path: string, n: number): Uint8Array {
  const script = `
import sys
from PIL import Image
im = Image.open(sys.argv[1]); n = int(sys.argv[2]); w, h = im.size
if n != 8:
    im.draft("RGB", (w * n // 8, h * n // 8))
    assert im.decoderconfig[0] == 8 // n and im.size == (-(-w * n // 8), -(-h * n // 8)), im.size
sys.stdout.buffer.write(im.convert("RGB").tobytes())`;
  return new Uint8Array(pil(script, path, String(n)));
}

describe.skipIf(!hasPil)("JPEG decoder: phone-sized photos, every pixel as PIL gives it", () => {
  const folder = mkdtempSync(join(tmpdir(), "jpeg-decoder-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const photos = [
    { name: "baseline 4:2:0 4000x3000", scene: 11, size: [4000, 3000] as [number, number], quality: 90 },
    { name: "progressive 4:2:0 4000x3000", scene: 12, size: [4000, 3000] as [number, number], quality: 90, progressive: true },
    { name: "baseline 4:2:2 3001x2001", scene: 13, size: [3001, 2001] as [number, number], quality: 95, subsampling: "4:2:2" as const },
  ];

  for (const photo of photos) {
    it(`${photo.name}: full size, 2/8 and 1/8`, async () => {
      const out = join(folder, `${photo.scene}.jpg`);
      const { name, ...job } = photo;
      await makePhotos([{ ...job, out }], 1);
      const bytes = new Uint8Array(readFileSync(out));
      for (const n of [8, 2, 1]) {
        const image = await decodeJpegScaled(bytes, LIMITS, () => n);
        expect(differences(image, pilPixels(out, n)), `${name} at ${n}/8`).toBe("");
      }
    });
  }

  it("a baseline file streams: 4000x3000 at 2/8 decodes within 8 MiB, at full size it needs more", async () => {
    const out = join(folder, "streamed.jpg");
    await makePhotos([{ scene: 14, size: [4000, 3000], out }], 1);
    const bytes = new Uint8Array(readFileSync(out));
    const limits = { ...LIMITS, maxMemoryBytes: 2 ** 23 };
    const small = await decodeJpeg(bytes, limits, 512);
    expect([small.width, small.height]).toEqual([1000, 750]);
    await expectRefused(bytes, /^image too large: decoding the 4000x3000 JPEG at 8\/8 scale needs 4\d MiB of memory, more than the 8 MiB allowed$/, limits);
  });
});
