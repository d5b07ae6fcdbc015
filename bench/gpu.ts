// npm run bench:gpu: mixc's bundle on WebGPU against onnxruntime-web's WebGPU
// execution provider on the same ONNX model, in one Node process on one Dawn
// GPU (npm webgpu). Per model: both must give the fixture's top-5 (else exit
// 1); then the first inference of each (model bytes to logits: mixc's load
// with its device, pipelines and upload, onnxruntime's session creation, whose
// shaders compile during its first run), then latency after warm-up, the two
// alternating, as median and p10-p90, and the ratio.
// On a software adapter (SwiftShader, lavapipe) the numbers say nothing about speed; the script says so.
//
//   npx tsx bench/gpu.ts [--models mixnet_m,mixnet_s] [--rounds 50] [--warmup 10] [--shared DIR] [--require-gpu] [--gpu-precision f16]
//
// --gpu-precision f16 runs mixc's half-precision 1x1 kernels (only on an adapter
// with shader-f16; elsewhere it measures nothing) and checks only the top-1.
//
// DIR (default ../shared) holds onnx/NAME.onnx and fixtures/NAME/{input.bin,meta.json,weights.safetensors};
// graph parameters missing from weights.safetensors are taken from the ONNX
// model's initializers of the same name (bench/gpu-device.sh ships only those
// that differ, to fit a device machine's transfer limit).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
// As in bench.ts: the wasm module that holds mixc's weights may carry relaxed SIMD; set before any module compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { loadGraph } = await import("../compiler/api.ts");
const { compile } = await import("../compiler/compile.ts");
const { readSafetensors, writeSafetensors } = await import("../compiler/weights/safetensors.ts");
const { nodeGpu } = await import("../cli/gpu.ts");
const { loadModel } = await import("../runtime/index.ts");
const { onnxInitializers } = await import("./onnx-initializers.ts");
const { loadOrtWebGpu } = await import("./peers/onnxruntime-webgpu.ts");
const { alternate, median, percentile } = await import("./timing.ts");

const OPTIONS = {
  models: { type: "string", default: "mixnet_m,mixnet_s" },
  rounds: { type: "string", default: "50" },
  warmup: { type: "string", default: "10" },
  shared: { type: "string", default: new URL("../../shared/", import.meta.url).pathname },
  "require-gpu": { type: "boolean", default: false },
  "gpu-precision": { type: "string", default: "f32" },
} as const;
const fail = (why: string): never => {
  console.error(`bench/gpu.ts: ${why}`);
  process.exit(2);
};
const { values: opts } = (() => {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (e) {
    return fail((e as Error).message);
  }
})();

const [rounds, warmup] = [Number(opts.rounds), Number(opts.warmup)];
const precision = opts["gpu-precision"] as "f32" | "f16";
const misuse = [
  !(Number.isInteger(rounds) && rounds >= 1) && `--rounds needs a whole number from 1, not '${opts.rounds}'`,
  !(Number.isInteger(warmup) && warmup >= 0) && `--warmup needs a whole number from 0, not '${opts.warmup}'`,
  !["f32", "f16"].includes(precision) && `--gpu-precision is f32 or f16, not '${precision}'`,
].find(Boolean);
if (misuse) fail(misuse);

const floats = (file: string) => new Float32Array(new Uint8Array(readFileSync(file)).buffer);
const top5 = (logits: Float32Array) => [...logits.keys()].sort((a, b) => logits[b]! - logits[a]!).slice(0, 5);
const ms = (t: number) => t.toFixed(1);
const spread = (t: number[]) => `${ms(median(t))} (${ms(percentile(t, 10))}-${ms(percentile(t, 90))})`;
async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await body();
  return [value, performance.now() - t0];
}

/** A safetensors file with every graph parameter: the checkpoint's, else the ONNX initializer of that name. */
function completeWeights(spec: string, checkpoint: string, onnx: Uint8Array): string {
  const tensors = new Map<string, { shape: number[]; data: ArrayLike<number> }>(readSafetensors(readFileSync(checkpoint), checkpoint));
  const initializers = onnxInitializers(onnx);
  for (const p of loadGraph(spec).params) {
    const t = initializers.get(p.name);
    if (!tensors.has(p.name) && t) tensors.set(p.name, t);
  }
  const file = join(mkdtempSync(join(tmpdir(), "mixc-bench-gpu-")), "weights.safetensors");
  writeFileSync(file, writeSafetensors(tensors));
  return file;
}

const gpu = await nodeGpu();
const adapter = (await gpu.requestAdapter({ powerPreference: "high-performance" }))!;
const { vendor, architecture, device, description } = adapter.info;
const software = /swiftshader|llvmpipe/i.test(`${architecture} ${description}`) || (adapter.info as { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
console.log(`adapter: ${[vendor, architecture, device, description].filter(Boolean).join(" / ")}; shader-f16: ${adapter.features.has("shader-f16") ? "yes" : "no"}`);
if (software) {
  console.log("a software adapter (a CPU): correctness of this script only; these numbers say nothing about GPU speed");
  if (opts["require-gpu"]) {
    console.error("--require-gpu: the adapter is a software renderer");
    process.exit(1);
  }
}
if (precision === "f16" && !adapter.features.has("shader-f16")) {
  console.log("--gpu-precision f16: the adapter lacks shader-f16; nothing to measure");
  process.exit(0);
}

const models = opts.models!.split(",").map((name) => {
  const dir = resolve(opts.shared!, "fixtures", name);
  const missing = [resolve(opts.shared!, "onnx", `${name}.onnx`), ...["weights.safetensors", "input.bin", "meta.json"].map((f) => join(dir, f))].find((f) => !existsSync(f));
  if (missing) fail(`${missing} is missing (--shared DIR holds onnx/NAME.onnx and fixtures/NAME/{weights.safetensors,input.bin,meta.json})`);
  return {
    name,
    spec: `specs/${name.replace(/_/g, "-")}.mix`,
    onnx: new Uint8Array(readFileSync(resolve(opts.shared!, "onnx", `${name}.onnx`))),
    checkpoint: join(dir, "weights.safetensors"),
    input: floats(join(dir, "input.bin")),
    top5: JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")).top5 as number[],
  };
});

// onnxruntime-web's runtime (its 27 MB wasm, its device) starts once per process: timed apart, not in a first inference.
const [warm, ortInit] = await timed(() => loadOrtWebGpu(models[0]!.onnx, gpu));
await warm.dispose();

const rows: string[][] = [];
for (const m of models) {
  const bundle = (await compile(m.spec, { weights: completeWeights(m.spec, m.checkpoint, m.onnx) })).bytes;
  const [[mixc, mixcLogits], mixcFirst] = await timed(async () => {
    const model = await loadModel(bundle, { backend: "webgpu", gpu, gpuPrecision: precision });
    return [model, await model.run(m.input)] as const;
  });
  const [[ort, ortLogits], ortFirst] = await timed(async () => {
    const session = await loadOrtWebGpu(m.onnx, gpu);
    return [session, await session.run(m.input)] as const;
  });
  const diff = Math.max(...ortLogits.map((v, i) => Math.abs(v - mixcLogits[i]!)));
  const [a, b] = [top5(mixcLogits), top5(ortLogits)];
  console.log(`${m.name}: mixc on ${mixc.variant}; top-5 mixc ${a.join(" ")}, onnxruntime-web ${b.join(" ")}, fixture ${m.top5.join(" ")}; max |mixc - ort| = ${diff.toExponential(2)}`);
  // Half precision may reorder close runners-up: its top-1 must hold.
  const checked = precision === "f16" ? 1 : 5;
  if (a.slice(0, checked).join() !== m.top5.slice(0, checked).join() || b.join() !== m.top5.join()) {
    console.error(`${m.name}: the top-5 differ; not timing a wrong answer`);
    process.exit(1);
  }
  const times = await alternate(
    [
      { name: "mixc", run: () => mixc.run(m.input) },
      { name: "ort", run: () => ort.run(m.input) },
    ],
    { warmup, rounds },
  );
  const [t, o] = [times.get("mixc")!, times.get("ort")!];
  rows.push([m.name, spread(t), spread(o), `${(median(t) / median(o)).toFixed(2)}x`, ms(mixcFirst), ms(ortFirst)]);
  mixc.dispose();
  await ort.dispose();
}

const header = ["model", `mixc webgpu${precision === "f16" ? " f16" : ""} ms (p10-p90)`, "onnxruntime-web webgpu ms (p10-p90)", "mixc / ort", "mixc first inference ms", "ort first inference ms"];
console.log(`\nbatch 1, ${warmup} warm-up runs each, then ${rounds} alternating rounds; onnxruntime-web's runtime start (once per process, not in its first inference): ${ms(ortInit)} ms\n`);
console.log([header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n"));
