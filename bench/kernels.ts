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
const { KERNELS, kernelFor } = await import("../compiler/backend/kernel-table.ts");
const { opMacs } = await import("../compiler/ir/stats.ts");
const { measureSimdPeak } = await import("./simd-peak.ts");

const SPECS = (process.env.BENCH_SPECS ?? "specs/mixnet-s.mix,specs/mobilenetv3-large.mix").split(",");
/** Shortest timed loop, and how many loops per layer (the best counts). */
const LOOP_MS = 2;
const LOOPS = Number(process.env.BENCH_ROUNDS ?? 7);

/** Best time of one call of `run`, in seconds. */
function bestSeconds(run: () => void): number {
  let n = 1;
  for (let t0 = performance.now(); performance.now() - t0 < LOOP_MS; n *= 2) for (let i = 0; i < n; i++) run();
  let best = Infinity;
  for (let l = 0; l < LOOPS; l++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) run();
    best = Math.min(best, (performance.now() - t0) / 1e3 / n);
  }
  return best;
}

const peak = measureSimdPeak();
console.log(`WebAssembly SIMD peak here: ${peak.mulAdd.toFixed(1)} GFLOP/s mul+add${peak.fma ? `, ${peak.fma.toFixed(1)} relaxed FMA` : ""}; one thread\n`);
for (const spec of SPECS) {
  const { bytes, program, model } = await compile(spec, { seed: 1 });
  const { graph, weights } = model;
  // A mean adds every input element once; the others multiply-accumulate.
  const elements = (name: string) => graph.ops.find((o) => o.out === name)!.shape!.reduce((a, b) => a * b, 1);
  const flops = graph.ops.map((op) => (op.op === "mean" ? elements(op.ins[0]!) : 2 * opMacs(op, (name) => [weights!.get(name)!.length])));
  const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, {});
  const main = instance.exports as unknown as { memory: WebAssembly.Memory; run_layer: (i: number) => void };
  const twin = (await WebAssembly.instantiate(program.relaxedCode as Uint8Array<ArrayBuffer>, { env: { memory: main.memory } })).instance.exports as { run_layer: (i: number) => void };
  const rows = [["entry", "layers", "MFLOP", "simd128 GFLOP/s", "relaxed GFLOP/s"]];
  const seconds = (runLayer: (i: number) => void) => graph.ops.map((_, i) => bestSeconds(() => runLayer(i)));
  const times = { simd128: seconds(main.run_layer), relaxed: seconds(twin.run_layer) };
  for (const { form } of KERNELS) {
    const layers = graph.ops.flatMap((op, i) => (kernelFor(graph, op)!.form === form ? [i] : []));
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
