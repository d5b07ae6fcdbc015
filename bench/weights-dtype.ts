// npx tsx bench/weights-dtype.ts: MixNet-S and -M from ../shared (default target:
// WebAssembly and WebGPU) with their
// weights stored as f32, f16 and int8: bundle size (raw, and gzip at node:zlib's
// default level, as `mixc compile` prints it), the logits' error against
// PyTorch's float64 logits, whether the top-5 is PyTorch's, and the time to
// instantiate the compiled module: the first time (the start function that
// expands f16/int8 weights runs in baseline-compiled code then), the median,
// and the start function's share (the difference with the same module without
// its start section).
import { existsSync, readFileSync } from "node:fs";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { compile } from "../compiler/compile.ts";
import { WEIGHTS_DTYPES } from "../kernels/wasm/packed.ts";
import { loadModel } from "../runtime/index.ts";
import { sections } from "../runtime/integrity.ts";
import { median } from "./timing.ts";

const SHARED = new URL("../../shared/fixtures/", import.meta.url).pathname;
const MODELS = [
  { name: "mixnet_s", spec: "specs/mixnet-s.mix" },
  { name: "mixnet_m", spec: "specs/mixnet-m.mix" },
];
const INSTANTIATIONS = Number(process.env.BENCH_ROUNDS ?? 30);
// A collection before each timed instantiation, so that freeing the last instance's memory is not timed.
v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

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

/** The module without its start section (id 8): the same memory and data, the weights left unexpanded. */
function withoutStart(bytes: Uint8Array): Uint8Array {
  const kept = sections(bytes).filter((s) => s.id !== 8);
  return Buffer.concat([bytes.subarray(0, 8), ...kept.map((s) => bytes.subarray(s.start, s.end))]);
}

console.log("| model | weights | raw bytes | gzip bytes | max abs error vs float64 | top-5 as PyTorch's | first instantiation ms | instantiation ms, median | start function ms, median |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const m of MODELS) {
  const dir = `${SHARED}${m.name}`;
  const input = new Float32Array(read(`${dir}/input.bin`));
  const ref = new Float64Array(read(`${dir}/logits_f64.bin`));
  const reference = JSON.parse(readFileSync(`${dir}/meta.json`, "utf8")).top5 as number[];
  const rows = [];
  for (const dtype of WEIGHTS_DTYPES) {
    const { bytes } = await compile(m.spec, { weights: `${dir}/weights.safetensors`, weightsDtype: dtype });
    const module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
    const bare = await WebAssembly.compile(withoutStart(bytes) as Uint8Array<ArrayBuffer>);
    const model = await loadModel(module, { backend: "wasm" });
    const y = await model.run(input);
    model.dispose();
    const error = y.reduce((e, v, i) => Math.max(e, Math.abs(v - ref[i]!)), 0);
    const same = top5(y).every((c, i) => c === reference[i]);
    rows.push({ dtype, module, bare, times: [] as number[], expansion: [] as number[], cells: [bytes.length, gzipSync(bytes).length, error.toExponential(2), same ? "yes" : `no: ${top5(y).join(", ")}`] });
  }
  const instantiate = async (module: WebAssembly.Module) => {
    gc();
    const t = performance.now();
    await WebAssembly.instantiate(module, {});
    return performance.now() - t;
  };
  // Interleaved, so that the machine's load hits every dtype alike.
  for (let i = 0; i < INSTANTIATIONS; i++) {
    for (const r of rows) {
      const [whole, bare] = [await instantiate(r.module), await instantiate(r.bare)];
      r.times.push(whole);
      r.expansion.push(whole - bare);
    }
  }
  for (const r of rows) console.log(`| ${m.name} | ${r.dtype} | ${r.cells.join(" | ")} | ${r.times[0]!.toFixed(1)} | ${median(r.times).toFixed(1)} | ${r.dtype === "f32" ? "none" : median(r.expansion).toFixed(1)} |`);
}
