// The runtime's WebGPU executor in headless Chromium, on the hand-written
// program of test/webgpu; and "auto" falling back to wasm where the browser
// offers no adapter.
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expected, input, program, withProgram } from "../webgpu/hand-program.ts";
import { hasChromium, launch, launchWithWebGpu, serve } from "./chromium.ts";

const PAGE = `<!doctype html><script type="module">
import { loadModel } from "/runtime.js";
window.runModel = async (backend) => {
  const model = await loadModel(await fetch("/model.wasm"), { backend });
  const logits = await model.run(new Float32Array(await (await fetch("/input.bin")).arrayBuffer()));
  model.dispose();
  return { backend: model.backend, variant: model.variant, fallback: model.fallback ?? null, logits: Array.from(logits) };
};
window.ready = true;
</script>`;

type Result = { backend: string; variant: string; fallback: string | null; logits: number[] };

describe.skipIf(!hasChromium)("the runtime on WebGPU in Chromium", () => {
  let url: string;
  let close: () => void;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    const runtime = await build({ entryPoints: ["runtime/index.ts"], bundle: true, format: "esm", platform: "neutral", write: false });
    const served = await serve({
      "/": { type: "text/html", body: PAGE },
      "/runtime.js": { type: "text/javascript", body: runtime.outputFiles[0]!.text },
      "/model.wasm": { type: "application/wasm", body: withProgram(program()) },
      "/input.bin": { type: "application/octet-stream", body: new Uint8Array(input(1).buffer) },
    });
    url = served.url;
    close = () => served.server.close();
  });

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    close?.();
  });

  async function runIn(browser: Browser, backend: string): Promise<Result> {
    browsers.push(browser);
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    return page.evaluate((b) => (window as unknown as { runModel(b: string): Promise<Result> }).runModel(b), backend);
  }

  it("runs the program with --enable-unsafe-webgpu", async () => {
    const result = await runIn(await launchWithWebGpu(), "webgpu");
    expect(result).toMatchObject({ backend: "webgpu", variant: expect.stringMatching(/\S/), fallback: null });
    expected(input(1)).forEach((v, i) => expect(result.logits[i]).toBeCloseTo(v, 3));
  });

  it("falls back to wasm under auto where the browser has no adapter", async () => {
    const result = await runIn(await launch(), "auto");
    expect(result).toMatchObject({ backend: "wasm", variant: "relaxed-simd", fallback: "WebGPU unavailable: no WebGPU adapter" });
  });
});
