// Lowering to the kernel schedule: each op is assigned the WebAssembly kernel
// functions that compute it, in order (a MixConv gets one call per run of
// same-size kernels; a gated projection a weight-scaling call before its
// matrix product), and its WebGPU dispatches with workgroup size and grid.
import { lowerOp } from "../backend/kernel-table.ts";
import { dispatchSummary } from "../backend/webgpu/print.ts";
import type { PassModel } from "./pass-model.ts";

export function lower({ graph, weights }: PassModel): PassModel {
  const ops = graph.ops.map((op) => ({ ...op, attrs: { ...op.attrs, kernel: lowerOp(graph, op, { fma: false }).map((c) => c.kernel), gpu: dispatchSummary(graph, op) } }));
  return { graph: { ...graph, ops }, weights };
}
