// Threads in Chromium: a cross-origin-isolated page (COOP/COEP headers from
// 127.0.0.1) runs MixNet-S on 1, 2 and 3 threads (Web Workers from a Blob URL,
// the page's own thread spinning at the barriers) with bitwise the same logits,
// matching PyTorch; a page that is not isolated runs on one thread, saying why.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { fixture, hasShared, maxAbsDiff, tolerance, top } from "../shared.ts";
import { browsing, hasChromium, ISOLATED } from "./chromium.ts";

const PAGE = `<!doctype html><script type="module">
import { loadModel } from "/runtime.js";
window.runModel = async (threads, relaxedSimd) => {
  const model = await loadModel(await fetch("/model.wasm"), { backend: "wasm", threads, relaxedSimd });
  const input = new Float32Array(await (await fetch("/input.bin")).arrayBuffer());
  const logits = await model.run(input);
  const again = await model.run(input);
  model.dispose();
  return { isolated: crossOriginIsolated, threads: model.threads, variant: model.variant, fallback: model.fallback ?? "", logits: Array.from(logits), again: Array.from(again) };
};
window.ready = true;
</script>`;

interface Result {
  isolated: boolean;
  threads: number;
  variant: string;
  fallback: string;
  logits: number[];
  again: number[];
}

describe.skipIf(!hasChromium || !hasShared)("threads in Chromium", () => {
  const site = browsing(async () => {
    const fx = fixture("mixnet_s");
    const runtime = await build({ entryPoints: ["runtime/index.ts"], bundle: true, format: "esm", platform: "neutral", write: false });
    const js = { type: "text/javascript", body: runtime.outputFiles[0]!.text };
    const model = { type: "application/wasm", body: (await compile("specs/mixnet-s.mix", { weights: fx.weights })).bytes };
    const input = { type: "application/octet-stream", body: new Uint8Array(fx.input.buffer) };
    return {
      "/isolated/": { type: "text/html", body: PAGE, headers: ISOLATED },
      "/plain/": { type: "text/html", body: PAGE },
      "/runtime.js": js,
      "/model.wasm": model,
      "/input.bin": input,
    };
  });

  async function runIn(page: string, threads: number, relaxedSimd = true): Promise<Result> {
    const tab = await site.browser.newPage();
    try {
      await tab.goto(`${site.url}${page}`);
      await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      return await tab.evaluate(([t, r]) => (window as unknown as { runModel(t: number, r: boolean): Promise<Result> }).runModel(t, r), [threads, relaxedSimd] as const);
    } finally {
      await tab.close();
    }
  }

  it.each([true, false])("a cross-origin-isolated page (relaxed SIMD %s): 1, 2 and 3 threads give bitwise the same logits, matching PyTorch", async (relaxedSimd) => {
    const fx = fixture("mixnet_s");
    const results = [await runIn("/isolated/", 1, relaxedSimd), await runIn("/isolated/", 2, relaxedSimd), await runIn("/isolated/", 3, relaxedSimd)];
    expect(results.map((r) => [r.isolated, r.threads, r.variant, r.fallback])).toEqual([1, 2, 3].map((t) => [true, t, relaxedSimd ? "relaxed-simd" : "simd128", relaxedSimd ? "" : "relaxed SIMD was turned off"]));
    for (const r of results) {
      expect(r.logits).toEqual(results[0]!.logits);
      expect(r.again).toEqual(results[0]!.logits);
    }
    expect(maxAbsDiff(results[0]!.logits, fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
    expect(top(results[0]!.logits, 5)).toEqual(fx.meta.top5);
  });

  it("a page that is not cross-origin isolated runs on one thread and says why", async () => {
    const r = await runIn("/plain/", 2);
    expect(r.isolated).toBe(false);
    expect(r.threads).toBe(1);
    expect(r.fallback).toMatch(/^threads: the page is not cross-origin isolated \(serve it with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp\).*; running on one thread$/);
    expect(r.logits).toEqual((await runIn("/isolated/", 1)).logits);
  });
});
