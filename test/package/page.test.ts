// The README's browser examples, run as written: headless Chromium loads the
// page example, and a page that starts the web worker example, with
// dist/runtime.js and its chunks served as /mixc/; each classifies a picture
// as the runtime does in Node, and on a bundle without a WebGPU program never
// fetches the WebGPU executor.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { decodeImage } from "../../runtime/image/decode.ts";
import { loadModel, type Prediction } from "../../runtime/index.ts";
import { browsing, hasChromium } from "../browser/chromium.ts";
import { tinySpec } from "../worker/fixtures.ts";
import { ROOT } from "./package.ts";

/** The README's "Use as a library" code blocks in a language, the first one holding `marker`. */
function readmeExample(language: string, marker: string): string {
  const readme = readFileSync(`${ROOT}/README.md`, "utf8");
  const start = readme.indexOf("\n## Use as a library");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const block = [...section.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].find((m) => m[1]!.includes(marker));
  if (!block) throw new Error(`README.md: no ${language} example holding '${marker}' under "## Use as a library"`);
  return block[1]!;
}

/** Starts the README's worker and posts it the picture; logs its answer. */
const WORKER_PAGE = `<!doctype html><script type="module">
const worker = new Worker("/classify.js", { type: "module" });
worker.onmessage = ({ data }) => console.log("worker", data);
worker.onerror = (e) => console.error(e.message);
const bitmap = await createImageBitmap(await (await fetch("/cat.jpg")).blob());
worker.postMessage(bitmap, [bitmap]);
</script>`;

const PICTURE = readFileSync(`${ROOT}/test/fixtures-images/rgb-400x300.png`);

describe.skipIf(!hasChromium)("the README's browser examples in Chromium", () => {
  let bundle: Uint8Array;
  const site = browsing(async () => {
    bundle = (await compile(tinySpec(), { seed: 7, target: "wasm" })).bytes;
    const runtime = readdirSync(`${ROOT}/dist`).filter((f) => f.startsWith("runtime") && f.endsWith(".js"));
    return {
      "/": { type: "text/html", body: readmeExample("html", "<script") },
      "/worker.html": { type: "text/html", body: WORKER_PAGE },
      "/classify.js": { type: "text/javascript", body: readmeExample("js", "onmessage") },
      ...Object.fromEntries(runtime.map((f) => [`/mixc/${f}`, { type: "text/javascript", body: readFileSync(`${ROOT}/dist/${f}`) }])),
      "/mixnet-s.wasm": { type: "application/wasm", body: bundle },
      "/cat.jpg": { type: "image/png", body: PICTURE },
    };
  });

  /** Opens a page; returns what its one console.log printed and the paths it fetched. */
  async function visit(path: string): Promise<{ logged: unknown[]; fetched: string[] }> {
    const page = await site.browser.newPage();
    const fetched: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && !m.text().includes("404") && errors.push(m.text()));
    const log = page.waitForEvent("console", { predicate: (m) => m.type() === "log", timeout: 60_000 });
    await page.goto(`${site.url}${path}`);
    const message = await log.catch(() => {
      throw new Error(`${path} logged nothing: ${errors.join("; ")}`);
    });
    const logged = await Promise.all(message.args().map((a) => a.jsonValue()));
    await page.close();
    expect(errors).toEqual([]);
    return { logged, fetched };
  }

  async function expectNodeAnswer(top: Prediction[]) {
    const model = await loadModel(bundle, { backend: "wasm" });
    const expected = await model.classify(await decodeImage(PICTURE));
    model.dispose();
    expect(top.map((p) => p.index)).toEqual(expected.map((p) => p.index));
    top.forEach((p, i) => expect(p.probability).toBeCloseTo(expected[i]!.probability, 5));
  }

  /** What came from /mixc/: the runtime, never the WebGPU executor (the bundle has no WebGPU program). */
  function expectRuntimeCoreOnly(fetched: string[]) {
    const runtime = fetched.filter((p) => p.startsWith("/mixc/"));
    expect(runtime).toContain("/mixc/runtime.js");
    expect(runtime.filter((p) => p.includes("webgpu"))).toEqual([]);
  }

  it.each([
    ["the page", "/", "wasm"],
    ["the web worker", "/worker.html", "worker"],
  ])("%s (%s) classifies the picture as the runtime does in Node, fetching only the runtime's core", async (_, path, first) => {
    const { logged, fetched } = await visit(path);
    const [label, top] = logged as [string, Prediction[]];
    expect(label).toBe(first);
    await expectNodeAnswer(top);
    expectRuntimeCoreOnly(fetched);
  });
});
