// The built entries, imported by their package names as a user imports them
// (node's self-reference, in a child process: no vitest transforms, no flags):
// "mixc" compiles, "mixc/runtime" runs, "mixc/image" decodes, each giving
// exactly what the sources give.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { specStats } from "../../compiler/api.ts";
import { compile } from "../../compiler/compile.ts";
import { decodeImage } from "../../runtime/image/decode.ts";
import { loadModel } from "../../runtime/index.ts";
import { tinySpec } from "../worker/fixtures.ts";
import { ROOT } from "./package.ts";

// Small, so that compiling it takes moments; 224x224 input, so that classify()
// preprocesses as for ImageNet.
const SPEC = tinySpec();
const IMAGE = "test/fixtures-images/photo-97x131.jpg";
const INPUT = "new Float32Array(3 * 224 * 224).map((_, i) => Math.sin(i))";

/** Runs an ES module in node from the package root; returns the JSON it prints. */
function runInPackage(body: string) {
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", body], { cwd: ROOT, encoding: "utf8" });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout);
}

describe("the built entries, imported by name", () => {
  it('resolve to dist/: "mixc" (compiler), "mixc/runtime", "mixc/image"', () => {
    const out = runInPackage(`console.log(JSON.stringify(["mixc", "mixc/runtime", "mixc/image"].map((s) => import.meta.resolve(s))));`);
    expect(out).toEqual(["dist/compiler.js", "dist/runtime.js", "dist/image.js"].map((f) => `file://${ROOT}/${f}`));
  });

  it("compile the same bundle as the sources, run it to the same logits and classify an image to the same classes", async () => {
    const out = runInPackage(`
      import { createHash } from "node:crypto";
      import { readFileSync } from "node:fs";
      import { compile, specStats } from "mixc";
      import { loadModel } from "mixc/runtime";
      import { decodeImage } from "mixc/image";
      const { bytes } = await compile(${JSON.stringify(SPEC)}, { seed: 3 });
      const model = await loadModel(bytes);
      const image = await decodeImage(readFileSync(${JSON.stringify(IMAGE)}));
      console.log(JSON.stringify({
        sha256: createHash("sha256").update(bytes).digest("hex"),
        macs: specStats(${JSON.stringify(SPEC)}).macs_total,
        backend: model.backend, variant: model.variant, fallback: model.fallback,
        logits: Array.from(await model.run(${INPUT})),
        top: await model.classify(image, 3),
      }));`);
    const { bytes } = await compile(SPEC, { seed: 3 });
    // The child runs without --experimental-wasm-relaxed-simd, as a user's node 20 does.
    const model = await loadModel(bytes, { relaxedSimd: false });
    const input = new Float32Array(3 * 224 * 224).map((_, i) => Math.sin(i));
    expect(out.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(out.macs).toBe(specStats(SPEC).macs_total);
    expect(out).toMatchObject({ backend: "wasm", variant: "simd128" });
    expect(out.fallback).toContain("WebGPU unavailable: no WebGPU here (navigator.gpu is missing)");
    expect(out.logits).toEqual(Array.from(await model.run(input)));
    expect(out.top).toEqual(await model.classify(await decodeImage(readFileSync(`${ROOT}/${IMAGE}`)), 3));
    model.dispose();
  });

  it("load the WebGPU executor, a chunk of its own, only when WebGPU is asked for; its errors are the runtime's", () => {
    // A GPU without an adapter: the error comes from the executor's chunk, and "auto" can
    // fall back only if that chunk's GpuUnavailableError is the class the core catches.
    const out = runInPackage(`
      import { compile } from "mixc";
      import { GpuUnavailableError, loadModel } from "mixc/runtime";
      const gpu = { requestAdapter: async () => null };
      const { bytes } = await compile(${JSON.stringify(SPEC)}, { seed: 3 });
      const auto = await loadModel(bytes, { gpu });
      const error = await loadModel(bytes, { backend: "webgpu", gpu }).catch((e) => e);
      console.log(JSON.stringify({ backend: auto.backend, fallback: auto.fallback, error: error.message, isGpuUnavailable: error instanceof GpuUnavailableError }));`);
    expect(out).toMatchObject({ backend: "wasm", error: "no WebGPU adapter", isGpuUnavailable: true });
    expect(out.fallback).toContain("WebGPU unavailable: no WebGPU adapter");
  });
});
