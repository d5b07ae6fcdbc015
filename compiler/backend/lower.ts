// Lowering to the kernel schedule: each op is assigned the WebAssembly kernel
// functions that compute it, in order (a MixConv gets one call per run of
// same-size kernels; a gated projection a weight-scaling call before its
// matrix product), and its WebGPU dispatches with workgroup size and grid.
// The schedule itself (each op's packed weight blocks, the calls' arguments and
// the dispatches' parameters, which name those blocks by index) travels beside
// the graph, for the backends to build from.
import { scheduleGraph, type OpSchedule } from "./kernel-table.ts";
import { dispatchSummary } from "./webgpu/print.ts";
import type { PassModel } from "../passes/pass-model.ts";

/** The model once lowered: the schedule travels beside the graph. */
export interface LoweredModel extends PassModel {
  /** What runs each op on each backend. */
  schedule: OpSchedule[];
}

export function lower({ graph, weights }: PassModel): LoweredModel {
  const schedule = scheduleGraph(graph);
  const ops = graph.ops.map((op, i) => ({ ...op, attrs: { ...op.attrs, kernel: schedule[i]!.kernels, gpu: dispatchSummary(schedule[i]!.gpu) } }));
  return { graph: { ...graph, ops }, weights, schedule };
}
