// Lowering to the kernel schedule: each op is assigned the WebAssembly kernel
// functions that compute it, in order (a MixConv gets one call per run of
// same-size kernels; a gated projection a weight-scaling call before its
// matrix product), and its WebGPU dispatches with workgroup size and grid.
// The schedule itself (the calls' arguments and packed weights, the dispatches'
// parameters) travels beside the graph, for the backends to build from.
import { scheduleGraph } from "../backend/kernel-table.ts";
import { dispatchSummary } from "../backend/webgpu/print.ts";
import type { PassModel } from "./pass-model.ts";

export function lower({ graph, weights }: PassModel): PassModel {
  const schedule = scheduleGraph(graph);
  const ops = graph.ops.map((op, i) => ({ ...op, attrs: { ...op.attrs, kernel: schedule[i]!.wasm.map((c) => c.kernel), gpu: dispatchSummary(schedule[i]!.gpu) } }));
  return { graph: { ...graph, ops }, weights, schedule };
}
