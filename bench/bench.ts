// npm run bench: mixc against onnxruntime-web (wasm, SIMD, one thread) on
// MixNet-S, MixNet-M and MobileNetV3-Large from ../shared, in one process, alternating, with medians
// and ratios; GFLOP/s against the SIMD peak measured here; compile time, code
// size excluding weights, and the arena's peak memory.
import { existsSync, readFileSync } from "node:fs";
import v8 from "node:v8";
// Node 20 has relaxed SIMD behind a flag; it must be on before any module compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { compile } = await import("../compiler/compile.ts");
const { loadModel } = await import("../runtime/index.ts");
const { loadOrtWeb } = await import("./peers/onnxruntime-web.ts");
const { measureSimdPeak } = await import("./simd-peak.ts");
const { alternate, median, percentile } = await import("./timing.ts");

const SHARED = new URL("../../shared/", import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const MODELS = [
  { name: "mixnet_s", spec: "specs/mixnet-s.mix" },
  { name: "mixnet_m", spec: "specs/mixnet-m.mix" },
  { name: "mobilenetv3_large_100", spec: "specs/mobilenetv3-large.mix" },
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
  const compiled = await compile(m.spec, { weights: `${dir}/weights.safetensors` });
  const compileSeconds = (performance.now() - started) / 1000;
  const relaxed = await loadModel(compiled.bytes, { backend: "wasm" });
  const plain = await loadModel(compiled.bytes, { backend: "wasm", relaxedSimd: false });
  const ort = await loadOrtWeb(`${SHARED}onnx/${m.name}.onnx`);
  const times = await alternate(
    [
      { name: relaxed.variant, run: () => relaxed.run(input) },
      { name: plain.variant, run: () => plain.run(input) },
      { name: "ort", run: () => ort.run(input) },
    ],
    { warmup: 5, rounds: ROUNDS },
  );
  const spread = (t: number[]) => `${median(t).toFixed(1)} (${percentile(t, 10).toFixed(1)}-${percentile(t, 90).toFixed(1)})`;
  const ortTimes = times.get("ort")!;
  for (const model of [relaxed, plain]) {
    const t = times.get(model.variant)!;
    const gflops = (2 * meta.macs.macs_total) / (median(t) * 1e6);
    const ceiling = model.variant === "relaxed-simd" ? peak.fma! : peak.mulAdd;
    rows.push([
      `${m.name} (${model.variant})`,
      spread(t),
      spread(ortTimes),
      `${(median(t) / median(ortTimes)).toFixed(2)}x`,
      `${gflops.toFixed(1)} (${((100 * gflops) / ceiling).toFixed(0)}%)`,
      compileSeconds.toFixed(2),
      (compiled.meta.wasm.codeBytes / 1024).toFixed(1),
      (compiled.meta.wasm.arenaBytes / 2 ** 20).toFixed(1),
    ]);
    model.dispose();
  }
  await ort.dispose();
}

const header = ["model (mixc code)", "mixc ms (p10-p90)", "onnxruntime-web ms (p10-p90)", "mixc / ort", "mixc GFLOP/s (of that peak)", "compile s", "code KiB", "arena MiB"];
const table = [header, header.map(() => "---"), ...rows];
console.log(`WebAssembly SIMD peak here: ${peak.mulAdd.toFixed(1)} GFLOP/s mul+add${peak.fma ? `, ${peak.fma.toFixed(1)} relaxed FMA` : ""}; one thread; ${ROUNDS} alternating rounds\n`);
console.log(table.map((r) => `| ${r.join(" | ")} |`).join("\n"));
