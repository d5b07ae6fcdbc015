// The preprocessing kernel (kernels/assembly/preprocess.ts, compiled ahead by
// scripts/assembly.mjs) on its own, against runtime/preprocess.ts, the oracle
// that matches PIL + torchvision: the same float32 bits for every source size
// (1x1, tiny, odd, extreme aspect ratios, upscaled, exactly the resize, phone
// photos), RGB and gray, and several resize/crop/mean/std settings: square and
// non-square crops, the shorter side or timm's ResizeKeepRatio, bicubic and bilinear.
import { describe, expect, it } from "vitest";
import { PREPROCESS_WASM_BASE64 } from "../../generated/preprocess-wasm.ts";
import { kernelSettings } from "../../runtime/preprocess-kernel.ts";
import { channelsOf, IMAGENET_EVAL, preprocess, sides, type Preprocessing, type RgbaImage, type Size } from "../../runtime/preprocess.ts";
import { FUZZ_SEED } from "../fuzz-seed.ts";

interface Kernel {
  memory: WebAssembly.Memory;
  stagingBytes(width: number, height: number, ...settings: number[]): number;
  preprocess(staging: number, width: number, height: number, ...rest: number[]): void;
}

const kernel = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(PREPROCESS_WASM_BASE64, "base64")), {}).exports as unknown as Kernel;
const OUTPUT = 64;

/** The kernel's tensor for `image`: output first, the staging area after it, the memory grown to fit. */
function kernelTensor({ width, height, data }: RgbaImage, p: Preprocessing): Float32Array {
  const floats = channelsOf(p) * sides(p.crop)[0] * sides(p.crop)[1];
  const staging = OUTPUT + Math.ceil((floats * 4) / 16) * 16;
  const end = staging + kernel.stagingBytes(width, height, ...kernelSettings(p));
  const have = kernel.memory.buffer.byteLength;
  if (end > have) kernel.memory.grow(Math.ceil((end - have) / 65536));
  new Uint8Array(kernel.memory.buffer, staging, data.length).set(data);
  const [m0, m1, m2] = [0, 1, 2].map((c) => p.mean[c] ?? 0);
  const [s0, s1, s2] = [0, 1, 2].map((c) => p.std[c] ?? 1);
  kernel.preprocess(staging, width, height, ...kernelSettings(p), m0!, m1!, m2!, s0!, s1!, s2!, OUTPUT);
  return new Float32Array(kernel.memory.buffer, OUTPUT, floats).slice();
}

/** Indices where two float32 tensors differ in any bit (NaN included). */
function differingBits(a: Float32Array, b: Float32Array): number[] {
  const [x, y] = [new Uint32Array(a.buffer, a.byteOffset, a.length), new Uint32Array(b.buffer, b.byteOffset, b.length)];
  expect(x.length).toBe(y.length);
  const out: number[] = [];
  for (let i = 0; i < x.length && out.length < 10; i++) if (x[i] !== y[i]) out.push(i);
  return out;
}

function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** Noise with a third of the samples at 0 or 255, so that the filter's overshoot is clamped often. */
function noise(width: number, height: number, seed: number): RgbaImage {
  const rnd = random(seed);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i++) {
    const r = rnd();
    data[i] = r < 0.33 ? (r < 0.165 ? 0 : 255) : Math.floor(rnd() * 256);
  }
  return { width, height, data };
}

const setting = (resize: Size, crop: Size, color: "rgb" | "gray", mean: number[], std: number[], interpolation: Preprocessing["interpolation"] = "bicubic"): Preprocessing => ({
  resize,
  crop,
  color,
  mean,
  std,
  interpolation,
});
const SETTINGS: Record<string, Preprocessing> = {
  imagenet: IMAGENET_EVAL,
  "imagenet gray": setting(256, 224, "gray", [0.449], [0.226]),
  fashion: setting(28, 28, "gray", [0.286], [0.353]),
  "odd offsets": setting(40, 17, "rgb", [0.1, 0.2, 0.3], [0.7, 0.5, 0.3]),
  "crop = resize": setting(300, 300, "rgb", [0, 0, 0], [1, 1, 1]),
  "resize 7 crop 4": setting(7, 4, "rgb", [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),
  "one pixel": setting(1, 1, "gray", [0.3], [0.01]),
  // timm's evaluation of a 3x160x224 and a 3x224x192 input: ResizeKeepRatio((182, 256)) and ((256, 219)), bilinear.
  "timm 160x224": setting([182, 256], [160, 224], "rgb", [0.485, 0.456, 0.406], [0.229, 0.224, 0.225], "bilinear"),
  "timm 224x192 gray": setting([256, 219], [224, 192], "gray", [0.449], [0.226], "bilinear"),
  "keep ratio, crop = resize": setting([31, 50], [31, 50], "rgb", [0, 0, 0], [1, 1, 1], "bilinear"),
  "keep ratio, bicubic, odd offsets": setting([41, 29], [34, 17], "rgb", [0.1, 0.2, 0.3], [0.7, 0.5, 0.3]),
  "shorter side, non-square crop": setting(40, [17, 33], "gray", [0.5], [0.25]),
  "shorter side, bilinear": setting(40, 17, "rgb", [0.1, 0.2, 0.3], [0.7, 0.5, 0.3], "bilinear"),
  "one row": setting([1, 9], [1, 9], "gray", [0.3], [0.01], "bilinear"),
};

// [width, height]: degenerate, tiny and odd sizes, extreme aspect ratios, sources
// smaller than the resize (upscaled), the resize's own size (left unchanged), phone photos.
const SIZES: [number, number][] = [
  [1, 1], [1, 2], [2, 1], [3, 5], [7, 3], [17, 13], [1, 5000], [5000, 1], [2, 3001], [2999, 3],
  [100, 80], [224, 224], [256, 256], [256, 341], [341, 256], [255, 257], [640, 480], [1008, 756], [756, 1008],
];

describe("the preprocessing kernel is bit-identical to runtime/preprocess.ts", () => {
  it.each(Object.keys(SETTINGS))("%s, over tiny, odd, extreme, upscaled, exact and photo sizes", (name) => {
    const p = SETTINGS[name]!;
    for (const [width, height] of SIZES) {
      const image = noise(width, height, width * 7919 + height);
      expect(differingBits(kernelTensor(image, p), preprocess(image, p)), `${width}x${height}`).toEqual([]);
    }
  });

  it("a 12-megapixel photo, landscape and portrait, RGB and gray, square and not", () => {
    const photos = [[4032, 3024, IMAGENET_EVAL], [3024, 4032, SETTINGS["imagenet gray"]!], [4032, 3024, SETTINGS["timm 224x192 gray"]!], [3024, 4032, SETTINGS["timm 160x224"]!]] as const;
    for (const [width, height, p] of photos) {
      const image = noise(width, height, 12);
      expect(differingBits(kernelTensor(image, p), preprocess(image, p)), `${width}x${height}`).toEqual([]);
    }
  });

  it("ResizeKeepRatio's ties, in the resized size (256.5, 257.5) and in the crop offset (16.5), both ways round", () => {
    const p = SETTINGS["timm 160x224"]!;
    const turned = setting([256, 182], [224, 160], "gray", [0.5], [0.5], "bilinear");
    for (const side of [513, 514, 515]) {
      for (const [width, height, q] of [[side, 364, p], [364, side, turned]] as const) {
        const image = noise(width, height, side);
        expect(differingBits(kernelTensor(image, q), preprocess(image, q)), `${width}x${height}`).toEqual([]);
      }
    }
  });

  it(`random sizes and settings (seed ${FUZZ_SEED})`, () => {
    const rnd = random(FUZZ_SEED);
    const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
    for (let n = 0; n < 90; n++) {
      // Sides spread over 1..1500 on a log scale, so that small and lopsided images are common.
      const [width, height] = [0, 0].map(() => Math.max(1, Math.round(Math.exp(rnd() * Math.log(1500)))));
      // A third each: square (shorter side), non-square crop of the shorter side, timm's ResizeKeepRatio.
      const form = int(0, 2);
      const crop: [number, number] = form === 0 ? [int(1, 64), 0] : [int(1, 64), int(1, 64)];
      if (form === 0) crop[1] = crop[0];
      const resize: Size = form === 2 ? [crop[0] + int(0, 40), crop[1] + int(0, 40)] : Math.max(...crop) + int(0, 40);
      const color = rnd() < 0.3 ? "gray" : "rgb";
      const values = () => Array.from({ length: color === "gray" ? 1 : 3 }, () => rnd());
      const p = setting(resize, form === 0 ? crop[0] : crop, color, values(), values().map((s) => s + 0.05), rnd() < 0.5 ? "bilinear" : "bicubic");
      const image = noise(width!, height!, int(1, 1e9));
      expect(differingBits(kernelTensor(image, p), preprocess(image, p)), `${width}x${height} ${JSON.stringify(p)}`).toEqual([]);
    }
  });

  it("differs where the oracle's input differs: the comparison sees one pixel, one step, and one float32 step of a mean", () => {
    const p = SETTINGS["odd offsets"]!;
    const image = noise(61, 47, 3);
    const same = kernelTensor(image, p);
    const nudged = { ...image, data: image.data.slice() };
    nudged.data[(23 * 61 + 30) * 4 + 1] ^= 1; // a green sample near the centre
    expect(differingBits(kernelTensor(nudged, p), same).length).toBeGreaterThan(0);
    const mean = [Math.fround(0.1) * (1 + 2 ** -23), 0.2, 0.3];
    expect(differingBits(kernelTensor(image, { ...p, mean }), same).length).toBeGreaterThan(0);
    expect(differingBits(kernelTensor(image, { ...p, mean }), preprocess(image, { ...p, mean }))).toEqual([]);
  });

  it("alpha is ignored, as PIL's convert does", () => {
    const image = noise(33, 21, 5);
    const opaque = { ...image, data: image.data.map((v, i) => (i % 4 === 3 ? 255 : v)) };
    for (const p of [IMAGENET_EVAL, SETTINGS.fashion!]) expect(differingBits(kernelTensor(image, p), kernelTensor(opaque, p))).toEqual([]);
  });
});
