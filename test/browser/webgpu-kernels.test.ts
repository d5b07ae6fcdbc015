// Every WGSL kernel against the reference interpreter on WebGPU in headless
// Chromium (SwiftShader where there is no GPU), layer by layer: the same sweep
// as test/webgpu/kernels.test.ts runs on Dawn in Node.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { NETWORKS, prepare } from "../webgpu/kernel-cases.ts";
import { browsing, hasChromium, launchWithWebGpu } from "./chromium.ts";

const PAGE = `<!doctype html><script type="module">
import { runLayers } from "/run-layers.js";
window.runLayers = (args) => runLayers(navigator.gpu, args);
window.ready = true;
</script>`;

describe.skipIf(!hasChromium)("WGSL kernels on WebGPU in Chromium", () => {
  const site = browsing(
    () => ({
      "/": { type: "text/html", body: PAGE },
      "/run-layers.js": { type: "text/javascript", body: readFileSync(new URL("../webgpu/run-layers.js", import.meta.url), "utf8") },
    }),
    launchWithWebGpu,
  );
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  });

  it.each(Object.entries(NETWORKS))("%s: every layer matches the interpreter", async (name, body) => {
    const { args, check } = await prepare(name, body);
    const arenas = await page.evaluate((a) => (window as unknown as { runLayers(a: unknown): Promise<Record<string, number[]>> }).runLayers(a), args);
    for (const r of check(arenas)) expect(r.difference, r.layer).toBeLessThanOrEqual(r.tolerance);
  });
});
