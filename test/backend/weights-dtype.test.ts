// Weights stored as f16 or int8 (--weights-dtype): the codec, its expansion
// by the bundle's start function (bit for bit against the TypeScript
// reference), per-output-channel int8 scales, the error on the fixtures and
// on a seeded network, the int8 MixNet-M size, and the CLI option.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import binaryen from "binaryen";
import { describe, expect, it } from "vitest";
import { weightBlocks } from "../../compiler/backend/kernel-table.ts";
import { decodeWeights, encodeWeights, F16_MAX, fromHalf, toHalf } from "../../compiler/backend/wasm/weight-storage.ts";
import { loadGraph, loadWeights } from "../../compiler/api.ts";
import { compile } from "../../compiler/compile.ts";
import { runPipeline } from "../../compiler/pipeline.ts";
import { UserError } from "../../compiler/errors.ts";
import { writeSafetensors } from "../../compiler/weights/safetensors.ts";
import { expandKernel, expandName } from "../../kernels/wasm/expand.ts";
import { laneBlocks, layoutFloats, type PackedLayout, type StoredDtype } from "../../kernels/wasm/packed.ts";
import { seLayout } from "../../kernels/wasm/reduce.ts";
import { loadModel } from "../../runtime/index.ts";
import { mixc } from "../mixc.ts";
import { fixture, hasShared, maxAbsDiff, top } from "../shared.ts";
import { specFile } from "../spec-file.ts";
import { seededTensors, TINY_SPEC, tinyGraph } from "../weights/fixtures.ts";
import { SMALL, smallInput } from "./small-network.ts";

const DTYPES: StoredDtype[] = ["f16", "int8"];
const dir = mkdtempSync(join(tmpdir(), "mixc-weights-dtype-"));

describe("float16 conversion", () => {
  it("gives back every finite half from its value", () => {
    const wrong = [];
    for (let h = 0; h < 0x10000; h++) if (((h >>> 10) & 0x1f) !== 0x1f && toHalf(fromHalf(h)) !== h) wrong.push(h);
    expect(wrong).toEqual([]);
    expect(Object.is(fromHalf(0x8000), -0)).toBe(true);
    expect([fromHalf(0x7bff), fromHalf(0x0001), fromHalf(0x0400)]).toEqual([F16_MAX, 2 ** -24, 2 ** -14]);
  });

  it("rounds to nearest, ties to even, through subnormals and up into the next binade", () => {
    const wrong = [];
    for (let h = 0; h < 0x7bff; h++) {
      const [lo, hi] = [fromHalf(h), fromHalf(h + 1)];
      const mid = (lo + hi) / 2; // 12 significant bits: exact in float32
      const above = Math.fround(mid + (hi - lo) / 1024);
      const below = Math.fround(mid - (hi - lo) / 1024);
      if (toHalf(mid) !== (h % 2 ? h + 1 : h) || toHalf(above) !== h + 1 || toHalf(below) !== h || toHalf(-mid) !== (h % 2 ? h + 1 : h) + 0x8000) wrong.push(h);
    }
    expect(wrong).toEqual([]);
  });
});

/** Run `run` of a layout: [block][output channel] -> the indices of that channel's weights in the packed array. */
function channelIndices(layout: PackedLayout, run: number): number[][][] {
  let at = layout.slice(0, run).reduce((n, r) => n + layoutFloats([r]), 0);
  const r = layout[run]!;
  return Array.from({ length: r.blocks }, () => {
    const start = at + r.keep;
    at += r.keep + r.rows * r.cols;
    const channels = r.channel === "col" ? r.cols : r.rows;
    return Array.from({ length: channels }, (_, c) =>
      r.channel === "col" ? Array.from({ length: r.rows }, (_, i) => start + i * r.cols + c) : Array.from({ length: r.cols }, (_, j) => start + c * r.cols + j),
    );
  });
}

/** |w - q| <= max|w| / 254 over each output channel: the step of one scale per channel. */
function expectPerChannel(packed: Float32Array, decoded: Float32Array, channels: number[][]) {
  for (const idx of channels) {
    const max = Math.max(...idx.map((i) => Math.abs(packed[i]!)));
    for (const i of idx) expect(Math.abs(decoded[i]! - packed[i]!)).toBeLessThanOrEqual((max / 254) * (1 + 1e-6));
  }
}

describe("int8 storage", () => {
  // Output channels of very different magnitudes: one scale per tensor (10/127) would turn the small ones into zeros.
  const magnitude = [1e-4, 10, 0, 0.37];
  const fill = (layout: PackedLayout, value: (channel: number, i: number) => number) => {
    const packed = new Float32Array(layoutFloats(layout)).map((_, i) => Math.fround(1000 + i / 3)); // kept values
    layout.forEach((_, run) => channelIndices(layout, run).forEach((block) => block.forEach((idx, c) => idx.forEach((i, k) => (packed[i] = Math.fround(value(c, k)))))));
    return packed;
  };

  it("has one scale per output channel of lane blocks (the lanes), keeps biases as float32 and zero channels at zero", () => {
    const layout = laneBlocks(3, 9, 4);
    const packed = fill(layout, (c, k) => magnitude[c]! * Math.sin(1 + 7 * k + c));
    const decoded = decodeWeights(encodeWeights(packed, layout, "int8", "test"), layout, "int8");
    for (const block of channelIndices(layout, 0)) {
      expectPerChannel(packed, decoded, block);
      for (let lane = 0; lane < 4; lane++) expect(decoded[block[0]![0]! - 4 + lane]).toBe(packed[block[0]![0]! - 4 + lane]); // the bias row
      expect(block[2]!.map((i) => decoded[i])).toEqual(Array(9).fill(0));
      expect(block[0]!.some((i) => decoded[i] !== 0)).toBe(true);
    }
  });

  it("has one scale per output channel of SE's layers: rows of the first, columns of the second", () => {
    const layout = seLayout(8, 3);
    const packed = fill(layout, (c, k) => magnitude[c % 4]! * Math.cos(k + 3 * c));
    const decoded = decodeWeights(encodeWeights(packed, layout, "int8", "test"), layout, "int8");
    expectPerChannel(packed, decoded, channelIndices(layout, 0)[0]!);
    expectPerChannel(packed, decoded, channelIndices(layout, 1)[0]!);
    const kept = [...Array(3).keys()].map((i) => 24 + i).concat([...Array(8).keys()].map((i) => 51 + i)); // b1, b2
    expect(kept.map((i) => decoded[i])).toEqual(kept.map((i) => packed[i]));
  });
});

describe("the packed layouts of the kernels", () => {
  // Each weight holds its output channel's number (from 1), each bias 0: under one int8 scale there
  // must be one number (or zeros: padding), and the kept float32 values must be biases.
  it.each(["specs/mixnet-m.mix", "specs/efficientnet-b0.mix"])("put one output channel under each int8 scale, and only biases in the kept values: %s", (spec) => {
    const elaborated = loadGraph(spec);
    const { graph } = runPipeline({ graph: elaborated, weights: loadWeights(elaborated, { seed: 0 }) });
    const marked = new Map(
      graph.params.map((p) => {
        const n = p.shape.reduce((a, b) => a * b, 1);
        return [p.name, p.shape.length > 1 ? Float64Array.from({ length: n }, (_, i) => Math.floor(i / (n / p.shape[0]!)) + 1) : new Float64Array(n)];
      }),
    );
    const wrong: string[] = [];
    let runs = 0;
    for (const op of graph.ops) {
      for (const block of weightBlocks(graph, op)) {
        const packed = block.pack(marked);
        const { layout } = block;
        let at = 0;
        layout.forEach((r, run) => {
          runs++;
          channelIndices(layout, run).forEach((block, b) => {
            const kept = packed.subarray(at + b * (r.keep + r.rows * r.cols), at + b * (r.keep + r.rows * r.cols) + r.keep);
            if (kept.some((v) => v !== 0)) wrong.push(`${op.out} run ${run} block ${b}: a weight among the kept values`);
            block.forEach((idx, c) => {
              if (new Set(idx.map((i) => packed[i]).filter((v) => v !== 0)).size > 1) wrong.push(`${op.out} run ${run} block ${b} channel ${c}: several output channels under one scale`);
            });
          });
          at += layoutFloats([r]);
        });
      }
    }
    expect(wrong).toEqual([]);
    expect(runs).toBeGreaterThan(50);
  });
});

describe("float16 storage", () => {
  it("is within half an ulp of each weight, keeps biases as float32, and refuses weights beyond its range", () => {
    const layout = laneBlocks(2, 5, 8);
    const packed = new Float32Array(layoutFloats(layout)).map((_, i) => Math.fround(Math.sin(i) * 10 ** ((i % 9) - 4)));
    const decoded = decodeWeights(encodeWeights(packed, layout, "f16", "test"), layout, "f16");
    packed.forEach((w, i) => {
      const bias = i % 48 < 8;
      expect(Math.abs(decoded[i]! - w)).toBeLessThanOrEqual(bias ? 0 : Math.max(Math.abs(w) * 2 ** -11, 2 ** -25));
    });
    packed[20] = 70000;
    expect(() => encodeWeights(packed, layout, "f16", "layer %blocks.1.0.conv_pw")).toThrow(UserError);
    expect(() => encodeWeights(packed, layout, "f16", "layer %blocks.1.0.conv_pw")).toThrow("layer %blocks.1.0.conv_pw: weight 70000 (BatchNorm folded in) is beyond float16's range (|w| <= 65504)");
  });
});

describe("the expansion kernels (WebAssembly)", () => {
  const wat = `(module (memory (export "memory") 8) ${expandKernel("f16")} ${expandKernel("int8")}
    (export "f16" (func $${expandName("f16")})) (export "int8" (func $${expandName("int8")})))`;
  const module = binaryen.parseText(wat);
  module.setFeatures(binaryen.Features.MVP | binaryen.Features.SIMD128);
  const valid = module.validate();
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(module.emitBinary() as Uint8Array<ArrayBuffer>), {});
  module.dispose();
  const memory = new Uint8Array((exports.memory as WebAssembly.Memory).buffer);
  const SRC = 0;
  const DST = 4 * 65536;

  /** Runs one expansion over `stored` and returns the float32 bits it wrote. */
  const expand = (dtype: StoredDtype, stored: Uint8Array, layout: PackedLayout) => {
    memory.fill(0xee, DST);
    memory.set(stored, SRC);
    const [r] = layout;
    (exports[dtype] as (...args: number[]) => void)(DST, SRC, r!.blocks, r!.keep, r!.rows, r!.cols, r!.channel === "row" ? 1 : 0);
    return new Uint32Array(memory.slice(DST, DST + layoutFloats(layout) * 4).buffer);
  };
  const bitsOf = (values: Float32Array) => new Uint32Array(values.buffer);

  it("assemble into a module that validates", () => {
    expect(valid).toBeTruthy(); // binaryen answers 1 or 0
  });

  it("f16: every finite half, subnormals and -0 included, becomes exactly its float32 value", () => {
    const halves = new Uint16Array(65536 - 2048);
    for (let h = 0, n = 0; h < 0x10000; h++) if (((h >>> 10) & 0x1f) !== 0x1f) halves[n++] = h;
    const layout: PackedLayout = [{ blocks: 1, keep: 0, rows: halves.length / 8, cols: 8, channel: "col" }];
    const stored = new Uint8Array(halves.buffer);
    expect(expand("f16", stored, layout)).toEqual(bitsOf(Float32Array.from(halves, fromHalf)));
    expect(expand("f16", stored, layout)).toEqual(bitsOf(decodeWeights(stored, layout, "f16")));
  });

  it("f16 in blocks with kept floats and 4 halves left over (n = 12)", () => {
    const layout: PackedLayout = [{ blocks: 5, keep: 3, rows: 3, cols: 4, channel: "col" }];
    const packed = new Float32Array(layoutFloats(layout)).map((_, i) => Math.fround(Math.sin(i) * 10 ** ((i % 11) - 6)));
    const stored = encodeWeights(packed, layout, "f16", "test");
    expect(expand("f16", stored, layout)).toEqual(bitsOf(decodeWeights(stored, layout, "f16")));
  });

  // 16 at a time where 16 weights are whole rows of lanes (with 4, 8 or 12 left over), else row by row.
  it.each([
    { channel: "col", rows: 16, cols: 16 },
    { channel: "col", rows: 9, cols: 4 },
    { channel: "col", rows: 3, cols: 8 },
    { channel: "col", rows: 7, cols: 16 },
    { channel: "col", rows: 3, cols: 24 },
    { channel: "row", rows: 5, cols: 8 },
  ] as const)("int8, $rows x $cols, a scale per $channel: every int8 value times its channel's scale, with the kept floats, as the TypeScript reference", ({ channel, rows, cols }) => {
    const layout: PackedLayout = [{ blocks: 3, keep: 5, rows, cols, channel }];
    const scales = channel === "col" ? cols : rows;
    const blockBytes = 5 * 4 + scales * 4 + rows * cols;
    const stored = new Uint8Array(3 * blockBytes);
    const view = new DataView(stored.buffer);
    for (let b = 0, at = 0; b < 3; b++, at += blockBytes) {
      for (let i = 0; i < 5; i++) view.setFloat32(at + 4 * i, Math.fround(Math.PI * (b + 1) * (i - 2)), true);
      for (let i = 0; i < scales; i++) view.setFloat32(at + 20 + 4 * i, Math.fround(10 ** ((i % 16) / 2 - 5) * (1 + b / 7) * (1 + i / 100)), true);
      for (let i = 0; i < rows * cols; i++) view.setInt8(at + 20 + 4 * scales + i, ((i * 37 + b) % 256) - 128);
    }
    const reference = decodeWeights(stored, layout, "int8");
    expect(expand("int8", stored, layout)).toEqual(bitsOf(reference));
    // Row 1, column 2 of the first block: scale 2 per column, scale 1 per row.
    expect(reference[5 + cols + 2]).toBe(Math.fround(view.getInt8(20 + 4 * scales + cols + 2) * view.getFloat32(20 + 4 * (channel === "col" ? 2 : 1), true)));
  });
});


const f32 = await compile(SMALL, { seed: 7 });

const storedAs = new Map(await Promise.all(DTYPES.map(async (dtype) => [dtype, await compile(SMALL, { seed: 7, weightsDtype: dtype })] as const)));

describe.each(DTYPES)("a bundle with %s weights", (dtype) => {
  const stored = storedAs.get(dtype)!;

  it("expands them at instantiation to the TypeScript reference, bit for bit, and leaves the rest of memory zero", async () => {
    const { graph } = f32.model;
    const expected = new Float32Array(f32.program.weights.slice().buffer);
    let blocks = 0;
    graph.ops.forEach((op, i) =>
      weightBlocks(graph, op).forEach(({ layout }, j) => {
        const at = (f32.program.weightOffsets[i]![j]! - f32.program.weightsOffset) / 4;
        const packed = expected.slice(at, at + layoutFloats(layout));
        expected.set(decodeWeights(encodeWeights(packed, layout, dtype, op.out), layout, dtype), at);
        blocks++;
      }),
    );
    expect(blocks).toBeGreaterThanOrEqual(10);
    expect(stored.program.weightOffsets).toEqual(f32.program.weightOffsets);
    const { instance } = await WebAssembly.instantiate(stored.bytes as Uint8Array<ArrayBuffer>, {});
    const memory = new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
    const region = memory.slice(stored.program.weightsOffset, stored.program.weightsOffset + stored.program.weights.length);
    expect(Buffer.from(region).equals(Buffer.from(expected.buffer))).toBe(true);
    expect(Buffer.from(region).equals(Buffer.from(f32.program.weights))).toBe(false);
    expect(memory.subarray(0, stored.program.weightsOffset).every((b) => b === 0)).toBe(true);
    expect(memory.subarray(stored.program.arenaOffset).every((b) => b === 0)).toBe(true);
    expect(stored.meta.wasm).toMatchObject({ weightsDtype: dtype, weightsStoredBytes: stored.program.stored!.bytes.length, weightsBytes: f32.meta.wasm.weightsBytes });
    expect(f32.meta.wasm.weightsDtype).toBeUndefined();
  });

  it("runs close to the float32 bundle, on both SIMD variants", async () => {
    const reference = await (await loadModel(f32.bytes, { backend: "wasm" })).run(smallInput);
    const scale = Math.max(1, ...reference.map(Math.abs));
    for (const relaxedSimd of [true, false]) {
      const logits = await (await loadModel(stored.bytes, { backend: "wasm", relaxedSimd })).run(smallInput);
      // Measured 1.2e-4 (f16) and 1.4e-3 (int8), max |logit| 0.39; bounds about 4x that.
      expect(maxAbsDiff(logits, reference)).toBeLessThanOrEqual((dtype === "f16" ? 5e-4 : 6e-3) * scale);
      expect(maxAbsDiff(logits, reference)).toBeGreaterThan(0);
    }
  });
});

// Against PyTorch's float64 logits. Measured max |y - ref| (max |ref| 0.49 and 0.63):
// f16 5.4e-4 (S) and 3.3e-4 (M), int8 1.3e-2 (S) and 1.0e-2 (M). The bounds leave about 4x:
// f16 rounds each weight by at most 2^-11 of itself, int8 by 1/254 of its channel's largest.
const BOUND: Record<StoredDtype, number> = { f16: 2e-3, int8: 5e-2 };

const bundles = new Map<string, Uint8Array>();
const bundle = async (name: string, dtype: StoredDtype) => {
  const key = `${name} ${dtype}`;
  if (!bundles.has(key)) bundles.set(key, (await compile(`specs/${name.replace("_", "-")}.mix`, { weights: fixture(name).weights, weightsDtype: dtype })).bytes);
  return bundles.get(key)!;
};

describe.skipIf(!hasShared).each(["mixnet_s", "mixnet_m"])("%s", (name) => {
  it.each(DTYPES)("with %s weights matches PyTorch's float64 logits within its bound, with the same top-5", async (dtype) => {
    const fx = fixture(name);
    const model = await loadModel(await bundle(name, dtype), { backend: "wasm" });
    const logits = await model.run(fx.input);
    model.dispose();
    expect(maxAbsDiff(logits, fx.logitsF64)).toBeLessThanOrEqual(BOUND[dtype] * Math.max(1, ...fx.logitsF64.map(Math.abs)));
    // int8 can reorder classes whose logits are closer than its error (MixNet-S's first two differ by 1.0e-3).
    if (dtype === "f16") expect(top(logits, 5)).toEqual(fx.meta.top5);
    else expect(top(logits, 5).sort()).toEqual([...fx.meta.top5].sort());
  });

});

describe.skipIf(!hasShared)("mixnet_m with int8 weights", () => {
  it("fits the paid worker limit: under 10 MB gzip (node:zlib, default level)", async () => {
    // As `mixc compile --target worker` writes it: no WebGPU program, no threaded code.
    const { bytes } = await compile("specs/mixnet-m.mix", { weights: fixture("mixnet_m").weights, weightsDtype: "int8", target: "wasm", threads: false });
    expect(gzipSync(bytes).length).toBeLessThan(10e6);
    expect(bytes.length).toBeLessThan(6e6);
  });
});

describe("mixc compile --weights-dtype", () => {
  it("writes a bundle storing int8 weights", async () => {
    const out = join(dir, "small-int8.wasm");
    const r = await mixc("compile", SMALL, "--seed", "7", "--weights-dtype", "int8", "-o", out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/\(weights 0\.\d\d MB stored as int8 in 0\.\d\d MB, code/);
    const model = await loadModel(readFileSync(out), { backend: "wasm" });
    expect((await model.run(smallInput)).length).toBe(19);
    expect(WebAssembly.Module.customSections(new WebAssembly.Module(readFileSync(out)), "mixc").map((s) => JSON.parse(new TextDecoder().decode(s)).wasm.weightsDtype)).toEqual(["int8"]);
  });

  it("refuses f16 for a checkpoint with a weight beyond its range, naming the layer (exit 1); int8 takes it", async () => {
    const spec = specFile(TINY_SPEC);
    const tensors = seededTensors(tinyGraph());
    tensors.get("conv_head.weight")!.data[5] = 1e6;
    const weights = join(dir, "huge.safetensors");
    writeFileSync(weights, writeSafetensors(tensors));
    const r = await mixc("compile", spec, "--weights", weights, "--weights-dtype", "f16", "-o", join(dir, "never.wasm"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^layer %head: weight 1\d{6}(\.\d+)? \(BatchNorm folded in\) is beyond float16's range \(\|w\| <= 65504\); store the weights as f32 or int8 \(--weights-dtype\)\n$/);
    expect((await mixc("compile", spec, "--weights", weights, "--weights-dtype", "int8", "-o", join(dir, "huge-int8.wasm"))).code).toBe(0);
  });

  it("refuses an unknown dtype with exit code 2, naming the allowed ones", async () => {
    const r = await mixc("compile", SMALL, "--weights-dtype", "bogus", "-o", join(dir, "never.wasm"));
    expect(r).toEqual({ code: 2, out: "", err: expect.stringContaining("unknown --weights-dtype 'bogus'; the weight dtypes are f32, f16, int8") });
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
