// Kernel-group fusion. A MixConv is already one conv op over one tensor (its
// groups never split or concatenate); this pass folds the work around each
// convolution into it, so that the kernels make one pass over memory:
//   act(conv)            -> conv act=...
//   mean -> conv -> conv -> (SE's gate: sigmoid or hsigmoid)   -> se
//   conv(mul(x, gate))   -> conv(x, gate) gate=true   (the gate scales the weights)
//   add(conv, r)         -> conv(..., r) res=true
import { actOf, convAttrs } from "../ir/ops.ts";
import type { Act } from "../../kernels/activation.ts";
import type { Attrs, Graph, Op } from "../ir/types.ts";
import type { PassModel } from "./pass-model.ts";

interface Uses {
  count: Map<string, number>;
  producer: Map<string, Op>;
  index: Map<string, number>;
}

function uses(g: Graph): Uses {
  const count = new Map<string, number>([[g.output, 1]]);
  for (const op of g.ops) for (const i of op.ins) count.set(i, (count.get(i) ?? 0) + 1);
  return { count, producer: new Map(g.ops.map((op) => [op.out, op])), index: new Map(g.ops.map((op, i) => [op.out, i])) };
}

/** A conv whose output feeds only `value`'s consumer, with no epilogue beyond `allowed`. */
function soleConv(u: Uses, value: string, allowed: ("act" | "gate")[] = []): Op | undefined {
  const op = u.producer.get(value);
  if (op?.op !== "conv" || u.count.get(value) !== 1) return undefined;
  const epilogue = (["act", "gate", "res"] as const).filter((k) => op.attrs[k] !== undefined);
  return epilogue.every((k) => (allowed as string[]).includes(k)) ? op : undefined;
}

/** Rewrites ops: `replace` maps an op to what stands in its place ([] removes it). */
function rewrite(g: Graph, replace: Map<Op, Op[]>): Graph {
  return { ...g, ops: g.ops.flatMap((op) => replace.get(op) ?? [op]) };
}

function fuseActivations(g: Graph): Graph {
  const u = uses(g);
  const replace = new Map<Op, Op[]>();
  for (const op of g.ops) {
    const conv = op.op === "act" ? soleConv(u, op.ins[0]!, ["gate"]) : undefined;
    if (!conv) continue;
    replace.set(conv, [{ ...conv, out: op.out, attrs: { ...conv.attrs, act: op.attrs.fn! } }]).set(op, []);
  }
  return rewrite(g, replace);
}

/** The activations an SE gate may end with. */
const GATES: Act[] = ["sigmoid", "hsigmoid"];

function fuseSqueezeExcite(g: Graph): Graph {
  const u = uses(g);
  const replace = new Map<Op, Op[]>();
  for (const expand of g.ops) {
    if (expand.op !== "conv" || !GATES.includes(actOf(expand)) || !expand.attrs.b) continue;
    const reduce = soleConv(u, expand.ins[0]!, ["act"]);
    const pool = reduce?.attrs.b && reduce.attrs.act ? u.producer.get(reduce.ins[0]!) : undefined;
    if (!reduce || pool?.op !== "mean" || u.count.get(pool.out) !== 1) continue;
    // sigmoid is the default gate, left unstated so that the printed IR of sigmoid-gated networks stays as it was.
    const gate: Attrs = expand.attrs.act === "sigmoid" ? {} : { gate_fn: expand.attrs.act! };
    const [r, e] = [convAttrs(reduce), convAttrs(expand)];
    const attrs = { rd: r.cout[0]!, act: r.act!, ...gate, w1: r.w[0]!, b1: r.b!, w2: e.w[0]!, b2: e.b! };
    replace.set(pool, []).set(reduce, []).set(expand, [{ op: "se", out: expand.out, ins: pool.ins, attrs, ...(expand.shape ? { shape: expand.shape } : {}) }]);
  }
  return rewrite(g, replace);
}

function fuseGates(g: Graph): Graph {
  const u = uses(g);
  const consumers = new Map<string, Op>();
  for (const op of g.ops) for (const i of op.ins) consumers.set(i, op);
  const replace = new Map<Op, Op[]>();
  for (const mul of g.ops) {
    const conv = consumers.get(mul.out);
    const pointwise = conv?.op === "conv" && convAttrs(conv).k.every((k) => k === 1) && !conv.attrs.dw;
    if (mul.op !== "mul" || !pointwise || u.count.get(mul.out) !== 1 || conv.attrs.gate || conv.ins[0] !== mul.out) continue;
    replace.set(mul, []).set(conv, [{ ...conv, ins: [mul.ins[0]!, mul.ins[1]!, ...conv.ins.slice(1)], attrs: { ...conv.attrs, gate: true } }]);
  }
  return rewrite(g, replace);
}

function fuseResiduals(g: Graph): Graph {
  const u = uses(g);
  const replace = new Map<Op, Op[]>();
  for (const add of g.ops) {
    if (add.op !== "add") continue;
    for (const [mine, other] of [add.ins, [...add.ins].reverse()] as [string, string][]) {
      const conv = soleConv(u, mine, ["act", "gate"]);
      // The residual must exist before the conv runs.
      if (!conv || replace.has(conv) || (u.index.get(other) ?? -1) > u.index.get(conv.out)!) continue;
      replace.set(conv, [{ ...conv, out: add.out, ins: [...conv.ins, other], attrs: { ...conv.attrs, res: true } }]).set(add, []);
      break;
    }
  }
  return rewrite(g, replace);
}

export function fuse({ graph, weights }: PassModel): PassModel {
  return { graph: fuseResiduals(fuseGates(fuseSqueezeExcite(fuseActivations(graph)))), weights };
}
