// npm run bench:kernels: GFLOP/s per entry of the kernel table
// (compiler/backend/kernel-table.ts), with SIMD128 and with relaxed SIMD, on the
// layers of real networks (random weights; no ../shared needed). Each layer runs
// alone (run_layer(i)) in a loop long enough to time; its best loop counts. An
// entry's figure is its layers' FLOPs (2 x multiply-accumulates; a mean's adds)
// over their summed times, one thread.
import v8 from "node:v8";
// Node 20 has relaxed SIMD behind a flag; it must be on before any module compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { compile } = await import("../compiler/compile.ts");
const { KERNELS } = await import("../compiler/backend/kernel-table.ts");
const { measureSimdPeak } = await import("./simd-peak.ts");
const { IN_BANDS, layerFlops, layerForm, layerSeconds } = await import("./layer-times.ts");

const SPECS = (process.env.BENCH_SPECS ?? "specs/mixnet-s.mix,specs/mobilenetv3-large.mix").split(",");
/** Timed loops per layer (the best counts). */
const LOOPS = Number(process.env.BENCH_ROUNDS ?? 7);

const peak = measureSimdPeak();
console.log(`WebAssembly SIMD peak here: ${peak.mulAdd.toFixed(1)} GFLOP/s mul+add${peak.fma ? `, ${peak.fma.toFixed(1)} relaxed FMA` : ""}; one thread\n`);
for (const spec of SPECS) {
  const compiled = await compile(spec, { seed: 1 });
  const { graph } = compiled.model;
  const flops = layerFlops(compiled);
  const rows = [["entry", "layers", "MFLOP", "simd128 GFLOP/s", "relaxed GFLOP/s"]];
  const times = await layerSeconds(compiled, LOOPS);
  for (const form of [...KERNELS.map((k) => k.form), IN_BANDS]) {
    const layers = graph.ops.flatMap((_, i) => (layerForm(graph, i) === form ? [i] : []));
    if (layers.length === 0) continue;
    const sum = (v: number[]) => layers.reduce((n, i) => n + v[i]!, 0);
    const rate = (t: number[]) => (sum(flops) / sum(t) / 1e9).toFixed(2);
    rows.push([form, String(layers.length), (sum(flops) / 1e6).toFixed(2), rate(times.simd128), rate(times.relaxed)]);
  }
  const width = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(`${spec} (${graph.ops.length} layers)`);
  for (const r of rows) console.log(`  ${r.map((v, c) => (c === 0 ? v.padEnd(width[c]!) : v.padStart(width[c]!))).join("  ")}`);
  console.log();
}
