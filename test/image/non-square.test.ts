// Non-square preprocessing against timm's evaluation transform as PIL and
// torchvision compute it (test/image/timm_eval.py; torchvision's own transforms
// too where it is installed): runtime/preprocess.ts's tensors, bit for bit, for
// the ResizeKeepRatio that timm uses for a non-square input (bilinear, sides
// rounded half to even), a non-square crop of the shorter-side resize, and both
// filters; and the sizes themselves, worked by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { preprocess, resizedSize, type Preprocessing, type RgbaImage } from "../../runtime/preprocess.ts";
import { hasPil, pil } from "./python-pil.ts";

const IMAGENET = { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };

/** Gradients under noise, with hard 0/255 blocks so that the filters' overshoot is clamped; alpha varies (and is dropped). */
function scene(width: number, height: number, seed: number): RgbaImage {
  let s = seed >>> 0;
  const noise = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 26);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const block = ((x >> 3) + (y >> 2)) % 5 === 0 ? 255 * ((x >> 3) % 2) : -1;
      data[o] = block >= 0 ? block : Math.floor((x * 255) / Math.max(width - 1, 1)) ^ noise();
      data[o + 1] = block >= 0 ? 255 - block : Math.floor((y * 255) / Math.max(height - 1, 1)) ^ noise();
      data[o + 2] = (x * 7 + y * 13 + noise()) & 255;
      data[o + 3] = (x * y) & 255;
    }
  return { width, height, data };
}

interface Case {
  name: string;
  p: Preprocessing;
  sizes: [number, number][];
}

const CASES: Case[] = [
  {
    // 513 / 2 = 256.5 and 515 / 2 = 257.5 round to even; 514 leaves a crop offset of 16.5, which rounds to 16.
    name: "timm's 3x160x224: ResizeKeepRatio((182, 256)), bilinear",
    p: { resize: [182, 256], crop: [160, 224], color: "rgb", ...IMAGENET, interpolation: "bilinear" },
    sizes: [[400, 300], [300, 400], [257, 257], [7, 5], [1000, 31], [31, 1000], [513, 364], [514, 364], [515, 364], [256, 182]],
  },
  {
    name: "timm's 1x224x192 as gray: ResizeKeepRatio((256, 219)), bilinear",
    p: { resize: [256, 219], crop: [224, 192], color: "gray", mean: [0.449], std: [0.226], interpolation: "bilinear" },
    sizes: [[400, 300], [300, 400], [219, 513], [220, 515]],
  },
  {
    name: "a non-square crop of the shorter side's resize, bicubic",
    p: { resize: 64, crop: [56, 40], color: "rgb", ...IMAGENET, interpolation: "bicubic" },
    sizes: [[97, 131], [131, 97], [40, 40]],
  },
  {
    name: "ResizeKeepRatio, bicubic",
    p: { resize: [50, 31], crop: [41, 29], color: "rgb", ...IMAGENET, interpolation: "bicubic" },
    sizes: [[97, 131], [131, 97], [12, 9]],
  },
];

const jobs = CASES.flatMap(({ name, p, sizes }) => sizes.map(([width, height], i) => ({ name, p, image: scene(width, height, i + 1) })));

/** The reference tensors, made by timm_eval.py in one run. */
function references(): { tensors: Float32Array[]; versions: { pillow: string; torchvision: string | null } } {
  const dir = mkdtempSync(join(tmpdir(), "mixc-non-square-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const list = jobs.map(({ p, image }, i) => {
    writeFileSync(join(dir, `${i}.rgba`), image.data);
    return { rgba: join(dir, `${i}.rgba`), width: image.width, height: image.height, ...p, out: join(dir, `${i}.bin`) };
  });
  writeFileSync(join(dir, "jobs.json"), JSON.stringify(list));
  const script = readFileSync(resolve(import.meta.dirname, "timm_eval.py"), "utf8");
  const versions = JSON.parse(pil(script, join(dir, "jobs.json")).toString());
  const tensors = list.map(({ out }) => {
    const bytes = readFileSync(out);
    return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  });
  return { tensors, versions };
}

const bits = (a: Float32Array) => new Uint32Array(a.buffer, a.byteOffset, a.length);

describe.skipIf(!hasPil)("non-square preprocessing matches timm's evaluation transform (PIL, torchvision)", () => {
  const { tensors, versions } = hasPil ? references() : { tensors: [], versions: { pillow: "", torchvision: null } };

  it.each(CASES.map((c) => c.name))("%s: the same float32 bits", (name) => {
    console.log(`references by Pillow ${versions.pillow}${versions.torchvision ? `, checked against torchvision ${versions.torchvision}` : " (torchvision not installed)"}`);
    let checked = 0;
    jobs.forEach(({ name: n, p, image }, i) => {
      if (n !== name) return;
      const got = preprocess(image, p);
      const want = tensors[i]!;
      expect(got.length, `${image.width}x${image.height}`).toBe(want.length);
      expect(Buffer.from(bits(got).buffer).equals(Buffer.from(bits(want).slice().buffer)), `${image.width}x${image.height}`).toBe(true);
      checked++;
    });
    expect(checked).toBeGreaterThan(2);
  });

  it("the comparison sees one pixel's red inverted", () => {
    const { p, image } = jobs[0]!;
    const nudged = { ...image, data: image.data.slice() };
    nudged.data[((image.height >> 1) * image.width + (image.width >> 1)) * 4] ^= 0xff;
    const [got, want] = [bits(preprocess(nudged, p)), bits(tensors[0]!)];
    expect(got.filter((v, i) => v !== want[i]).length).toBeGreaterThan(0);
  });
});

describe("the resized size", () => {
  it("ResizeKeepRatio divides by the smaller ratio and rounds half to even, as Python's round", () => {
    // [width, height] of the image -> [width, height] resized to cover 182 x 256 (height x width)
    expect(resizedSize(513, 364, [182, 256])).toEqual([256, 182]); // 256.5 -> 256
    expect(resizedSize(515, 364, [182, 256])).toEqual([258, 182]); // 257.5 -> 258
    expect(resizedSize(400, 300, [182, 256])).toEqual([256, 192]); // ratio 400 / 256 = 1.5625: 300 / 1.5625 = 192
    expect(resizedSize(300, 400, [182, 256])).toEqual([256, 341]); // 341.33
    expect(resizedSize(7, 5, [182, 256])).toEqual([256, 183]); // upscaled by 256 / 7: 182.86
    expect(resizedSize(1000, 31, [182, 256])).toEqual([5871, 182]); // 5870.97
  });

  it("Resize(n) makes the shorter side n and truncates the longer, as before", () => {
    expect(resizedSize(400, 300, 256)).toEqual([341, 256]);
    expect(resizedSize(300, 400, 256)).toEqual([256, 341]);
  });
});
