// The package's main entry (`import ... from "mixc"`): the compiler as a Node
// library. The runtime that runs its bundles is the separate entry "mixc/runtime".
export { compile, type CompileOptions } from "./compile.ts";
export { loadGraph, loadModelSource, loadNetwork, loadSpec, loadWeights, readInput, specStats, SpecError, type WeightSource } from "./api.ts";
export { HubError, type HubOptions } from "./hub/index.ts";
export { parseSpec, formatDiagnostic, type Diagnostic, type Network, type SpecResult } from "./frontend/index.ts";
export { suggestion } from "./frontend/diagnostics.ts";
export { computeStats, type LayerStats, type Stats } from "./ir/stats.ts";
export { PIPELINE, STAGES, runPipeline, type PipelineModel } from "./pipeline.ts";
export type { PassModel } from "./passes/pass-model.ts";
export { printGraph } from "./ir/print.ts";
export { printShaders } from "./backend/webgpu/print.ts";
export { parseGraph, IrParseError } from "./ir/parse.ts";
export { verifyGraph, VerifyError } from "./ir/verify.ts";
export type { Graph, Op, Param } from "./ir/types.ts";
export { COMPILER } from "./bundle/write-bundle.ts";
export { readBundleIr, type BundleIr } from "./bundle/ir-section.ts";
export { UserError } from "./errors.ts";
export { WEIGHTS_DTYPES, isWeightsDtype, type WeightsDtype } from "../kernels/wasm/packed.ts";
// The reference model: a graph run in float64, on input preprocessed as timm does.
export { interpret } from "./interp/interpret.ts";
export { preprocess, type Preprocessing } from "../runtime/preprocess.ts";
// Output for Node: `mixc compile --target worker`'s project, and files written whole or not at all.
export { workerProject } from "./bundle/worker-project.ts";
export { makeDirectory, writeFileAtomic } from "./write-atomic.ts";
export type { BundleMeta } from "../runtime/bundle-format.ts";
// Reading what the compiler did: `mixc ir`'s summaries, wrapping and diffs, and `mixc report`'s page.
export { stageSummary } from "./report/pass-summary.ts";
export { wrapIr } from "./ir/wrap.ts";
export { diffGraphs } from "./ir/diff.ts";
export { buildReport, type Report, type ReportTiming } from "./report/model.ts";
export { renderReport } from "./report/html.ts";
export { readBenchJson } from "./report/bench-file.ts";
export { measureSimdPeak, peakFor, type SimdPeak } from "./report/simd-peak.ts";
