// BatchNorm folding: a BatchNorm whose input is a convolution read by nothing
// else becomes that convolution's scale and bias:
//   W'[o] = W[o] * s[o],  b'[o] = (b[o] - mean[o]) * s[o] + beta[o],  s = gamma / sqrt(var + eps).
// The folded convolution takes over the BatchNorm's value name, so the rest of
// the graph is untouched. Other BatchNorms stay (the interpreter runs them).
import { batchNormAttrs, convAttrs } from "../ir/ops.ts";
import type { Op, Param } from "../ir/types.ts";
import type { Weights } from "../weights/bind.ts";
import type { PassModel } from "./pass-model.ts";

export function foldBatchNorm({ graph, weights }: PassModel): PassModel {
  const consumers = new Map<string, number>();
  for (const op of graph.ops) for (const i of op.ins) consumers.set(i, (consumers.get(i) ?? 0) + 1);
  const producer = new Map(graph.ops.map((op) => [op.out, op]));
  const paramShape = new Map(graph.params.map((p) => [p.name, p.shape]));
  const folded = new Map<Op, Op>(); // the conv, by the BatchNorm that absorbs it
  for (const op of graph.ops) {
    const conv = producer.get(op.ins[0]!);
    if (op.op === "batchnorm" && conv?.op === "conv" && consumers.get(conv.out) === 1 && conv.out !== graph.output) folded.set(op, conv);
  }
  const absorbed = new Set(folded.values());
  const newParams: Param[] = [];
  const newWeights: Weights | undefined = weights && new Map(weights);
  const dropped = new Set<string>();
  const ops = graph.ops.flatMap((op): Op[] => {
    if (absorbed.has(op)) return [];
    const conv = folded.get(op);
    if (!conv) return [op];
    const a = convAttrs(conv);
    const bn = batchNormAttrs(op);
    const w = a.w.map((name) => `${name}.folded`);
    const b = `${conv.out}.bias.folded`;
    a.w.forEach((name, g) => newParams.push({ name: w[g]!, shape: paramShape.get(name)! }));
    newParams.push({ name: b, shape: [a.cout.reduce((x, y) => x + y, 0)] });
    for (const name of [...a.w, bn.gamma, bn.beta, bn.mean, bn.var, ...(a.b ? [a.b] : [])]) dropped.add(name);
    if (weights && newWeights) {
      const [gamma, beta, mean, variance] = [bn.gamma, bn.beta, bn.mean, bn.var].map((n) => weights.get(n)!) as Float64Array[];
      const scale = gamma!.map((g, c) => g / Math.sqrt(variance![c]! + bn.eps));
      const bias = a.b ? weights.get(a.b)! : new Float64Array(scale.length);
      newWeights.set(b, scale.map((s, c) => (bias[c]! - mean![c]!) * s + beta![c]!));
      let channel = 0;
      a.w.forEach((name, g) => {
        const src = weights.get(name)!;
        const perChannel = src.length / a.cout[g]!;
        const c0 = channel;
        newWeights.set(w[g]!, src.map((v, i) => v * scale[c0 + Math.floor(i / perChannel)]!));
        channel += a.cout[g]!;
      });
    }
    return [{ ...conv, out: op.out, attrs: { ...conv.attrs, w, b }, ...(op.shape ? { shape: op.shape } : {}) }];
  });
  for (const name of dropped) newWeights?.delete(name);
  const params = [...graph.params.filter((p) => !dropped.has(p.name)), ...newParams];
  return { graph: { ...graph, ops, params }, weights: newWeights };
}
