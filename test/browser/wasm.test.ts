// The runtime in a real browser: headless Chromium loads the runtime and a
// compiled MixNet-S bundle from 127.0.0.1 and runs it on the fixture input on
// WebGPU, and on wasm with the relaxed-SIMD code (Chromium has it) and with
// plain SIMD; every run matches PyTorch.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { fixture, hasShared, maxAbsDiff, tolerance, top } from "../shared.ts";
import { browsing, hasChromium, launchWithWebGpu } from "./chromium.ts";

const PAGE = `<!doctype html><script type="module">
import { loadModel } from "/runtime.js";
window.runModel = async (backend, relaxedSimd) => {
  const model = await loadModel(await fetch("/model.wasm"), { backend, relaxedSimd });
  const input = new Float32Array(await (await fetch("/input.bin")).arrayBuffer());
  const logits = await model.run(input);
  model.dispose();
  return { backend: model.backend, variant: model.variant, logits: Array.from(logits) };
};
window.ready = true;
</script>`;

describe.skipIf(!hasChromium || !hasShared)("the runtime in Chromium", () => {
  const site = browsing(async () => {
    const fx = fixture("mixnet_s");
    const runtime = await build({ entryPoints: ["runtime/index.ts"], bundle: true, format: "esm", platform: "neutral", write: false });
    return {
      "/": { type: "text/html", body: PAGE },
      "/runtime.js": { type: "text/javascript", body: runtime.outputFiles[0]!.text },
      "/model.wasm": { type: "application/wasm", body: (await compile("specs/mixnet-s.mix", { weights: fx.weights })).bytes },
      "/input.bin": { type: "application/octet-stream", body: new Uint8Array(fx.input.buffer) },
    };
  }, launchWithWebGpu);

  it.each([
    ["webgpu", true, "google swiftshader"],
    ["wasm", true, "relaxed-simd"],
    ["wasm", false, "simd128"],
  ])("%s (relaxedSimd %s) runs on %s and matches PyTorch", async (backend, relaxedSimd, variant) => {
    const fx = fixture("mixnet_s");
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const result = await page.evaluate(
      ([b, r]) => (window as unknown as { runModel(b: string, r: boolean): Promise<{ backend: string; variant: string; logits: number[] }> }).runModel(b as string, r as boolean),
      [backend, relaxedSimd] as const,
    );
    await page.close();
    expect(result.backend).toBe(backend);
    expect(result.variant).toBe(variant);
    expect(maxAbsDiff(result.logits, fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
    expect(top(result.logits, 5)).toEqual(fx.meta.top5);
  });
});
