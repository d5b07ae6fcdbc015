// The compiled bundle against the PyTorch reference, its self-containment and
// its determinism.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel } from "../../runtime/index.ts";
import { fixture, hasShared, maxAbsDiff, tolerance, top } from "../shared.ts";

describe.skipIf(!hasShared).each([
  ["mixnet_s", "specs/mixnet-s.mix"],
  ["mixnet_m", "specs/mixnet-m.mix"],
  ["mixnet_xl", "specs/mixnet-xl.mix"],
  ["mobilenetv3_large_100", "specs/mobilenetv3-large.mix"],
])("%s compiled to WebAssembly SIMD", (name, spec) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await compile(spec, { weights: fixture(name).weights })).bytes;
  });
  it.each([true, false])("relaxed SIMD %s: matches PyTorch's float64 logits within tolerance with the same top-5", async (relaxedSimd) => {
    const fx = fixture(name);
    const model = await loadModel(bytes, { backend: "wasm", relaxedSimd });
    expect(model.variant).toBe(relaxedSimd ? "relaxed-simd" : "simd128");
    const logits = await model.run(fx.input);
    expect(maxAbsDiff(logits, fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
    expect(top(logits, 5)).toEqual(fx.meta.top5);
    // A second run on the same instance gives the same answer (no state left behind).
    expect(await model.run(fx.input)).toEqual(logits);
    model.dispose();
  });
});

describe("the bundle", () => {
  it("is byte-identical across two compiles of the same inputs", async () => {
    const a = (await compile("specs/mixnet-s.mix", { seed: 5 })).bytes;
    const b = (await compile("specs/mixnet-s.mix", { seed: 5 })).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from((await compile("specs/mixnet-s.mix", { seed: 6 })).bytes).equals(Buffer.from(a))).toBe(false);
  });

  it("instantiates with no imports, carries its metadata and runs from a WebAssembly.Module", async () => {
    const { bytes, meta } = await compile("specs/efficientnet-b0.mix", { seed: 1 });
    const module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
    expect(WebAssembly.Module.imports(module)).toEqual([]);
    expect(WebAssembly.Module.exports(module).map((e) => e.name).sort()).toEqual(["input", "layers", "memory", "output", "preprocess", "preprocess_bytes", "preprocess_staging", "run", "run_layer"]);
    expect(meta).toMatchObject({ format: 2, name: "efficientnet_b0", input: { shape: [1, 3, 224, 224], layout: "NCHW" }, output: { shape: [1, 1000] } });
    expect(meta.hash).toMatch(/^[0-9a-f]{64}$/);
    const model = await loadModel(module);
    const logits = await model.run(new Float32Array(3 * 224 * 224).fill(0.5));
    expect(logits).toHaveLength(1000);
    expect(logits.every(Number.isFinite)).toBe(true);
    await expect(model.run(new Float32Array(10))).rejects.toThrow("run() needs 150528 values (1x3x224x224, NCHW), got 10");
    model.dispose();
    await expect(model.run(new Float32Array(150528))).rejects.toThrow("disposed");
  });

  it("falls back to plain SIMD in an engine without relaxed SIMD, with the same answer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mixc-fallback-"));
    const { bytes } = await compile("specs/mixnet-s.mix", { seed: 2 });
    writeFileSync(join(dir, "m.wasm"), bytes);
    const script = join(dir, "load.mts");
    writeFileSync(
      script,
      `import { readFileSync } from "node:fs";\nimport { loadModel } from ${JSON.stringify(resolve("runtime/index.ts"))};\n` +
        `const m = await loadModel(readFileSync(${JSON.stringify(join(dir, "m.wasm"))}), { backend: "wasm" });\n` +
        `console.log(JSON.stringify({ variant: m.variant, fallback: m.fallback, logits: Array.from(await m.run(new Float32Array(150528).fill(0.25))) }));\n`,
    );
    const child = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8" });
    expect(child.stderr).toBe("");
    const out = JSON.parse(child.stdout);
    expect(out).toMatchObject({ variant: "simd128", fallback: "this engine has no relaxed SIMD" });
    const here = await loadModel(bytes);
    expect(here.variant).toBe("relaxed-simd");
    expect(maxAbsDiff(out.logits, await here.run(new Float32Array(150528).fill(0.25)))).toBeLessThan(1e-3);
  });

  it("rejects what is not a mixc bundle", async () => {
    await expect(loadModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).rejects.toThrow("not a mixc bundle: not a WebAssembly file");
    const plain = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    await expect(loadModel(plain)).rejects.toThrow("not a mixc bundle: the WebAssembly module has no mixc metadata section");
  });
});
