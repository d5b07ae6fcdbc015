// npm run bench: mixc against onnxruntime-web (wasm, SIMD, one thread) and native
// onnxruntime-node (CPU, one and two threads) on MixNet-S, -M and -L and
// MobileNetV3-Large, in one process, alternating, with medians and ratios; GFLOP/s
// against the SIMD peak measured in the same run, for each network and for each
// kernel group of MixNet-M; compile time, code size excluding weights, and the arena.
// S, M and MobileNetV3 use their fixtures in ../shared; MixNet-L has no shared fixture
// or ONNX model, so it is compiled with seeded weights (--seed 1), runs on MixNet-M's
// input, and its peers run an ONNX export of the same network and weights
// (onnx-export/, checked against mixc's reference interpreter before it is timed).
// Last, mixc on two threads (bench/threads.ts).
import { existsSync, readFileSync } from "node:fs";
import v8 from "node:v8";
// Node 20 has relaxed SIMD behind a flag; it must be on before any module compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { compile } = await import("../compiler/compile.ts");
const { loadModel } = await import("../runtime/index.ts");
const { loadOrtWeb } = await import("./peers/onnxruntime-web.ts");
const { loadOrtNode } = await import("./peers/onnxruntime-node.ts");
const { measureSimdPeak } = await import("./simd-peak.ts");
const { alternate, median, percentile } = await import("./timing.ts");
const { kernelGroup, layerFlops, layerSeconds } = await import("./layer-times.ts");
const { peerExport } = await import("./onnx-export/export.ts");
const { benchThreadsNode } = await import("./threads.ts");

const SHARED = new URL("../../shared/", import.meta.url).pathname;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** fixture: the ../shared fixture whose weights, input and ONNX model it uses (else seeded weights, MixNet-M's input and an ONNX export). */
const MODELS = [
  { name: "mixnet_s", spec: "specs/mixnet-s.mix", fixture: true },
  { name: "mixnet_m", spec: "specs/mixnet-m.mix", fixture: true, groups: true },
  { name: "mixnet_l", spec: "specs/mixnet-l.mix", fixture: false },
  { name: "mobilenetv3_large_100", spec: "specs/mobilenetv3-large.mix", fixture: true },
];

if (!existsSync(`${SHARED}fixtures`)) {
  console.error(`npm run bench needs the reference models in ${SHARED} (fixtures/ and onnx/)`);
  process.exit(1);
}

const floats = (file: string) => {
  const b = readFileSync(file);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
const markdown = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const spread = (t: number[]) => `${median(t).toFixed(1)} (${percentile(t, 10).toFixed(1)}-${percentile(t, 90).toFixed(1)})`;

const peak = measureSimdPeak();
const PEERS = ["onnxruntime-web", "onnxruntime-node 1T", "onnxruntime-node 2T"];
const rows: string[][] = [];
const groupRows: string[][] = [];
for (const m of MODELS) {
  const dir = `${SHARED}fixtures/${m.fixture ? m.name : "mixnet_m"}`;
  const input = floats(`${dir}/input.bin`);
  const started = performance.now();
  const compiled = await compile(m.spec, m.fixture ? { weights: `${dir}/weights.safetensors` } : { seed: 1 });
  const compileSeconds = (performance.now() - started) / 1000;
  const flops = layerFlops(compiled);
  const totalFlops = flops.reduce((a, b) => a + b, 0);
  const relaxed = await loadModel(compiled.bytes, { backend: "wasm" });
  const plain = await loadModel(compiled.bytes, { backend: "wasm", relaxedSimd: false });
  const onnx = m.fixture ? `${SHARED}onnx/${m.name}.onnx` : await peerExport(m.spec);
  const peers = existsSync(onnx) ? [await loadOrtWeb(onnx), await loadOrtNode(onnx, 1), await loadOrtNode(onnx, 2)] : [];
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
  if (m.groups) {
    // Each layer alone, best of 7 loops: where the time goes, against the same peaks.
    const { graph } = compiled.model;
    const seconds = await layerSeconds(compiled, 7);
    const groups = [...new Set(graph.ops.map((op) => kernelGroup(graph, op)))];
    for (const group of groups) {
      const layers = graph.ops.flatMap((op, i) => (kernelGroup(graph, op) === group ? [i] : []));
      const sum = (v: number[]) => layers.reduce((n, i) => n + v[i]!, 0);
      const rate = (t: number[], ceiling: number) => `${(sum(flops) / sum(t) / 1e9).toFixed(1)} (${((100 * sum(flops)) / sum(t) / 1e9 / ceiling).toFixed(0)}%)`;
      groupRows.push([group, String(layers.length), (sum(seconds.simd128) * 1e3).toFixed(2), rate(seconds.simd128, peak.mulAdd), (sum(seconds.relaxed) * 1e3).toFixed(2), rate(seconds.relaxed, peak.fma!)]);
    }
  }
}

const header = ["model (mixc code)", "mixc ms (p10-p90)", ...PEERS.map((p) => `${p} ms`), ...PEERS.map((p) => `mixc / ${p}`), "mixc GFLOP/s (of that peak)", "compile s", "code KiB", "arena MiB"];
console.log(`WebAssembly SIMD peak here: ${peak.mulAdd.toFixed(1)} GFLOP/s mul+add${peak.fma ? `, ${peak.fma.toFixed(1)} relaxed FMA` : ""}; one thread; ${ROUNDS} alternating rounds\n`);
console.log(markdown([header, header.map(() => "---"), ...rows]));
const groupHeader = ["MixNet-M kernel group", "layers", "simd128 ms", "simd128 GFLOP/s (of mul+add peak)", "relaxed ms", "relaxed GFLOP/s (of FMA peak)"];
console.log(`\nMixNet-M per kernel group (each layer alone, best of 7 loops; seconds summed over the group's layers):\n`);
console.log(markdown([groupHeader, groupHeader.map(() => "---"), ...groupRows]));
console.log(`\nThreads (bench/threads.ts; --chromium there adds Chromium beside onnxruntime-web):\n\n${await benchThreadsNode()}`);

