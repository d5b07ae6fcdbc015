import type { Backend, LayerTime } from "../../runtime/index.ts";
import { suggestion } from "../../compiler/index.ts";
import { loadBundle } from "../load-bundle.ts";
import { gpuPrecisionOption, gpuPrecisionUsage, webgpuUsage } from "../gpu.ts";
import { intOption, MisuseError, type Command } from "../command.ts";

const SORTS = ["order", "time"];

/** Each layer's share of the layers' total time, slowest first with --sort time. */
function withShares(layers: LayerTime[], sort: string): (LayerTime & { share: number })[] {
  const total = layers.reduce((n, l) => n + l.ms, 0);
  const shared = layers.map((l) => ({ ...l, share: total > 0 ? l.ms / total : 0 }));
  return sort === "time" ? shared.sort((a, b) => b.ms - a.ms) : shared;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))]!;

export const bench: Command = {
  name: "bench",
  summary: "time a bundle: latency percentiles, and per layer with --per-layer",
  usage: [
    "mixc bench BUNDLE [--backend wasm|webgpu] [--gpu-precision f32|f16] [--runs N] [--warmup N] [--per-layer [--sort time]] [--plain-simd] [--json]",
    "",
    "  --backend NAME  wasm (default) or webgpu",
    webgpuUsage(18),
    gpuPrecisionUsage(18),
    "  --runs N        timed inferences (default 50), after --warmup N (default 5)",
    "  --per-layer     time each layer: milliseconds, share of the layers' total, MACs and GFLOP/s (2 flops per MAC)",
    "  --sort time     the layers slowest first (default: in the order they run)",
    "  --plain-simd    run the plain SIMD code even where relaxed SIMD (fused multiply-add) is available",
    "  --json          one JSON object: median_ms, p10_ms, p90_ms, runs (and layers: name, kernels, macs, ms, gflops, share)",
  ].join("\n"),
  options: { backend: { type: "string" }, "gpu-precision": { type: "string" }, runs: { type: "string" }, warmup: { type: "string" }, "per-layer": { type: "boolean" }, sort: { type: "string" }, "plain-simd": { type: "boolean" }, json: { type: "boolean" } },
  positionals: 1,
  async run(values, [path], io) {
    const backend = (values.backend as string | undefined) ?? "wasm";
    if (backend !== "wasm" && backend !== "webgpu") throw new MisuseError(`unknown backend '${backend}' for bench; available: wasm, webgpu`);
    const runs = intOption(values, "runs", 50, 100_000);
    const warmup = intOption(values, "warmup", 5, 100_000);
    if (runs < 1) throw new MisuseError("--runs needs at least 1");
    const sort = (values.sort as string | undefined) ?? "order";
    if (!SORTS.includes(sort)) throw new MisuseError(`unknown --sort '${sort}'; available: ${SORTS.join(", ")}${suggestion(sort, SORTS)}`);
    if (values.sort !== undefined && !values["per-layer"]) throw new MisuseError("--sort is for --per-layer");
    const model = await loadBundle(path!, backend as Backend, { relaxedSimd: !values["plain-simd"], gpuPrecision: gpuPrecisionOption(values, backend) });
    try {
      const input = new Float32Array(model.meta.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.sin(i));
      for (let i = 0; i < warmup; i++) await model.run(input);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await model.run(input);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const result: Record<string, unknown> = { model: model.meta.name, backend, variant: model.variant, ...(model.fallback ? { fallback: model.fallback } : {}), runs, median_ms: percentile(times, 50), p10_ms: percentile(times, 10), p90_ms: percentile(times, 90) };
      const layers = values["per-layer"] ? withShares(await model.profile(Math.max(1, Math.min(runs, 20))), sort) : undefined;
      if (layers) result.layers = layers;
      if (values.json) io.out(JSON.stringify(result, null, 2) + "\n");
      else {
        io.out(`${model.meta.name} (${[backend, model.variant, model.fallback].filter(Boolean).join(", ")}): median ${times[0] !== undefined ? (result.median_ms as number).toFixed(2) : "-"} ms, p10 ${(result.p10_ms as number).toFixed(2)} ms, p90 ${(result.p90_ms as number).toFixed(2)} ms over ${runs} runs\n`);
        if (layers) {
          const width = Math.max(...layers.map((l) => l.name.length));
          io.out(`\n${"layer".padEnd(width)}  ${"ms".padStart(7)}  ${"share".padStart(6)}  ${"MACs".padStart(11)}  ${"GFLOP/s".padStart(7)}  kernels\n`);
          for (const l of layers) io.out(`${l.name.padEnd(width)}  ${l.ms.toFixed(3).padStart(7)}  ${`${(l.share * 100).toFixed(1)}%`.padStart(6)}  ${l.macs.toLocaleString("en-US").padStart(11)}  ${(l.gflops ?? 0).toFixed(1).padStart(7)}  ${l.kernels.join(",")}\n`);
        }
      }
    } finally {
      model.dispose(); // releases the GPU device, whatever happened
    }
    return 0;
  },
};
