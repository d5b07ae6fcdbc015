// The operations outside the convolutions and the classifier: one per element
// that a BatchNorm, activation, residual add, SE multiply or average pooling
// touches, counted on the network as elaborated (before fusion). mixc's MACs
// leave them out; the MixConv paper's FLOPS count them in.
import type { Graph } from "../ir/types.ts";
import { valueShape } from "../ir/physical.ts";

export interface ElementwiseOps {
  batchnorm: number;
  act: number;
  add: number;
  mul: number;
  mean: number;
  total: number;
}

const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Elementwise operations of a shape-inferred graph: output elements, and the input's for a pooling mean. */
export function elementwiseOps(g: Graph): ElementwiseOps {
  const ops: ElementwiseOps = { batchnorm: 0, act: 0, add: 0, mul: 0, mean: 0, total: 0 };
  for (const op of g.ops) {
    if (op.op === "mean") ops.mean += count(valueShape(g, op.ins[0]!));
    else if (op.op === "batchnorm" || op.op === "act" || op.op === "add" || op.op === "mul") ops[op.op] += count(op.shape!);
  }
  ops.total = ops.batchnorm + ops.act + ops.add + ops.mul + ops.mean;
  return ops;
}
