// npm run bench:image: a phone photo's bytes to MixNet-M's input tensor, side by
// side with the network's own inference, in Node, Chromium and workerd (one run,
// each environment's contenders alternating; medians and ratios), and what each
// path's pixels do to the logits against PIL's. The photos are made by PIL
// (scripts/make-photos.py) at the start. --json prints the results as one object.
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import v8 from "node:v8";
import type { Effect } from "./image/effect.ts";
import type { WorkerCpu } from "./image/workerd.ts";
import type { Batches } from "./image/workerd-cpu.ts";
// Node 20 has relaxed SIMD behind a flag; it must be on before any module compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { default: sharp } = await import("sharp");
const { compile } = await import("../compiler/compile.ts");
const { loadModel } = await import("../runtime/index.ts");
const { timeChromium } = await import("./image/chromium.ts");
const { rgbCrop } = await import("./image/crops.ts");
const { effectOf } = await import("./image/effect.ts");
const { bundleKernel } = await import("./image/kernel.ts");
const { INFERENCE, timeNode } = await import("./image/node.ts");
const { nodePaths } = await import("./image/node-paths.ts");
const { makeBenchPhotos } = await import("./image/photos.ts");
const { pilVersion } = await import("../test/image/make-photos.ts");
const { FLOAT32, timeWorkerd } = await import("./image/workerd.ts");
const { median, percentile } = await import("./timing.ts");
const { randomInputs } = await import("../test/worker/fixtures.ts");

/** Seconds each environment's alternation may take (the whole run stays near 3 minutes). */
const BUDGET_S = { node: 50, chromium: 25, workerd: 15, workerdCpu: 30 };
const FIXTURE = new URL("../../shared/fixtures/mixnet_m/", import.meta.url).pathname;
const json = process.argv.includes("--json");
const started = performance.now();
const log = (text: string) => (json ? process.stderr : process.stdout).write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

// MixNet-M with the reference fixture's weights where ../shared has them (random weights either way).
const fixture = existsSync(`${FIXTURE}weights.safetensors`);
const compiled = await compile("specs/mixnet-m.mix", fixture ? { weights: `${FIXTURE}weights.safetensors`, target: "wasm" } : { seed: 1, target: "wasm" });
const bundle = new Uint8Array(compiled.bytes);
const model = await loadModel(bundle, { backend: "wasm" });
const p = model.meta.preprocessing!;
if (typeof p.resize !== "number" || typeof p.crop !== "number") throw new Error("bench:image measures a square crop of the shorter side (MixNet-M's)");
const inputSize = model.meta.input.shape.reduce((a, b) => a * b, 1);
const floats = (b: Buffer) => new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
const input = fixture ? floats(readFileSync(`${FIXTURE}input.bin`)) : randomInputs(1, inputSize, 1)[0]!;
const kernel = await bundleKernel(bundle, model.meta.name, inputSize);

log(`making the photos with PIL (scripts/make-photos.py)...`);
const { timed, compared } = await makeBenchPhotos(p.resize, p.crop);

log(`Node: ${BUDGET_S.node} s of alternating rounds...`);
const paths = nodePaths(p);
const node = await timeNode({ paths, jpegs: [timed.jpeg12, timed.progressive12], png: timed.png12, kernel, model, input, p }, BUDGET_S.node * 1000);

log(`pixels and logits against PIL's...`);
const references = compared.map((photo) => photo.reference);
const effects: { path: string; where: string; effect: Effect }[] = [];
for (const path of paths) {
  const crops = [];
  for (const photo of compared) crops.push(rgbCrop(await path.decode(photo), p));
  effects.push({ path: path.name, where: "Node", effect: await effectOf(crops, references, model, p) });
}

log(`Chromium: ${BUDGET_S.chromium} s...`);
const chromium = await timeChromium([timed.jpeg12, timed.progressive12], compared, bundle, input, BUDGET_S.chromium * 1000);
if (typeof chromium !== "string") {
  for (const [path, crops] of Object.entries(chromium.crops)) {
    effects.push({ path, where: "Chromium", effect: await effectOf(crops.map((c) => Buffer.from(c, "base64")), references, model, p) });
  }
}

log(`workerd: ${BUDGET_S.workerd} s, then ${BUDGET_S.workerdCpu} s of CPU time batches...`);
const workerd = await timeWorkerd([timed.jpeg2, timed.jpeg12], input, BUDGET_S.workerd * 1000, BUDGET_S.workerdCpu * 1000);
model.dispose();

const seconds = (performance.now() - started) / 1000;
if (json) {
  const page = typeof chromium === "string" ? chromium : { ...chromium, crops: undefined };
  console.log(JSON.stringify({ seconds, node, chromium: page, workerd, effects, photos: compared.map(({ name, width, height }) => ({ name, width, height })) }));
  process.exit(0);
}

const ms = (t: number) => (t >= 100 ? t.toFixed(0) : t.toFixed(1));
const spread = (t: number[]) => `${ms(median(t))} (${ms(percentile(t, 10))}-${ms(percentile(t, 90))})`;
const table = (header: string[], rows: string[][]) => [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");

const timedRows = (where: string, rows: { path: string; photo: string; decodedAt: string; times: number[] }[]) => {
  const inference = median(rows.find((r) => r.path === INFERENCE)!.times);
  return rows.map((r) => [where, r.path, r.photo, r.decodedAt, spread(r.times), `${(median(r.times) / inference).toFixed(2)}x`]);
};

console.log(`
npm run bench:image: ${cpus().length} x ${cpus()[0]?.model}, Node ${process.versions.node}, sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}, ${sharp.concurrency()} thread(s))
MixNet-M (${fixture ? "the reference fixture's weights" : "seeded weights"}), ${model.variant}; preprocessing: shorter side to ${p.resize}, centre crop ${p.crop}; mixc's fast path decodes JPEGs at the smallest n/8 scale keeping the shorter side >= ${2 * p.resize}
Photos made by PIL from synthetic scenes: ${[timed.jpeg12, timed.progressive12, timed.jpeg2, timed.png12].map((f) => `${f.name} ${f.width}x${f.height} ${(f.bytes.length / 2 ** 20).toFixed(1)} MiB`).join(", ")}

bytes -> input tensor, ms (median, p10-p90); "/ inference" is the median over MixNet-M's own run(input) median in the same environment (target: <= 2x for the 12 MP JPEG).
Node: ${node.rounds} alternating rounds; Chromium: ${typeof chromium === "string" ? chromium : `${chromium.rounds} rounds, ${/Chrome\/[\d.]+/.exec(chromium.browser)?.[0]}`}

${table(["where", "path", "photo", "decoded at", "ms", "/ inference"], [...timedRows("Node", node.rows), ...(typeof chromium === "string" ? [] : timedRows("Chromium", chromium.rows))])}
`);

const workerdCpuReport = (cpu: WorkerCpu | string) => {
  if (typeof cpu === "string") return `workerd CPU time: not measured: ${cpu}`;
  const at = (b: Batches) => median(b.perRequest);
  const cpuMs = (t: number) => t.toFixed(t >= 100 ? 0 : t >= 1 ? 1 : 2);
  const range = (b: Batches) => `${cpuMs(at(b))} (${cpuMs(Math.min(...b.perRequest))}-${cpuMs(Math.max(...b.perRequest))}) x ${b.size}`;
  const float32 = cpu.requests.find((r) => r.request === FLOAT32)!;
  const inference = at(float32.answered) - at(float32.read);
  const jpegs = cpu.requests.filter((r) => r !== float32);
  const decode = (r: WorkerCpu["requests"][number]) => at(r.answered) - at(r.read) - inference;
  const withBody = (r: WorkerCpu["requests"][number]) => at(r.answered) - at(cpu.refused) - inference;
  return `workerd's CPU time per request (/proc/<pid>/stat utime + stime, all threads, ${cpu.tickMs} ms ticks), ${cpu.rounds} rounds of alternating batches of sequential requests:
CPU ms per request, median (min-max) over the batches x requests a batch; "read, refused": the same body (4 bytes longer) POSTed as a wrong-size float32 tensor; empty body, refused: ${range(cpu.refused)}

${table(["request", "answered", "read, refused"], cpu.requests.map((r) => [r.request, range(r.answered), range(r.read)]))}

MixNet-M's inference: the float32 request less its body read, refused: ${cpuMs(inference)} ms. bytes -> input: a JPEG request less its body read, refused, less inference; with reading the body: less the empty body's request instead (target: <= 2x inference for the 12 MP JPEG)

${table(
  ["photo", "bytes -> input, CPU ms", "/ inference", "with reading the body", "/ inference"],
  jpegs.map((r) => [r.request, cpuMs(decode(r)), `${(decode(r) / inference).toFixed(2)}x`, cpuMs(withBody(r)), `${(withBody(r) / inference).toFixed(2)}x`]),
)}`;
};

if (typeof workerd === "string") console.log(`workerd: not measured: ${workerd}\n`);
else {
  const float32 = median(workerd.rows.find((r) => r.request === FLOAT32)!.times!);
  console.log(`workerd, mixc compile specs/mixnet-m.mix --seed 1 --target worker: POST / to the JSON answer, ${workerd.rounds} alternating rounds; worker limits ${JSON.stringify(workerd.limits)}
(target: a 2 MP JPEG <= 2x the raw float32 request; "bytes -> input" is the request's time less the float32 request's, against that request's time, which bounds inference)

${table(
  ["request", "ms", "/ float32 request", "bytes -> input / float32 request"],
  workerd.rows.map((r) =>
    r.times
      ? [r.request, spread(r.times), `${(median(r.times) / float32).toFixed(2)}x`, r.request === FLOAT32 ? "" : `${((median(r.times) - float32) / float32).toFixed(2)}x`]
      : [r.request, `refused: ${r.refused}`, "", ""],
  ),
)}

${workerdCpuReport(workerd.cpu)}
`);
}

console.log(`Against PIL ${pilVersion()} (convert("RGB"), resize(BICUBIC) of the shorter side to ${p.resize}, centre crop ${p.crop}) on ${compared.length} photos (${compared.map((c) => c.name).join("; ")}):
absolute pixel differences in 0..255 levels over the crop; absolute differences of MixNet-M's logits on each path's crop from those on PIL's (largest |logit| on PIL's crops: ${effects[0]!.effect.logitScale.toFixed(2)})

${table(
  ["path", "where", "pixel diff, max (each photo's)", "pixel diff, mean", "logit diff, max", "same top-1"],
  effects.map(({ path, where, effect: e }) => [path, where, `${e.maxPixel} (${e.maxPixelByPhoto.join(", ")})`, e.meanPixel.toFixed(3), e.maxLogit.toExponential(2), `${e.sameTop1}/${e.photos}`]),
)}

${seconds.toFixed(0)} s in all`);
