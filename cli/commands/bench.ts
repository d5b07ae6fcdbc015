import type { Backend } from "../../runtime/index.ts";
import { suggestion } from "../../compiler/index.ts";
import { loadBundle } from "../load-bundle.ts";
import { timeModel } from "../timing.ts";
import { gpuPrecisionOption, gpuPrecisionUsage, webgpuUsage } from "../gpu.ts";
import { threadsOption, threadsUsage } from "../threads.ts";
import { intOption, MisuseError, type Command } from "../command.ts";

const SORTS = ["order", "time"];

export const bench: Command = {
  name: "bench",
  summary: "time a bundle: latency percentiles, and per layer with --per-layer",
  usage: [
    "mixc bench BUNDLE [--backend wasm|webgpu] [--threads N|auto] [--gpu-precision f32|f16] [--runs N] [--warmup N] [--per-layer [--sort time]] [--plain-simd] [--json]",
    "",
    "  --backend NAME  wasm (default) or webgpu",
    webgpuUsage(18),
    threadsUsage(18),
    gpuPrecisionUsage(18),
    "  --runs N        timed inferences (default 50), after --warmup N (default 5)",
    "  --per-layer     time each layer (on one thread): milliseconds, share of the layers' total, MACs and GFLOP/s (2 flops per MAC)",
    "  --sort time     the layers slowest first (default: in the order they run)",
    "  --plain-simd    run the plain SIMD code even where relaxed SIMD (fused multiply-add) is available",
    "  --json          one JSON object: median_ms, p10_ms, p90_ms, runs (and layers: name, kernels, macs, ms, gflops, share)",
  ].join("\n"),
  options: { backend: { type: "string" }, "gpu-precision": { type: "string" }, threads: { type: "string" }, runs: { type: "string" }, warmup: { type: "string" }, "per-layer": { type: "boolean" }, sort: { type: "string" }, "plain-simd": { type: "boolean" }, json: { type: "boolean" } },
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
    const model = await loadBundle(path!, backend as Backend, { relaxedSimd: !values["plain-simd"], gpuPrecision: gpuPrecisionOption(values, backend), threads: threadsOption(values, backend) });
    try {
      const result = await timeModel(model, { runs, warmup, perLayer: Boolean(values["per-layer"]), byTime: sort === "time" });
      const layers = result.layers;
      if (values.json) io.out(JSON.stringify(result, null, 2) + "\n");
      else {
        io.out(`${model.meta.name} (${[backend, model.variant, model.threads > 1 ? `${model.threads} threads` : "", model.fallback].filter(Boolean).join(", ")}): median ${result.median_ms.toFixed(2)} ms, p10 ${result.p10_ms.toFixed(2)} ms, p90 ${result.p90_ms.toFixed(2)} ms over ${runs} runs\n`);
        if (layers) {
          const width = Math.max(...layers.map((l) => l.name.length));
          io.out(`\n${"layer".padEnd(width)}  ${"ms".padStart(7)}  ${"share".padStart(6)}  ${"MACs".padStart(11)}  ${"GFLOP/s".padStart(7)}  kernels\n`);
          for (const l of layers) io.out(`${l.name.padEnd(width)}  ${l.ms.toFixed(3).padStart(7)}  ${`${(l.share * 100).toFixed(1)}%`.padStart(6)}  ${l.macs.toLocaleString("en-US").padStart(11)}  ${(l.gflops ?? 0).toFixed(1).padStart(7)}  ${l.kernels.join(",")}${l.timedWith ? ` (runs in ${l.timedWith}'s step, timed there)` : ""}\n`);
        }
      }
    } finally {
      model.dispose(); // releases the GPU device, whatever happened
    }
    return 0;
  },
};
