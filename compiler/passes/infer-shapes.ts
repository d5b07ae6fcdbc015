// Shape inference: every op's output shape from its inputs and attributes.
import { OPS } from "../ir/ops.ts";
import type { Graph } from "../ir/types.ts";

export function inferShapes(g: Graph): Graph {
  const shapes = new Map<string, number[]>([[g.input.name, g.input.shape]]);
  const ops = g.ops.map((op) => {
    const shape = OPS[op.op].outShape(op.attrs, op.ins.map((i) => shapes.get(i)!));
    shapes.set(op.out, shape);
    return { ...op, shape };
  });
  return { ...g, ops };
}
