// Channel-split layout: the physical layout of every value. Activations are
// NHWC with the channel count padded to a multiple of 8, the width of the
// pointwise kernel's output tile; padding channels hold zeros (zero weights
// and biases). A MixConv's groups stay where they are in the channel order:
// the depthwise kernel runs 4-channel blocks, and a block that straddles two
// groups runs the larger kernel with the smaller one embedded (lowering).
// The classifier's outputs are padded to its 16-wide tile. The graph's input
// stays NCHW, as the caller provides it; the stem reads it directly.
import type { Graph, Op } from "../ir/types.ts";
import type { Model } from "./model.ts";

export const CHANNEL_ALIGN = 8;
export const LOGITS_ALIGN = 16;

const roundUp = (n: number, m: number) => Math.ceil(n / m) * m;

/** Physical channels (floats per pixel) of an op's output. */
export function physicalChannels(op: Op): number {
  return op.op === "linear" ? roundUp(op.shape![1]!, LOGITS_ALIGN) : roundUp(op.shape![1]!, CHANNEL_ALIGN);
}

export function layout({ graph, weights }: Model): Model {
  const ops = graph.ops.map((op) => ({ ...op, attrs: { ...op.attrs, layout: op.op === "linear" ? "vector" : "nhwc", cp: physicalChannels(op) } }));
  const g: Graph = { ...graph, ops };
  return { graph: g, weights };
}
