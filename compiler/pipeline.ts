// The compiler's passes, in order. `mixc ir --after NAME` stops after one;
// `--all` prints the IR after each. Every pass keeps the network's function
// (the reference interpreter gives the same output before and after; tested).
import { foldBatchNorm } from "./passes/fold-batchnorm.ts";
import { fuse } from "./passes/fuse.ts";
import { inferShapes } from "./passes/infer-shapes.ts";
import { layout } from "./passes/layout.ts";
import { fuseBands } from "./passes/band-fusion.ts";
import { lower, type LoweredModel } from "./backend/lower.ts";
import { planMemory } from "./backend/plan-memory.ts";
import type { PassModel } from "./passes/pass-model.ts";

/** What flows through the pipeline: a pass's model, with the schedule once lowered. */
export type PipelineModel = PassModel & Partial<Pick<LoweredModel, "schedule">>;

export interface Pass {
  name: string;
  summary: string;
  run(model: PipelineModel): PipelineModel;
}

export const PIPELINE: Pass[] = [
  { name: "shapes", summary: "shape inference: every value's shape", run: (m) => ({ ...m, graph: inferShapes(m.graph) }) },
  { name: "fold-bn", summary: "BatchNorm folded into the preceding convolution's weights and bias", run: foldBatchNorm },
  { name: "fuse", summary: "kernel-group fusion: activation, SE gate and residual add folded into the convolutions", run: fuse },
  { name: "layout", summary: "channel-split layout: NHWC, channels padded to the SIMD tile (cp = physical channels)", run: layout },
  { name: "bands", summary: "band fusion: an expansion 1x1 and its depthwise run a band of rows at a time, the expanded tensor held as a ring of rows (ring=)", run: fuseBands },
  { name: "plan", summary: "memory planning: each value's byte offset in one arena (at=), scratch space, and the arena's size", run: planMemory },
  { name: "lower", summary: "lowering to the kernel schedule: the kernel functions each op runs, in order", run: lower },
];

/** The stage names `--after` accepts: the elaborated graph, then each pass. */
export const STAGES = ["elaborate", ...PIPELINE.map((p) => p.name)];

/** Runs the passes up to and including `until` (all by default), reporting each stage. */
export function runPipeline(model: PipelineModel, until = STAGES.at(-1)!, onStage?: (stage: string, model: PipelineModel) => void): PipelineModel {
  onStage?.("elaborate", model);
  if (until === "elaborate") return model;
  for (const pass of PIPELINE) {
    model = pass.run(model);
    onStage?.(pass.name, model);
    if (pass.name === until) break;
  }
  return model;
}
