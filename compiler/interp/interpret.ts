// The reference interpreter: executes the graph IR at any stage, NCHW, float64
// throughout. Written to be obviously right rather than fast; it is the oracle
// that passes and kernels are tested against.
import { actOf, batchNormAttrs, convAttrs, convPadding, linearAttrs, OPS, seAttrs, seGate, type ConvAttrs } from "../ir/ops.ts";
import type { Act } from "../../kernels/activation.ts";
import type { Graph, Op } from "../ir/types.ts";
import type { Weights } from "../weights/bind.ts";

export interface Tensor {
  shape: number[];
  data: Float64Array;
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function conv(x: Tensor, a: ConvAttrs, w: Weights, outShape: number[]): Float64Array {
  const [, , H, W] = x.shape as [number, number, number, number];
  const [, OC, OH, OW] = outShape as [number, number, number, number];
  const out = new Float64Array(OC * OH * OW);
  let ci0 = 0;
  let co0 = 0;
  a.k.forEach((k, g) => {
    const [pt] = convPadding(a.pad, H, k, a.s);
    const [pl] = convPadding(a.pad, W, k, a.s);
    const weights = w.get(a.w[g]!)!;
    const cin = a.dw ? 1 : a.cin[g]!;
    for (let oc = 0; oc < a.cout[g]!; oc++) {
      const obase = (co0 + oc) * OH * OW;
      for (let icl = 0; icl < cin; icl++) {
        const ibase = (ci0 + (a.dw ? oc : icl)) * H * W;
        const wbase = (oc * cin + icl) * k * k;
        for (let ky = 0; ky < k; ky++) {
          for (let kx = 0; kx < k; kx++) {
            const wv = weights[wbase + ky * k + kx]!;
            // Output columns whose input column ox*s - pl + kx lies inside the image.
            const oxLo = Math.max(0, Math.ceil((pl - kx) / a.s));
            const oxHi = Math.min(OW - 1, Math.floor((W - 1 + pl - kx) / a.s));
            for (let oy = 0; oy < OH; oy++) {
              const iy = oy * a.s - pt + ky;
              if (iy < 0 || iy >= H) continue;
              const orow = obase + oy * OW;
              const irow = ibase + iy * W - pl + kx;
              for (let ox = oxLo; ox <= oxHi; ox++) out[orow + ox]! += wv * x.data[irow + ox * a.s]!;
            }
          }
        }
      }
    }
    ci0 += a.cin[g]!;
    co0 += a.cout[g]!;
  });
  if (a.b) {
    const bias = w.get(a.b)!;
    for (let c = 0; c < OC; c++) for (let i = 0; i < OH * OW; i++) out[c * OH * OW + i]! += bias[c]!;
  }
  return out;
}

const activations: Record<Act, (v: number) => number> = {
  none: (v) => v,
  relu: (v) => Math.max(0, v),
  relu6: (v) => Math.min(6, Math.max(0, v)),
  swish: (v) => v / (1 + Math.exp(-v)),
  sigmoid: (v) => 1 / (1 + Math.exp(-v)),
  // timm's hard_swish and hard_sigmoid (torch's Hardswish, Hardsigmoid): x relu6(x + 3) / 6 and relu6(x + 3) / 6.
  hswish: (v) => (v * Math.min(6, Math.max(0, v + 3))) / 6,
  hsigmoid: (v) => Math.min(6, Math.max(0, v + 3)) / 6,
};

/** Applies f(channel, value) over an NCHW tensor. */
function perChannel(x: Tensor, f: (c: number, v: number) => number): Float64Array {
  const [, C, H, W] = x.shape as [number, number, number, number];
  const out = new Float64Array(x.data.length);
  for (let c = 0; c < C; c++) for (let i = c * H * W; i < (c + 1) * H * W; i++) out[i] = f(c, x.data[i]!);
  return out;
}

/** Global average over H and W: [N,C,H,W] -> C values. */
function mean(x: Tensor): Float64Array {
  const [, C, H, W] = x.shape as [number, number, number, number];
  const out = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let sum = 0;
    for (let i = c * H * W; i < (c + 1) * H * W; i++) sum += x.data[i]!;
    out[c] = sum / (H * W);
  }
  return out;
}

function evaluate(op: Op, ins: Tensor[], w: Weights, shape: number[]): Float64Array {
  const x = ins[0]!;
  switch (op.op) {
    case "conv": {
      // Fused form: act(conv(x * gate) + bias) + residual.
      const a = convAttrs(op);
      const input = a.gate ? { shape: x.shape, data: perChannel(x, (c, v) => v * ins[1]!.data[c]!) } : x;
      let y = conv(input, a, w, shape);
      if (a.act) y = y.map(activations[a.act]);
      if (a.res) y = y.map((v, i) => v + ins.at(-1)!.data[i]!);
      return y;
    }
    case "se": {
      const pooled = mean(x);
      const a = seAttrs(op);
      const fc = (v: Float64Array, weight: string, bias: string, f: (v: number) => number) => {
        const [W, B] = [w.get(weight)!, w.get(bias)!];
        return B.map((b, o) => f(v.reduce((s, vi, i) => s + W[o * v.length + i]! * vi, b)));
      };
      return fc(fc(pooled, a.w1, a.b1, activations[actOf(op)]), a.w2, a.b2, activations[seGate(op)]);
    }
    case "batchnorm": {
      const bn = batchNormAttrs(op);
      const [gamma, beta, mean, variance] = [bn.gamma, bn.beta, bn.mean, bn.var].map((name) => w.get(name)!);
      const eps = bn.eps;
      return perChannel(x, (c, v) => ((v - mean![c]!) / Math.sqrt(variance![c]! + eps)) * gamma![c]! + beta![c]!);
    }
    case "act":
      return x.data.map(activations[actOf(op)]);
    case "add":
      return x.data.map((v, i) => v + ins[1]!.data[i]!);
    case "mul":
      return perChannel(x, (c, v) => v * ins[1]!.data[c]!);
    case "mean":
      return mean(x);
    case "linear": {
      const a = linearAttrs(op);
      const [weight, bias] = [w.get(a.w)!, w.get(a.b)!];
      const n = a.out;
      const cin = x.data.length;
      const out = new Float64Array(n);
      for (let o = 0; o < n; o++) {
        let sum = bias[o]!;
        for (let i = 0; i < cin; i++) sum += weight[o * cin + i]! * x.data[i]!;
        out[o] = sum;
      }
      return out;
    }
  }
}

export interface RunResult {
  output: Tensor;
  /** The values asked for by `keep`, by name. */
  values: Map<string, Tensor>;
}

/** Runs the graph on one input (NCHW, the graph's input shape). */
export function interpret(g: Graph, weights: Weights, input: ArrayLike<number>, keep: (name: string) => boolean = () => false): RunResult {
  if (input.length !== size(g.input.shape)) throw new Error(`input has ${input.length} values, the graph needs ${size(g.input.shape)} (${g.input.shape.join("x")})`);
  const lastUse = new Map<string, number>();
  g.ops.forEach((op, i) => op.ins.forEach((name) => lastUse.set(name, i)));
  const live = new Map<string, Tensor>([[g.input.name, { shape: g.input.shape, data: Float64Array.from(input) }]]);
  const kept = new Map<string, Tensor>();
  g.ops.forEach((op, i) => {
    const ins = op.ins.map((name) => live.get(name)!);
    const shape = op.shape ?? OPS[op.op].outShape(op.attrs, ins.map((t) => t.shape));
    const t = { shape, data: evaluate(op, ins, weights, shape) };
    live.set(op.out, t);
    if (keep(op.out)) kept.set(op.out, t);
    for (const name of op.ins) if (lastUse.get(name) === i && name !== g.output) live.delete(name);
  });
  return { output: live.get(g.output)!, values: kept };
}
