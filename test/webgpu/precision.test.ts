// --gpu-precision f16: the half-precision 1x1 kernels are chosen only where the
// adapter has shader-f16; elsewhere (SwiftShader has no shader-f16) the model runs
// float32 and says why. Their numbers are checked, with their own tolerance, on an
// adapter with shader-f16: a GPU's, or Mesa's lavapipe without one (CI installs it),
// where Dawn's Tint compiles the f16 WGSL.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel } from "../../runtime/index.ts";
import { withPrecision } from "../../runtime/webgpu-executor.ts";
import type { GpuProgram } from "../../runtime/webgpu-program.ts";
import { mixc } from "../mixc.ts";
import { fixture, hasShared, maxAbsDiff, tolerance, top } from "../shared.ts";
import { specFile } from "../spec-file.ts";
import { gpu, halfPrecisionGpu, hasWebGpu } from "./dawn.ts";
import { NETWORKS, prepare } from "./kernel-cases.ts";
// @ts-expect-error: a plain ES module shared with the browser page
import { runLayers } from "./run-layers.js";

const spec = specFile("network small {\n  input 3x12x10\n  stem k=3 s=2 c=8 act=relu\n  stage act=swish {\n    ir k=3,5 e=2 c=12 se=0.25\n  }\n  head c=16 act=relu\n  pool avg\n  classifier classes=5\n}\n", "small.mix");
const dir = dirname(spec);
const { bytes, gpu: program } = await compile(spec, { seed: 3 });
const bundle = join(dir, "small.wasm");
writeFileSync(bundle, bytes);
const input = new Float32Array(3 * 12 * 10).map((_, i) => Math.sin(i * 0.3));
const inputFile = join(dir, "input.bin");
writeFileSync(inputFile, new Uint8Array(input.buffer));

describe("choosing the precision", () => {
  const half = new Set(["shader-f16"]);
  const none = new Set<string>();

  it("f16 takes every shader's half-precision variant and asks for shader-f16, where the adapter has it", () => {
    const chosen = withPrecision(program!, "f16", half, "gpu");
    expect(chosen.fallback).toBeUndefined();
    expect(chosen.program.features).toEqual(["shader-f16"]);
    const variants = program!.shaders.filter((s) => s.f16);
    expect(variants.length).toBeGreaterThanOrEqual(2); // the expansion, gated projection and head 1x1s
    chosen.program.shaders.forEach((s, i) => expect(s.code).toBe(program!.shaders[i]!.f16 ?? program!.shaders[i]!.code));
    for (const s of variants) expect(s.f16).toMatch(/^enable f16;\n[^]*var<workgroup> xs_: array<array<vec4<f16>, 4>, 64>;/);
  });

  it("keeps float32 and says why when the adapter lacks shader-f16 or the bundle has no variants; f32 changes nothing", () => {
    expect(withPrecision(program!, "f16", none, "acme gpu")).toEqual({ program, fallback: "f16 unavailable: the WebGPU adapter (acme gpu) lacks shader-f16; running float32" });
    const plain: GpuProgram = { ...program!, shaders: program!.shaders.map(({ f16: _, ...s }) => s) };
    expect(withPrecision(plain, "f16", half, "gpu")).toEqual({ program: plain, fallback: "f16 unavailable: this bundle has no half-precision kernels; running float32" });
    expect(withPrecision(program!, "f32", half, "gpu")).toEqual({ program });
  });

  it("mixc ir --after lower shows each f16 variant's WGSL", async () => {
    const r = await mixc("ir", spec, "--after", "lower");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\/\/ ---- pw_tiled64x64_vec4_swish, f16 variant \(workgroup_size 16, 16, 1; run instead with --gpu-precision f16 where the adapter has shader-f16\)\nenable f16;\n/);
  });

  it("rejects an unknown precision, and --gpu-precision without --backend webgpu (exit 2)", async () => {
    await expect(loadModel(bytes, { backend: "wasm", gpuPrecision: "f64" as "f16" })).rejects.toThrow("unknown gpuPrecision 'f64' (f32 or f16)");
    expect(await mixc("run", bundle, "--backend", "webgpu", "--gpu-precision", "f8", "--input", inputFile)).toMatchObject({ code: 2, err: "mixc: unknown --gpu-precision 'f8'; available: f32, f16\n" });
    expect(await mixc("bench", bundle, "--gpu-precision", "f16")).toMatchObject({ code: 2, err: "mixc: --gpu-precision is for --backend webgpu\n" });
  });
});

// Half precision's own tolerance: 100 times float32's, 1e-2 * max(1, max |ref|),
// per layer of the sweep and on the logits; MixNet-M also keeps PyTorch's top-1.
const HALF = 100;
const halfGpu = hasWebGpu ? await halfPrecisionGpu() : null;
/** Whether the default adapter has shader-f16 (a GPU's), rather than lavapipe or none. */
const defaultHasF16 = halfGpu === gpu;

describe.skipIf(!hasWebGpu || defaultHasF16)("f16 asked for on an adapter without shader-f16 (SwiftShader)", () => {
  it("runs float32 on WebGPU, the same logits as f32, and says why", async () => {
    const f32 = await loadModel(bytes, { backend: "webgpu", gpu });
    const f16 = await loadModel(bytes, { backend: "webgpu", gpu, gpuPrecision: "f16" });
    try {
      expect(f16).toMatchObject({ backend: "webgpu", variant: f32.variant });
      expect(f16.fallback).toMatch(/^f16 unavailable: the WebGPU adapter \(.+\) lacks shader-f16; running float32$/);
      expect(await f16.run(input)).toEqual(await f32.run(input));
    } finally {
      f32.dispose();
      f16.dispose();
    }
  });

  it("mixc run and bench say so", async () => {
    const r = await mixc("run", bundle, "--backend", "webgpu", "--gpu-precision", "f16", "--input", inputFile);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/: webgpu backend \(.+; f16 unavailable: the WebGPU adapter \(.+\) lacks shader-f16; running float32\), [\d.]+ ms\n$/);
    const b = await mixc("bench", bundle, "--backend", "webgpu", "--gpu-precision", "f16", "--runs", "1", "--warmup", "0", "--json");
    expect(JSON.parse(b.out).fallback).toMatch(/lacks shader-f16/);
  });
});

describe.skipIf(!halfGpu).each(Object.entries(NETWORKS))("%s with the f16 1x1 kernels, on an adapter with shader-f16", (name, body) => {
  it("every layer matches the interpreter within the f16 tolerance, and the 1x1 layers show half precision's rounding", async () => {
    const { args, check } = await prepare(name, body);
    const half = withPrecision(args.program, "f16", new Set(["shader-f16"]), "gpu").program;
    expect(half.shaders.filter((s) => s.code.startsWith("enable f16;")).length).toBeGreaterThan(0);
    const results = check(await runLayers(halfGpu, { ...args, program: half, features: half.features }));
    for (const r of results) expect(r.difference, r.layer).toBeLessThanOrEqual(HALF * r.tolerance);
    // Float32 kernels stay within 1e-4 of the scale everywhere (kernels.test.ts); the f16 ones must not, or they did not run.
    expect(Math.max(...results.map((r) => r.difference / r.tolerance))).toBeGreaterThan(1);
  });
});

describe.skipIf(!halfGpu || !hasShared)("MixNet-M with f16 1x1 kernels on an adapter with shader-f16", () => {
  it("matches PyTorch's float64 logits within the f16 tolerance, with the same top-1", async () => {
    const fx = fixture("mixnet_m");
    const model = await loadModel((await compile("specs/mixnet-m.mix", { weights: fx.weights })).bytes, { backend: "webgpu", gpu: halfGpu!, gpuPrecision: "f16" });
    try {
      expect(model.variant).toMatch(/, f16$/);
      const logits = await model.run(fx.input);
      const difference = maxAbsDiff(logits, fx.logitsF64);
      expect(difference).toBeLessThanOrEqual(HALF * tolerance(fx.logitsF64));
      expect(difference).toBeGreaterThan(tolerance(fx.logitsF64)); // half precision's rounding shows: the f16 kernels ran
      expect(top(logits, 1)).toEqual(fx.meta.top5.slice(0, 1));
    } finally {
      model.dispose();
    }
  }, 300_000); // lavapipe compiles the MixConv shaders in LLVM, about 85 s cold on a quiet 2-core machine
});
