// Parameters and multiply-accumulates per layer, counted as usual:
// conv out_h*out_w*out_c*(in_c/groups)*kh*kw, linear in*out; BatchNorm's
// gamma and beta count as parameters (running statistics are buffers).
import { convAttrs, convWeightCount, paramNames } from "./ops.ts";
import type { Graph, Op } from "./types.ts";

export interface LayerStats {
  name: string;
  op: string;
  shape: number[];
  params: number;
  macs: number;
}

export interface Stats {
  layers: LayerStats[];
  params_total: number;
  params_bn: number;
  params_excluding_bn: number;
  macs_total: number;
}

const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Multiply-accumulates of one op at any stage (fused ops included), given parameter shapes. */
export function opMacs(op: Op, paramShape: (name: string) => number[]): number {
  if (op.op === "conv") {
    return op.shape![2]! * op.shape![3]! * convWeightCount(convAttrs(op));
  }
  if (op.op === "linear") return count(paramShape(op.attrs.w as string));
  if (op.op === "se") return 2 * count(paramShape(op.attrs.w1 as string));
  return 0;
}

/** Stats of a shape-inferred graph (before BatchNorm folding, to count BatchNorm). */
export function computeStats(g: Graph): Stats {
  const paramShapes = new Map(g.params.map((p) => [p.name, p.shape]));
  const layers: LayerStats[] = [];
  for (const op of g.ops) {
    if (!["conv", "linear", "batchnorm"].includes(op.op)) continue;
    const shape = op.shape!;
    let params = paramNames(op).reduce((n, name) => n + count(paramShapes.get(name)!), 0);
    const macs = opMacs(op, (name) => paramShapes.get(name)!);
    if (op.op === "batchnorm") params = 2 * shape[1]!;
    layers.push({ name: op.out, op: op.op, shape, params, macs });
  }
  const sum = (f: (l: LayerStats) => number) => layers.reduce((n, l) => n + f(l), 0);
  const params_bn = sum((l) => (l.op === "batchnorm" ? l.params : 0));
  const params_total = sum((l) => l.params);
  return { layers, params_total, params_bn, params_excluding_bn: params_total - params_bn, macs_total: sum((l) => l.macs) };
}
