// npm run bench: mixc against onnxruntime-web (wasm, SIMD, one thread) on
// MixNet-S and -M from ../shared, in one process, alternating, with medians
// and ratios; GFLOP/s against the SIMD peak measured here; compile time, code
// size excluding weights, and the arena's peak memory.
import { existsSync, readFileSync } from "node:fs";
import { compile } from "../compiler/compile.ts";
import { loadModel } from "../runtime/index.ts";
import { loadOrtWeb } from "./peers/onnxruntime-web.ts";
import { measureSimdPeak } from "./simd-peak.ts";
import { alternate, median, percentile } from "./timing.ts";

const SHARED = new URL("../../shared/", import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const MODELS = [
  { name: "mixnet_s", spec: "specs/mixnet-s.mix" },
  { name: "mixnet_m", spec: "specs/mixnet-m.mix" },
];

if (!existsSync(`${SHARED}fixtures`)) {
  console.error(`npm run bench needs the reference models in ${SHARED} (fixtures/ and onnx/)`);
  process.exit(1);
}

const floats = (file: string) => {
  const b = readFileSync(file);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

const peak = measureSimdPeak();
const rows: string[][] = [];
for (const m of MODELS) {
  const dir = `${SHARED}fixtures/${m.name}`;
  const meta = JSON.parse(readFileSync(`${dir}/meta.json`, "utf8"));
  const input = floats(`${dir}/input.bin`);
  const started = performance.now();
  const compiled = compile(m.spec, { weights: `${dir}/weights.safetensors` });
  const compileSeconds = (performance.now() - started) / 1000;
  const mixc = await loadModel(compiled.bytes, { backend: "wasm" });
  const ort = await loadOrtWeb(`${SHARED}onnx/${m.name}.onnx`);
  const times = await alternate(
    [
      { name: "mixc", run: () => mixc.run(input) },
      { name: "ort", run: () => ort.run(input) },
    ],
    { warmup: 5, rounds: ROUNDS },
  );
  const [a, b] = [times.get("mixc")!, times.get("ort")!];
  const gflops = (2 * meta.macs.macs_total) / (median(a) * 1e6);
  rows.push([
    m.name,
    `${median(a).toFixed(1)} (${percentile(a, 10).toFixed(1)}-${percentile(a, 90).toFixed(1)})`,
    `${median(b).toFixed(1)} (${percentile(b, 10).toFixed(1)}-${percentile(b, 90).toFixed(1)})`,
    `${(median(a) / median(b)).toFixed(2)}x`,
    `${gflops.toFixed(1)} (${((100 * gflops) / peak.mulAdd).toFixed(0)}%)`,
    compileSeconds.toFixed(2),
    (compiled.meta.wasm.codeBytes / 1024).toFixed(1),
    (compiled.meta.wasm.arenaBytes / 2 ** 20).toFixed(1),
  ]);
  mixc.dispose();
  await ort.dispose();
}

const header = ["model", "mixc ms (p10-p90)", "onnxruntime-web ms (p10-p90)", "mixc / ort", "mixc GFLOP/s (of peak)", "compile s", "code KiB", "arena MiB"];
const table = [header, header.map(() => "---"), ...rows];
console.log(`WebAssembly SIMD peak here: ${peak.mulAdd.toFixed(1)} GFLOP/s mul+add${peak.fma ? `, ${peak.fma.toFixed(1)} relaxed FMA` : ""}; one thread; ${ROUNDS} alternating rounds\n`);
console.log(table.map((r) => `| ${r.join(" | ")} |`).join("\n"));
