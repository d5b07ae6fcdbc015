// The package's main entry (`import ... from "mixc"`): the compiler as a Node
// library. The runtime that runs its bundles is the separate entry "mixc/runtime".
export { compile, type CompileOptions } from "./compile.ts";
export { loadGraph, loadNetwork, loadWeights, specStats, SpecError, type WeightSource } from "./api.ts";
export { HubError, type HubOptions } from "./hub/index.ts";
export { compileSpec, formatDiagnostic, type Diagnostic, type Network, type SpecResult } from "./frontend/index.ts";
export { computeStats, type LayerStats, type Stats } from "./stats.ts";
export { STAGES, runPipeline } from "./passes/pipeline.ts";
export type { Model } from "./passes/model.ts";
export { printGraph } from "./ir/print.ts";
export { parseGraph, IrParseError } from "./ir/parse.ts";
export { verifyGraph, VerifyError } from "./ir/verify.ts";
export type { Graph, Op, Param } from "./ir/types.ts";
export { COMPILER } from "./bundle.ts";
export { UserError } from "./errors.ts";
export type { BundleMeta } from "../runtime/bundle.ts";
