import { basename } from "node:path";
import { buildReport, compile, loadSpec, measureSimdPeak, peakFor, readBenchJson, readBundleIr, readInput, renderReport, runPipeline, writeFileAtomic, type BundleIr, type ReportTiming } from "../../compiler/index.ts";
import { intOption, MisuseError, type Command, type Values } from "../command.ts";
import { isBundlePath, loadBytes } from "../load-bundle.ts";
import { timeModel } from "../timing.ts";

/** The bundle to report on (the one given, or the spec compiled in memory: wasm only, random weights, since timing does not depend on them) and its IR. */
async function bundleOf(path: string, values: Values): Promise<{ ir: BundleIr; bytes: Uint8Array; source: string; notes: string[] }> {
  const spec = values.spec as string | undefined;
  if (!isBundlePath(path)) {
    if (spec !== undefined) throw new MisuseError("--spec is for a bundle; this is a spec");
    const { bytes } = await compile(path, { seed: 1, target: "wasm" });
    return { ir: readBundleIr(bytes, path)!, bytes, source: path, notes: ["Compiled in memory for this report, WebAssembly only, with random weights (seed 1): the timing and the counts do not depend on the weights' values."] };
  }
  const file = readInput(path, "bundle");
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  if (spec !== undefined) {
    const { shaped, graph } = loadSpec(spec);
    return { ir: { shaped, compiled: runPipeline({ graph }).graph }, bytes, source: `${path} (from ${spec})`, notes: [] };
  }
  const ir = readBundleIr(bytes, path);
  if (!ir) throw new MisuseError(`${basename(path)} carries no IR (an earlier mixc wrote it): name the spec it was compiled from with --spec SPEC`);
  return { ir, bytes, source: path, notes: [] };
}

/** How many runs to time, checked before anything is compiled. */
function runCounts(values: Values): { runs: number; warmup: number } {
  if ((values.bench !== undefined || values["no-bench"]) && (values.runs !== undefined || values.warmup !== undefined)) throw new MisuseError("--runs and --warmup are for timing here, not with --bench or --no-bench");
  const runs = intOption(values, "runs", 20, 100_000);
  if (runs < 1) throw new MisuseError("--runs needs at least 1");
  return { runs, warmup: intOption(values, "warmup", 3, 100_000) };
}

async function timingOf(values: Values, bytes: Uint8Array, name: string, layerNames: string[]): Promise<ReportTiming | undefined> {
  if (values["no-bench"]) return undefined;
  const file = values.bench as string | undefined;
  if (file) return readBenchJson(readInput(file, "bench file").toString("utf8"), file, layerNames);
  const model = await loadBytes(name, bytes, "wasm");
  try {
    const timing = await timeModel(model, { ...runCounts(values), perLayer: true });
    return { ...timing, layers: timing.layers!, source: "measured by mixc report" };
  } finally {
    model.dispose();
  }
}

export const report: Command = {
  name: "report",
  summary: "one self-contained HTML page: the network, its memory plan, time and MACs per layer",
  usage: [
    "mixc report BUNDLE|SPEC [-o FILE.html] [--spec SPEC] [--bench FILE.json | --no-bench] [--runs N] [--warmup N]",
    "",
    "Draws the compiled network (stem, blocks, head; each MixConv's groups; what was fused into each op),",
    "the memory plan (each buffer's lifetime and offset, the arena against the naive sum), time per layer",
    "(share of total, GFLOP/s against this machine's measured SIMD peak) and parameters and MACs per layer",
    "beside the MixConv paper's figures. The page makes no network requests (docs/report.md).",
    "",
    "  -o, --out FILE   the page to write (default: NETWORK-report.html, here)",
    "  --spec SPEC      read the IR from this spec instead of the bundle (needed for bundles an earlier mixc wrote)",
    "  --bench FILE     time per layer from `mixc bench BUNDLE --json --per-layer` output instead of timing here",
    "  --no-bench       leave timing out",
    "  --runs N         timed inferences (default 20), after --warmup N (default 3)",
  ].join("\n"),
  options: { out: { type: "string", short: "o" }, spec: { type: "string" }, bench: { type: "string" }, "no-bench": { type: "boolean" }, runs: { type: "string" }, warmup: { type: "string" } },
  positionals: 1,
  async run(values, [path], io) {
    if (values.bench !== undefined && values["no-bench"]) throw new MisuseError("--bench and --no-bench exclude each other");
    runCounts(values);
    const { ir, bytes, source, notes } = await bundleOf(path!, values);
    const { shaped, compiled } = ir;
    const timing = await timingOf(values, bytes, path!, compiled.ops.map((op) => op.out));
    const peak = timing ? peakFor(timing.variant, measureSimdPeak()) : undefined;
    const r = buildReport({ source, shaped, compiled, bundle: bytes, timing, peak, notes });
    const out = (values.out as string | undefined) ?? `${r.network}-report.html`;
    const html = renderReport(r);
    writeFileAtomic(out, html);
    io.err(`wrote ${out}: ${(html.length / 1024).toFixed(0)} KiB, ${r.nodes.length} ops, ${r.stats.layers.length} layers\n`);
    return 0;
  },
};
