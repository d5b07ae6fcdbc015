// The preprocessing compiled into a bundle: its exports, the spec's parameters
// written in, the input tensor it leaves in place (bit-identical to
// runtime/preprocess.ts), runImage/classify against run(preprocess(...)) on wasm
// and WebGPU and against the interpreter, a non-square input, the memory it
// grows and the images it refuses, and `mixc run BUNDLE --image`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { interpret } from "../../compiler/interp/interpret.ts";
import { decodeImage, type DecodeOptions } from "../../runtime/image/decode.ts";
import { loadModel, softmaxTopK } from "../../runtime/index.ts";
import { MAX_MEMORY_BYTES, preprocessInPlace, shrinkOnLoadSide, type KernelExports } from "../../runtime/preprocess-kernel.ts";
import { preprocess, type RgbaImage } from "../../runtime/preprocess.ts";
import { gpu, hasWebGpu } from "../webgpu/dawn.ts";
import { mixc } from "../mixc.ts";
import { specFile } from "../spec-file.ts";
import { exifSegment, orientationTiff } from "../image/exif-blocks.ts";

const network = (input: string, preprocess: string) =>
  specFile(`network tiny {\n  input ${input}\n  ${preprocess}\n  stem c=8\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=5\n}\n`);

// Each with its parameters in the bundle: RGB with odd crop offsets, gray, and the default (timm's ImageNet
// evaluation scaled to the input), square and not: 3x16x24 is ResizeKeepRatio((18, 27)), bilinear, then a 16x24 crop.
const SPECS = {
  rgb: network("3x8x8", "preprocess resize=11 crop=8 mean=0.5,0.4,0.3 std=0.2,0.25,0.3"),
  gray: network("1x28x28", "preprocess resize=28 crop=28 mean=0.2860 std=0.3530 color=gray"),
  default: network("3x16x16", ""),
  "default, non-square": network("3x16x24", ""),
  "gray, non-square": network("1x20x12", "preprocess resize=23x14 crop=20x12 mean=0.5 std=0.25 color=gray"),
};
const bundles = Object.fromEntries(await Promise.all(Object.entries(SPECS).map(async ([name, spec]) => [name, await compile(spec, { seed: 4 })] as const)));

function image(width: number, height: number, seed: number): RgbaImage {
  let s = seed;
  const data = new Uint8Array(width * height * 4).map(() => ((s = (s * 1103515245 + 12345) >>> 0) >>> 24));
  return { width, height, data };
}
const IMAGES = [image(1, 1, 1), image(9, 5, 2), image(37, 23, 3), image(23, 37, 4), image(640, 3, 5), image(1008, 756, 6)];

const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

type Instance = KernelExports & { input: WebAssembly.Global };
async function instance(bytes: Uint8Array): Promise<Instance> {
  return (await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, {})).instance.exports as unknown as Instance;
}

describe("a bundle's preprocessing", () => {
  it.each(Object.keys(SPECS))("%s: leaves in the input exactly runtime/preprocess.ts's tensor, with the spec's parameters", async (name) => {
    const { bytes, meta } = bundles[name]!;
    const p = meta.preprocessing!;
    expect(p).not.toBeNull();
    const k = await instance(bytes);
    const floats = meta.input.shape.reduce((a, b) => a * b, 1);
    for (const img of IMAGES) {
      preprocessInPlace(k, img, meta.name);
      expect(bits(new Float32Array(k.memory.buffer, k.input.value as number, floats)), `${img.width}x${img.height}`).toEqual(bits(preprocess(img, p)));
    }
  });

  it.each([true, false])("runImage and classify give run(preprocess(image))'s logits, relaxed SIMD %s", async (relaxedSimd) => {
    for (const { bytes, meta } of Object.values(bundles)) {
      const model = await loadModel(bytes, { backend: "wasm", relaxedSimd });
      for (const img of IMAGES) {
        const want = await model.run(preprocess(img, meta.preprocessing!));
        expect(bits(await model.runImage(img))).toEqual(bits(want));
        expect(await model.classify(img, 3)).toEqual(softmaxTopK(want, 3, null));
      }
      // A tensor after an image: the input is overwritten, nothing else is left behind.
      const tensor = preprocess(IMAGES[2]!, meta.preprocessing!);
      expect(bits(await model.run(tensor))).toEqual(bits(await model.runImage(IMAGES[2]!)));
      model.dispose();
      await expect(model.runImage(IMAGES[0]!)).rejects.toThrow("disposed");
    }
  });

  it("a non-square input: timm's evaluation is in the metadata, and classify gives the interpreter's logits on the oracle's tensor", async () => {
    const { bytes, meta, model: compiled } = bundles["default, non-square"]!;
    expect(meta.input.shape).toEqual([1, 3, 16, 24]);
    expect(meta.preprocessing).toEqual({ resize: [18, 27], crop: [16, 24], color: "rgb", mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], interpolation: "bilinear" });
    const model = await loadModel(bytes, { backend: "wasm" });
    for (const img of IMAGES) {
      const tensor = preprocess(img, meta.preprocessing!);
      expect(tensor.length).toBe(3 * 16 * 24);
      const want = interpret(compiled.graph, compiled.weights!, tensor).output.data;
      const got = await model.runImage(img);
      const scale = Math.max(1, ...Array.from(want, Math.abs));
      expect(Math.max(...Array.from(got, (v, i) => Math.abs(v - want[i]!))), `${img.width}x${img.height}`).toBeLessThan(1e-4 * scale);
      expect((await model.classify(img, 1))[0]!.index).toBe(want.indexOf(Math.max(...want)));
    }
    model.dispose();
  });

  it.skipIf(!hasWebGpu)("on WebGPU, runImage gives run(preprocess(image))'s logits", async () => {
    for (const { bytes, meta } of [bundles.rgb!, bundles["default, non-square"]!]) {
      const model = await loadModel(bytes, { backend: "webgpu", gpu });
      try {
        for (const img of IMAGES.slice(1, 4)) expect(bits(await model.runImage(img))).toEqual(bits(await model.run(preprocess(img, meta.preprocessing!))));
      } finally {
        model.dispose();
      }
    }
  });

  it("grows the memory for a large image, from a fixed start, and keeps it", async () => {
    const { bytes } = bundles.rgb!;
    const k = await instance(bytes);
    const start = k.memory.buffer.byteLength;
    const staging = k.preprocess_staging!.value as number;
    expect(staging).toBeLessThanOrEqual(start);
    const big = IMAGES[5]!;
    const need = staging + k.preprocess_bytes!(big.width, big.height);
    expect(need).toBeGreaterThan(start + big.data.length - 65536);
    preprocessInPlace(k, big, "tiny");
    expect(k.memory.buffer.byteLength).toBe(Math.ceil(need / 65536) * 65536);
    preprocessInPlace(k, IMAGES[1]!, "tiny");
    expect(k.memory.buffer.byteLength).toBe(Math.ceil(need / 65536) * 65536);
  });

  it("refuses, before growing, an image whose staging would pass wasm32's 4 GiB, and malformed images", async () => {
    const { bytes } = bundles.rgb!;
    const k = await instance(bytes);
    const start = k.memory.buffer.byteLength;
    const empty = new Uint8Array(0);
    // Pixels alone over 4 GiB; pixels under, but with the kernel's tables and rows over.
    expect(() => preprocessInPlace(k, { width: 65536, height: 16384, data: empty }, "tiny")).toThrow(/^a 65536x16384 image is too large to preprocess: its pixels and staging need over 4096 MiB of WebAssembly memory, more than a wasm32 memory's 4096 MiB$/);
    expect(32767 * 32767 * 4).toBeLessThan(MAX_MEMORY_BYTES - start);
    const need = Math.ceil(((k.preprocess_staging!.value as number) + k.preprocess_bytes!(32767, 32767)) / 2 ** 20);
    expect(need).toBeGreaterThan(4096);
    expect(() => preprocessInPlace(k, { width: 32767, height: 32767, data: empty }, "tiny")).toThrow(`a 32767x32767 image is too large to preprocess: its pixels and staging need ${need} MiB`);
    expect(k.memory.buffer.byteLength).toBe(start);
    expect(() => preprocessInPlace(k, { width: 2, height: 2, data: new Uint8Array(15) }, "tiny")).toThrow(new RangeError("a 2x2 RGBA image has 16 bytes, got 15"));
    expect(() => preprocessInPlace(k, { width: 0, height: 2, data: empty }, "tiny")).toThrow(new RangeError("bad image size 0x2: width and height are whole numbers above 0"));
    expect(() => preprocessInPlace(k, { width: 1.5, height: 2, data: empty }, "tiny")).toThrow(RangeError);
    expect(() => preprocessInPlace(k, { width: 1, height: 1, data: [1, 2, 3, 4] as unknown as Uint8Array }, "tiny")).toThrow(TypeError);
    const model = await loadModel(bytes, { backend: "wasm" });
    await expect(model.classify({ width: 40000, height: 40000, data: empty })).rejects.toThrow("too large to preprocess");
    model.dispose();
  });

  it("a bundle compiled before the kernel existed is told to be compiled again", () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    expect(() => preprocessInPlace({ memory }, IMAGES[0]!, "old")).toThrow("the bundle 'old' has no preprocessing code (it was compiled by an older mixc); compile it again");
  });

  it("a network without preprocessing has neither the kernel nor a growable memory", async () => {
    const { bytes, meta } = await compile(network("2x8x8", ""), { seed: 1 });
    expect(meta.preprocessing).toBeNull();
    const module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
    expect(WebAssembly.Module.exports(module).map((e) => e.name)).not.toContain("preprocess");
    const { memory } = (await WebAssembly.instantiate(module, {})).exports as { memory: WebAssembly.Memory };
    expect(() => memory.grow(1)).toThrow(RangeError);
    const model = await loadModel(bytes, { backend: "wasm" });
    await expect(model.classify(IMAGES[1]!)).rejects.toThrow("declares no image preprocessing");
    model.dispose();
  });
});

describe("mixc run BUNDLE --image", () => {
  it("preprocesses in the bundle: the logits of run(preprocess(decodeImage(file)))", async () => {
    const { bytes, meta } = bundles.gray!;
    const dir = join(specFile("", "unused.mix"), "..");
    const [bundle, output] = [join(dir, "gray.wasm"), join(dir, "logits.bin")];
    writeFileSync(bundle, bytes);
    const file = "samples/fashion/1-trouser.png";
    const r = await mixc("run", bundle, "--image", file, "--output", output);
    expect(r.code).toBe(0);
    const model = await loadModel(bytes, { backend: "wasm" });
    const want = await model.run(preprocess(await decodeImage(new Uint8Array(readFileSync(file))), meta.preprocessing!));
    model.dispose();
    const got = new Float32Array(new Uint8Array(readFileSync(output)).buffer);
    expect(bits(got)).toEqual(bits(want));
  });

  it("decodes a photo upright and shrunk on load by default; --exact at full size, --ignore-exif as stored", async () => {
    const { bytes, meta } = bundles.default!;
    const dir = join(specFile("", "unused.mix"), "..");
    const [bundle, photo] = [join(dir, "default.wasm"), join(dir, "turned.jpg")];
    writeFileSync(bundle, bytes);
    // A 101x75 JPEG stored sideways (EXIF orientation 6); the bundle resizes to 18, so the fast path decodes it at 4/8.
    const jpeg = readFileSync("test/image/fixtures/jpeg/baseline-420.jpg");
    const turned = new Uint8Array([0xff, 0xd8, ...exifSegment(orientationTiff(6)), ...jpeg.subarray(2)]);
    writeFileSync(photo, turned);
    const fast = shrinkOnLoadSide(meta.preprocessing!);
    const model = await loadModel(bytes, { backend: "wasm" });
    const cases: [string[], DecodeOptions][] = [
      [[], { minShortSide: fast }],
      [["--exact"], {}],
      [["--ignore-exif"], { minShortSide: fast, orientation: "ignore" }],
    ];
    const outputs = [];
    for (const [flags, options] of cases) {
      const output = join(dir, `logits${flags.join("")}.bin`);
      expect((await mixc("run", bundle, "--image", photo, ...flags, "--output", output)).code).toBe(0);
      const got = bits(new Float32Array(new Uint8Array(readFileSync(output)).buffer));
      expect(got, flags.join(" ")).toEqual(bits(await model.runImage(await decodeImage(turned, options))));
      outputs.push(got);
    }
    model.dispose();
    // Each flag changes the input, so each is seen.
    expect(outputs[1]).not.toEqual(outputs[0]);
    expect(outputs[2]).not.toEqual(outputs[0]);
    expect(await mixc("run", bundle, "--input", photo, "--exact")).toMatchObject({ code: 2, err: "mixc: --exact and --ignore-exif are for --image\n" });
  });
});
