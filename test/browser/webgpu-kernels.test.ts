// Every WGSL kernel against the reference interpreter, in context, on WebGPU
// in headless Chromium (SwiftShader where there is no GPU): small networks
// sweep kernel sizes 3-11 in one MixConv dispatch, strides, both paddings,
// odd and non-square shapes, channel counts that are not multiples of 4,
// grouped 1x1 convolutions, the SE reduction and every fused epilogue. Each
// layer's output is read back after its dispatches and compared.
import { readFileSync } from "node:fs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { interpret } from "../../compiler/interp/interpret.ts";
import { maxAbsDiff, tolerance } from "../shared.ts";
import { hasChromium, launchWithWebGpu, serve } from "./chromium.ts";

const NETWORKS: Record<string, string> = {
  mixed_3_to_11: `input 3x23x19\n  padding same\n  stem k=3 s=2 c=20 act=relu\n  stage act=swish {\n    ir k=3,5,7,9,11 e=3 c=20 se=0.25\n    ir k=3,5 e=2.2 c=14 s=2 expand_groups=2 project_groups=2\n  }\n  head c=24 act=relu`,
  odd_symmetric: `input 3x17x13\n  stem k=5 s=2 c=10 act=relu6\n  stage act=swish {\n    ds k=3,5 c=10 se=0.5\n    ir k=7,9 e=6 c=18 s=2 se=0.5 project_groups=3\n    ir k=11 e=1 c=18 residual=yes act=relu\n  }\n  head c=70 act=swish`,
};

const dir = mkdtempSync(join(tmpdir(), "mixc-gpu-kernels-"));

describe.skipIf(!hasChromium)("WGSL kernels on WebGPU (Chromium)", () => {
  let browser: Browser;
  let page: Page;
  let close: () => void;

  beforeAll(async () => {
    const served = await serve({
      "/": { type: "text/html", body: `<!doctype html><script src="/gpu-layers.js"></script>` },
      "/gpu-layers.js": { type: "text/javascript", body: readFileSync(new URL("./gpu-layers.js", import.meta.url), "utf8") },
    });
    close = () => served.server.close();
    browser = await launchWithWebGpu();
    page = await browser.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  });

  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  it.each(Object.entries(NETWORKS))("%s: every layer matches the interpreter", async (name, body) => {
    const spec = join(dir, `${name}.mix`);
    writeFileSync(spec, `network ${name} {\n  ${body}\n  pool avg\n  classifier classes=19\n}\n`);
    const { bytes, gpu, model } = compile(spec, { seed: 5 });
    const { graph, weights } = model;
    const input = new Float32Array(graph.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.fround(Math.sin(i * 0.61) * 1.3));
    const reference = interpret(graph, weights!, input, () => true).values;
    const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, {});
    const memory = (instance.exports as { memory: WebAssembly.Memory }).memory;
    const outputs = Object.fromEntries(graph.ops.map((op) => [op.out, [(op.attrs.at as number) / 4, (op.shape!.reduce((a, b) => a * b, 1) / op.shape![1]!) * (op.attrs.cp as number)]]));
    const arenas = await page.evaluate(
      (args) => (window as unknown as { runLayers(a: unknown): Promise<Record<string, number[]>> }).runLayers(args),
      { program: gpu!, weights: Array.from(new Uint8Array(memory.buffer, 0, gpu!.weightsBytes)), input: Array.from(input), features: [], outputs },
    ).catch((e: Error) => {
      throw new Error(`on the GPU: ${e.message}`);
    });
    for (const op of graph.ops) {
      const got = arenas[op.out]!;
      const cp = op.attrs.cp as number;
      const [, ch, h = 1, w = 1] = op.shape!;
      const nchw = new Float64Array(ch! * h * w);
      for (let p = 0; p < h * w; p++) for (let c = 0; c < ch!; c++) nchw[c * h * w + p] = got[p * cp + c]!;
      const ref = reference.get(op.out)!.data;
      expect(maxAbsDiff(nchw, ref), `${op.out}`).toBeLessThanOrEqual(tolerance(ref));
    }
  });
});
