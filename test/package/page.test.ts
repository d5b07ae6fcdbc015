// The README's page example, run as written: headless Chromium loads it with
// dist/runtime.js and its chunks served as /mixc/, classifies a picture, and
// answers as the runtime does in Node; on a bundle without a WebGPU program it
// never fetches the WebGPU executor.
import { readdirSync, readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { decodeImage } from "../../runtime/image/decode.ts";
import { loadModel, type Prediction } from "../../runtime/index.ts";
import { hasChromium, launch, serve } from "../browser/chromium.ts";
import { tinySpec } from "../worker/fixtures.ts";
import { ROOT } from "./package.ts";

/** The first html block of the README's "Use as a library" section. */
function readmePage(): string {
  const readme = readFileSync(`${ROOT}/README.md`, "utf8");
  const section = readme.slice(readme.indexOf("\n## Use as a library"));
  const page = /```html\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf("\n## ", 1)));
  if (!page) throw new Error('README.md: no html example under "## Use as a library"');
  return page[1]!;
}

const PICTURE = readFileSync(`${ROOT}/test/fixtures-images/rgb-400x300.png`);

describe.skipIf(!hasChromium)("the README's page example in Chromium", () => {
  let bundle: Uint8Array;
  let browser: Browser;
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    bundle = compile(tinySpec(), { seed: 7, target: "wasm" }).bytes;
    const runtime = readdirSync(`${ROOT}/dist`).filter((f) => f.startsWith("runtime") && f.endsWith(".js"));
    const served = await serve({
      "/": { type: "text/html", body: readmePage() },
      ...Object.fromEntries(runtime.map((f) => [`/mixc/${f}`, { type: "text/javascript", body: readFileSync(`${ROOT}/dist/${f}`) }])),
      "/mixnet-s.wasm": { type: "application/wasm", body: bundle },
      "/cat.jpg": { type: "image/png", body: PICTURE },
    });
    url = served.url;
    close = () => served.server.close();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  it("classifies the picture as the runtime does in Node, fetching only the runtime's core", async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
    // The example's one console.log (Chromium logs its own messages too, such as a missing favicon).
    const logged = page.waitForEvent("console", { predicate: (m) => m.type() === "log", timeout: 60_000 });
    await page.goto(url);
    const message = await logged.catch(() => {
      throw new Error(`the page logged nothing: ${errors.join("; ")}`);
    });
    const [backend, top] = (await Promise.all(message.args().map((a) => a.jsonValue()))) as [string, Prediction[]];
    await page.close();
    expect(errors.filter((e) => !e.endsWith("/favicon.ico"))).toEqual([]);
    expect(backend).toBe("wasm");

    const model = await loadModel(bundle, { backend: "wasm" });
    const expected = await model.classify(await decodeImage(PICTURE));
    model.dispose();
    expect(top.map((p) => p.index)).toEqual(expected.map((p) => p.index));
    top.forEach((p, i) => expect(p.probability).toBeCloseTo(expected[i]!.probability, 5));

    // The bundle has no WebGPU program (--target wasm): the WebGPU executor is never fetched.
    const runtime = fetched.filter((p) => p.startsWith("/mixc/"));
    expect(runtime).toContain("/mixc/runtime.js");
    expect(runtime.filter((p) => p.includes("webgpu"))).toEqual([]);
  });
});
