// npx tsx bench/weights-dtype.ts: MixNet-S and -M from ../shared (default target:
// WebAssembly and WebGPU) with their
// weights stored as f32, f16 and int8: bundle size (raw, and gzip at node:zlib's
// default level, as `mixc compile` prints it), the logits' error against
// PyTorch's float64 logits, whether the top-5 is PyTorch's, and the median time
// to instantiate the compiled module (which runs the start function that
// expands f16/int8 weights to float32).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { compile } from "../compiler/compile.ts";
import { WEIGHTS_DTYPES } from "../kernels/wasm/packed.ts";
import { loadModel } from "../runtime/index.ts";
import { median } from "./timing.ts";

const SHARED = new URL("../../shared/fixtures/", import.meta.url).pathname;
const MODELS = [
  { name: "mixnet_s", spec: "specs/mixnet-s.mix" },
  { name: "mixnet_m", spec: "specs/mixnet-m.mix" },
];
const INSTANTIATIONS = Number(process.env.BENCH_ROUNDS ?? 30);

if (!existsSync(SHARED)) {
  console.error(`bench/weights-dtype.ts needs the reference fixtures in ${SHARED}`);
  process.exit(1);
}

const read = (file: string) => {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};
const top5 = (y: ArrayLike<number>) =>
  Array.from(y, (v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([, i]) => i);

console.log("| model | weights | raw bytes | gzip bytes | max abs error vs float64 | top-5 as PyTorch's | instantiate ms, median (min) |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const m of MODELS) {
  const dir = `${SHARED}${m.name}`;
  const input = new Float32Array(read(`${dir}/input.bin`));
  const ref = new Float64Array(read(`${dir}/logits_f64.bin`));
  const reference = JSON.parse(readFileSync(`${dir}/meta.json`, "utf8")).top5 as number[];
  const rows = [];
  for (const dtype of WEIGHTS_DTYPES) {
    const { bytes } = compile(m.spec, { weights: `${dir}/weights.safetensors`, weightsDtype: dtype });
    const module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
    const model = await loadModel(module, { backend: "wasm" });
    const y = await model.run(input);
    model.dispose();
    const error = y.reduce((e, v, i) => Math.max(e, Math.abs(v - ref[i]!)), 0);
    const same = top5(y).every((c, i) => c === reference[i]);
    rows.push({ dtype, module, times: [] as number[], cells: [bytes.length, gzipSync(bytes).length, error.toExponential(2), same ? "yes" : `no: ${top5(y).join(", ")}`] });
  }
  // Interleaved, so that the machine's load hits every dtype alike.
  for (let i = 0; i < INSTANTIATIONS; i++) {
    for (const r of rows) {
      const t = performance.now();
      await WebAssembly.instantiate(r.module, {});
      r.times.push(performance.now() - t);
    }
  }
  for (const r of rows) console.log(`| ${m.name} | ${r.dtype} | ${r.cells.join(" | ")} | ${median(r.times).toFixed(1)} (${Math.min(...r.times).toFixed(1)}) |`);
}
