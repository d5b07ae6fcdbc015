// npx tsx bench/threads.ts [--chromium] (and the last table of npm run bench): mixc
// on 1 and 2 threads against native onnxruntime-node on 2 threads, MixNet-S, -M and
// -L (L on seeded weights; its peer runs an ONNX export of the same network and
// weights, onnx-export/), in one process, alternating; with
// --chromium also in headless Chromium on a cross-origin-isolated page from
// 127.0.0.1, mixc on 1 and 2 threads beside onnxruntime-web's wasm on 2 threads.
// Two threads only pay where two cores are free: the load average is printed with
// each table (other jobs on the machine take cores from the threads).
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import v8 from "node:v8";
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { compile } = await import("../compiler/compile.ts");
const { loadModel } = await import("../runtime/index.ts");
const { loadOrtNode } = await import("./peers/onnxruntime-node.ts");
const { alternate, markdownTable, median, spread } = await import("./timing.ts");
const { inputOf, needReferences, NETWORKS, onnxOf, SHARED, weightsOf } = await import("./networks.ts");

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** The MixNets (issue 16 measures threads on them). */
const MODELS = NETWORKS.filter((n) => n.name.startsWith("mixnet"));
const load = () => loadavg()[0]!.toFixed(2);

/** Node: mixc 1T and 2T (relaxed SIMD) and onnxruntime-node 2T, alternating; the logits of 1T and 2T compared bit for bit. */
export async function benchThreadsNode(): Promise<string> {
  const rows: string[][] = [];
  for (const m of MODELS) {
    const input = inputOf(m);
    const { bytes } = await compile(m.spec, weightsOf(m));
    const one = await loadModel(bytes, { backend: "wasm" });
    const two = await loadModel(bytes, { backend: "wasm", threads: 2 });
    if (two.threads !== 2) throw new Error(`mixc did not start 2 threads: ${two.fallback}`);
    const same = Buffer.from((await one.run(input)).buffer).equals(Buffer.from((await two.run(input)).buffer));
    const onnx = await onnxOf(m);
    const ort = onnx ? await loadOrtNode(onnx, 2) : undefined;
    const before = load();
    const times = await alternate([{ name: "1T", run: () => one.run(input) }, { name: "2T", run: () => two.run(input) }, ...(ort ? [{ name: "ort", run: () => ort.run(input) }] : [])], { warmup: 5, rounds: ROUNDS });
    const [t1, t2, to] = [times.get("1T")!, times.get("2T")!, times.get("ort")];
    rows.push([m.name, spread(t1), spread(t2), (median(t2) / median(t1)).toFixed(2), to ? spread(to) : "no ONNX model", to ? (median(t2) / median(to)).toFixed(2) : "-", same ? "yes" : "NO", `${before} / ${load()}`]);
    one.dispose();
    two.dispose();
    await ort?.dispose();
  }
  const header = ["model", "mixc 1T ms (p10-p90)", "mixc 2T ms", "2T / 1T", "onnxruntime-node 2T ms", "mixc 2T / ort 2T", "bitwise equal", "load avg before / after"];
  return `Node ${process.version}, relaxed SIMD, ${ROUNDS} alternating rounds after 5 warm-ups\n\n${markdownTable(header, rows)}`;
}

/** The Chromium page: mixc (1T, 2T) and onnxruntime-web (wasm, 2 threads) on MixNet-M, alternating in the page. */
const PAGE = `<!doctype html><script type="module">
import { loadModel } from "/runtime.js";
import * as ort from "/ort/ort.wasm.min.mjs";
window.bench = async (rounds) => {
  const input = new Float32Array(await (await fetch("/input.bin")).arrayBuffer());
  const bytes = new Uint8Array(await (await fetch("/model.wasm")).arrayBuffer());
  const one = await loadModel(bytes, { backend: "wasm" });
  const two = await loadModel(bytes, { backend: "wasm", threads: 2 });
  ort.env.wasm.wasmPaths = "/ort/";
  ort.env.wasm.numThreads = 2;
  ort.env.wasm.proxy = false;
  const session = await ort.InferenceSession.create("/model.onnx", { executionProviders: ["wasm"] });
  const name = session.inputNames[0];
  const tensor = new ort.Tensor("float32", input, [1, 3, 224, 224]);
  const runs = { "mixc 1T": () => one.run(input), "mixc 2T": () => two.run(input), "onnxruntime-web 2T": () => session.run({ [name]: tensor }) };
  const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (const run of Object.values(runs)) for (let i = 0; i < 5; i++) await run();
  for (let r = 0; r < rounds; r++) for (const [k, run] of Object.entries(runs)) { const t = performance.now(); await run(); times[k].push(performance.now() - t); }
  const same = (await one.run(input)).every((v, i, a) => Object.is(v, a[i])) && String(await one.run(input)) === String(await two.run(input));
  return { times, isolated: crossOriginIsolated, threads: two.threads, variant: two.variant, same, cores: navigator.hardwareConcurrency };
};
window.ready = true;
</script>`;

export async function benchThreadsChromium(): Promise<string> {
  const { build } = await import("esbuild");
  const { chromium } = await import("playwright-core");
  const { serve, ISOLATED } = await import("../test/browser/chromium.ts");
  const ortDir = dirname(createRequire(import.meta.url).resolve("onnxruntime-web/ort-wasm-simd-threaded.wasm"));
  const runtime = await build({ entryPoints: ["runtime/index.ts"], bundle: true, format: "esm", platform: "neutral", write: false });
  const m = MODELS.find((n) => n.name === "mixnet_m")!;
  const file = (type: string, body: string | Uint8Array) => ({ type, body, headers: { ...ISOLATED, "cross-origin-resource-policy": "same-origin" } });
  const ortFiles = Object.fromEntries(
    ["ort.wasm.min.mjs", "ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.wasm"].map((f) => [`/ort/${f}`, file(f.endsWith(".wasm") ? "application/wasm" : "text/javascript", readFileSync(`${ortDir}/${f}`))]),
  );
  const { url, server } = await serve({
    "/": file("text/html", PAGE),
    "/runtime.js": file("text/javascript", runtime.outputFiles[0]!.text),
    "/model.wasm": file("application/wasm", (await compile(m.spec, weightsOf(m))).bytes),
    "/model.onnx": file("application/octet-stream", readFileSync(`${SHARED}onnx/${m.name}.onnx`)),
    "/input.bin": file("application/octet-stream", new Uint8Array(inputOf(m).buffer)),
    ...ortFiles,
  });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const before = load();
    const r = await page.evaluate((rounds) => (window as unknown as { bench(n: number): Promise<{ times: Record<string, number[]>; isolated: boolean; threads: number; variant: string; same: boolean; cores: number }> }).bench(rounds), ROUNDS);
    const after = load();
    const [t1, t2, to] = [r.times["mixc 1T"]!, r.times["mixc 2T"]!, r.times["onnxruntime-web 2T"]!];
    const header = ["model", "mixc 1T ms (p10-p90)", "mixc 2T ms", "2T / 1T", "onnxruntime-web 2T ms", "mixc 2T / ort-web 2T", "bitwise equal", "load avg before / after"];
    const row = [m.name, spread(t1), spread(t2), (median(t2) / median(t1)).toFixed(2), spread(to), (median(t2) / median(to)).toFixed(2), r.same ? "yes" : "NO", `${before} / ${after}`];
    return `Chromium ${browser.version()} (crossOriginIsolated ${r.isolated}, ${r.cores} cores, mixc ${r.variant} on ${r.threads} threads), ${ROUNDS} alternating rounds after 5 warm-ups\n\n${markdownTable(header, [row])}`;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  needReferences("bench/threads.ts", MODELS);
  console.log(await benchThreadsNode());
  if (process.argv.includes("--chromium")) console.log(`\n${await benchThreadsChromium()}`);
}
