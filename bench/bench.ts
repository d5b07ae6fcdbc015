// npm run bench: mixc against onnxruntime-web (wasm, SIMD, one thread) and native
// onnxruntime-node (CPU, one and two threads) on MixNet-S, -M and -L and
// MobileNetV3-Large, in one process, alternating, with medians and ratios; GFLOP/s
// against the SIMD peak measured in the same run, for each network and for each
// kernel group of MixNet-M; compile time, code size excluding weights, and the arena.
// The networks and their peers' models: networks.ts. Last, mixc on two threads
// (bench/threads.ts). BENCH_ROUNDS=N sets the rounds (30); BENCH_NETWORKS=a,b
// runs those networks alone, without the threads table.
import v8 from "node:v8";
// Node 20 has relaxed SIMD behind a flag; it must be on before any module compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { compile } = await import("../compiler/compile.ts");
const { loadModel } = await import("../runtime/index.ts");
const { loadOrtWeb } = await import("./peers/onnxruntime-web.ts");
const { loadOrtNode } = await import("./peers/onnxruntime-node.ts");
const { measureSimdPeak } = await import("./simd-peak.ts");
const { alternate, markdownTable, median, spread } = await import("./timing.ts");
const { kernelGroup, layerFlops, layerSeconds } = await import("./layer-times.ts");
const { inputOf, needReferences, NETWORKS, onnxOf, weightsOf } = await import("./networks.ts");
const { benchThreadsNode } = await import("./threads.ts");

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** The network whose time is split by kernel group. */
const GROUPS_OF = "mixnet_m";

/** BENCH_NETWORKS=name,name runs those networks alone (and leaves the threads table out). */
const only = process.env.BENCH_NETWORKS?.split(",");
const unknown = only?.filter((name) => !NETWORKS.some((n) => n.name === name)) ?? [];
if (unknown.length) {
  console.error(`npm run bench: BENCH_NETWORKS names ${unknown.join(", ")}; the networks are ${NETWORKS.map((n) => n.name).join(", ")}`);
  process.exit(1);
}
const networks = only ? NETWORKS.filter((n) => only.includes(n.name)) : NETWORKS;
needReferences("npm run bench", networks);

const peak = measureSimdPeak();
const PEERS = ["onnxruntime-web", "onnxruntime-node 1T", "onnxruntime-node 2T"];
const rows: string[][] = [];
const groupRows: string[][] = [];
for (const m of networks) {
  const input = inputOf(m);
  const started = performance.now();
  const compiled = await compile(m.spec, weightsOf(m));
  const compileSeconds = (performance.now() - started) / 1000;
  const flops = layerFlops(compiled);
  const totalFlops = flops.reduce((a, b) => a + b, 0);
  const relaxed = await loadModel(compiled.bytes, { backend: "wasm" });
  const plain = await loadModel(compiled.bytes, { backend: "wasm", relaxedSimd: false });
  const onnx = await onnxOf(m);
  const peers = onnx ? [await loadOrtWeb(onnx), await loadOrtNode(onnx, 1), await loadOrtNode(onnx, 2)] : [];
  const times = await alternate(
    [{ name: relaxed.variant, run: () => relaxed.run(input) }, { name: plain.variant, run: () => plain.run(input) }, ...peers.map((p) => ({ name: p.name, run: () => p.run(input) }))],
    { warmup: 5, rounds: ROUNDS },
  );
  for (const model of [relaxed, plain]) {
    const t = times.get(model.variant)!;
    const gflops = totalFlops / (median(t) * 1e6);
    const ceiling = model.variant === "relaxed-simd" ? peak.fma! : peak.mulAdd;
    const peerCells = PEERS.map((name) => (times.has(name) ? spread(times.get(name)!) : "no ONNX model"));
    const ratios = PEERS.map((name) => (times.has(name) ? `${(median(t) / median(times.get(name)!)).toFixed(2)}x` : "-"));
    rows.push([
      `${m.name} (${model.variant})`,
      spread(t),
      ...peerCells,
      ...ratios,
      `${gflops.toFixed(1)} (${((100 * gflops) / ceiling).toFixed(0)}%)`,
      compileSeconds.toFixed(2),
      (compiled.meta.wasm.codeBytes / 1024).toFixed(1),
      (compiled.meta.wasm.arenaBytes / 2 ** 20).toFixed(1),
    ]);
    model.dispose();
  }
  for (const p of peers) await p.dispose();
  if (m.name === GROUPS_OF) {
    // Each layer alone, best of 7 loops: where the time goes, against the same peaks.
    const { graph } = compiled.model;
    const seconds = await layerSeconds(compiled, 7);
    const groups = [...new Set(graph.ops.map((_, i) => kernelGroup(graph, i)))];
    for (const group of groups) {
      const layers = graph.ops.flatMap((_, i) => (kernelGroup(graph, i) === group ? [i] : []));
      const sum = (v: number[]) => layers.reduce((n, i) => n + v[i]!, 0);
      const rate = (t: number[], ceiling: number) => `${(sum(flops) / sum(t) / 1e9).toFixed(1)} (${((100 * sum(flops)) / sum(t) / 1e9 / ceiling).toFixed(0)}%)`;
      groupRows.push([group, String(layers.length), (sum(seconds.simd128) * 1e3).toFixed(2), rate(seconds.simd128, peak.mulAdd), (sum(seconds.relaxed) * 1e3).toFixed(2), rate(seconds.relaxed, peak.fma!)]);
    }
  }
}

const header = ["model (mixc code)", "mixc ms (p10-p90)", ...PEERS.map((p) => `${p} ms`), ...PEERS.map((p) => `mixc / ${p}`), "mixc GFLOP/s (of that peak)", "compile s", "code KiB", "arena MiB"];
console.log(`WebAssembly SIMD peak here: ${peak.mulAdd.toFixed(1)} GFLOP/s mul+add${peak.fma ? `, ${peak.fma.toFixed(1)} relaxed FMA` : ""}; one thread; ${ROUNDS} alternating rounds\n`);
console.log(markdownTable(header, rows));
const groupHeader = ["MixNet-M kernel group", "layers", "simd128 ms", "simd128 GFLOP/s (of mul+add peak)", "relaxed ms", "relaxed GFLOP/s (of FMA peak)"];
if (groupRows.length) {
  console.log(`\nMixNet-M per kernel group (each layer alone, best of 7 loops; seconds summed over the group's layers):\n`);
  console.log(markdownTable(groupHeader, groupRows));
}
if (!only) console.log(`\nThreads (bench/threads.ts; --chromium there adds Chromium beside onnxruntime-web):\n\n${await benchThreadsNode()}`);

