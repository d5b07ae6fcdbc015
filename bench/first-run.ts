// npm run bench:first: the first inference after loadModel against a warm one
// (issue 14's target: at most 2x), for MixNet-M on wasm, in fresh Node processes
// and fresh Chromium pages, alternating. Weights are random (seed 1): the time
// does not depend on their values.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { compile } from "../compiler/compile.ts";
import { hasChromium, launch, serve } from "../test/browser/chromium.ts";
import type { FirstRun } from "./first-run/measure.ts";

const SAMPLES = Number(process.env.SAMPLES ?? 5);
const SPEC = process.argv[2] ?? "specs/mixnet-m.mix";

const { bytes, meta } = await compile(SPEC, { seed: 1, target: "wasm" });
const file = join(mkdtempSync(join(tmpdir(), "mixc-first-run-")), "model.wasm");
writeFileSync(file, bytes);

function inNode(): FirstRun {
  const r = spawnSync(process.execPath, ["--experimental-wasm-relaxed-simd", "--import", "tsx", new URL("first-run/node-child.ts", import.meta.url).pathname, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`the Node child failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const page = await build({ entryPoints: [new URL("first-run/page.ts", import.meta.url).pathname], bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "warning" });
const served = await serve({
  "/": { type: "text/html", body: `<!doctype html><script type="module" src="/page.js"></script>` },
  "/page.js": { type: "text/javascript", body: page.outputFiles[0]!.text },
  "/model.wasm": { type: "application/wasm", body: bytes },
});
const browser = hasChromium ? await launch() : undefined;

async function inChromium(): Promise<FirstRun> {
  const context = await browser!.newContext(); // no cache, no compiled code from an earlier sample
  try {
    const tab = await context.newPage();
    await tab.goto(served.url);
    await tab.waitForFunction(() => "measure" in globalThis);
    return await tab.evaluate(() => (globalThis as unknown as { measure: () => Promise<FirstRun> }).measure());
  } finally {
    await context.close();
  }
}

const results: Record<string, FirstRun[]> = { Node: [], Chromium: [] };
for (let i = 0; i < SAMPLES; i++) {
  results.Node!.push(inNode());
  if (browser) results.Chromium!.push(await inChromium());
}
await browser?.close();
served.server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`${meta.name}, ${SAMPLES} fresh processes / pages each, alternating; medians (first / warm: each sample's own ratio)\n`);
console.log("| where | code | load ms | first run ms | warm run ms | first / warm (min-max) |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [where, runs] of Object.entries(results)) {
  if (!runs.length) {
    console.log(`| ${where} | not measured: no Chromium at /usr/bin/chromium | | | | |`);
    continue;
  }
  const ratios = runs.map((r) => r.firstMs / r.warmMs);
  console.log(`| ${where} | ${runs[0]!.variant} | ${median(runs.map((r) => r.loadMs)).toFixed(0)} | ${median(runs.map((r) => r.firstMs)).toFixed(1)} | ${median(runs.map((r) => r.warmMs)).toFixed(1)} | ${median(ratios).toFixed(2)}x (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}) |`);
}
