// Channel-split layout: the physical layout of every value. Activations are
// NHWC with the channel count padded to a multiple of 8, the width of the
// pointwise kernel's output tile; padding channels hold zeros (zero weights
// and biases). A MixConv's groups stay where they are in the channel order:
// the depthwise kernel runs 4-channel blocks, and a block that straddles two
// groups runs the larger kernel with the smaller one embedded (lowering).
// The classifier's outputs are padded to its 16-wide tile. The graph's input
// stays NCHW, as the caller provides it; the stem reads it directly.
import { convAttrs } from "../ir/ops.ts";
import type { Attrs, Graph, Op } from "../ir/types.ts";
import type { PassModel } from "./pass-model.ts";
import { CHANNEL_BLOCK, LOGITS_BLOCK } from "../../kernels/tiles.ts";

const roundUp = (n: number, m: number) => Math.ceil(n / m) * m;

/** Physical channels (floats per pixel) of an op's output. */
export function physicalChannels(op: Op): number {
  return op.op === "linear" ? roundUp(op.shape![1]!, LOGITS_BLOCK) : roundUp(op.shape![1]!, CHANNEL_BLOCK);
}

/** A run of 4-channel blocks that one depthwise kernel size covers. */
export interface DepthwiseRun {
  start: number;
  blocks: number;
  k: number;
}

/**
 * How a (Mix)Conv's channel groups map onto 4-lane blocks: each block runs the
 * largest kernel among its channels (smaller ones are embedded, zero-padded);
 * padding channels join the last run. Consecutive blocks of one size form a run.
 */
export function depthwiseRuns(kernels: number[], channels: number[], cp: number): DepthwiseRun[] {
  const perChannel = kernels.flatMap((k, g) => Array<number>(channels[g]!).fill(k));
  const runs: DepthwiseRun[] = [];
  for (let b = 0; b < cp / 4; b++) {
    const last = runs.at(-1);
    const k = b * 4 < perChannel.length ? Math.max(...perChannel.slice(b * 4, b * 4 + 4)) : last!.k;
    if (last && last.k === k) last.blocks++;
    else runs.push({ start: b, blocks: 1, k });
  }
  return runs;
}

export function layout({ graph, weights }: PassModel): PassModel {
  const ops = graph.ops.map((op) => {
    const cp = physicalChannels(op);
    const attrs: Attrs = { ...op.attrs, layout: op.op === "linear" ? "vector" : "nhwc", cp };
    // Show the lane mapping of a MixConv: kernel size x number of 4-channel blocks.
    const a = op.op === "conv" ? convAttrs(op) : undefined;
    if (a?.dw) attrs.lanes = depthwiseRuns(a.k, a.cout, cp).map((r) => `k${r.k}x${r.blocks}`);
    return { ...op, attrs };
  });
  const g: Graph = { ...graph, ops };
  return { graph: g, weights };
}
