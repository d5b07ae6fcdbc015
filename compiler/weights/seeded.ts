// Deterministic weights for running without a checkpoint (--seed N). Each
// tensor draws from its own stream, seeded by the seed and the tensor's name,
// so the values do not depend on the order of the layers:
//   conv weights    N(0, sqrt(2 / fan_out)), fan_out = k*k*out_channels/groups (He, as timm)
//   conv biases     N(0, 0.1)
//   BatchNorm       gamma U(0.5, 1.5), beta N(0, 0.1), mean N(0, 0.1), var U(0.5, 1.5)
//   linear          weight U(-1/sqrt(in), 1/sqrt(in)), bias N(0, 0.1)
import type { Graph } from "../ir/types.ts";
import { convAttrs } from "../ir/ops.ts";
import type { Weights } from "./bind.ts";

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Fills `out` from a stream; both values of each Box-Muller pair are used. */
type Draw = (next: () => number, out: Float64Array) => void;
const uniform =
  (lo: number, hi: number): Draw =>
  (next, out) => {
    for (let i = 0; i < out.length; i++) out[i] = Math.fround(lo + (hi - lo) * next());
  };
const normal =
  (std: number): Draw =>
  (next, out) => {
    for (let i = 0; i < out.length; i += 2) {
      const r = std * Math.sqrt(-2 * Math.log(1 - next()));
      const t = 2 * Math.PI * next();
      out[i] = Math.fround(r * Math.cos(t));
      if (i + 1 < out.length) out[i + 1] = Math.fround(r * Math.sin(t));
    }
  };

export function seededWeights(graph: Graph, seed: number): Weights {
  const draws = new Map<string, Draw>();
  for (const op of graph.ops) {
    if (op.op === "conv") {
      const a = convAttrs(op);
      a.w.forEach((name, g) => draws.set(name, normal(Math.sqrt(2 / (a.k[g]! * a.k[g]! * (a.dw ? 1 : a.cout[g]!))))));
      if (a.b) draws.set(a.b, normal(0.1));
    } else if (op.op === "batchnorm") {
      const { gamma, beta, mean, var: variance } = op.attrs as Record<string, string>;
      draws.set(gamma!, uniform(0.5, 1.5)).set(beta!, normal(0.1)).set(mean!, normal(0.1)).set(variance!, uniform(0.5, 1.5));
    } else if (op.op === "linear") {
      const cin = graph.params.find((p) => p.name === op.attrs.w)!.shape[1]!;
      draws.set(op.attrs.w as string, uniform(-1 / Math.sqrt(cin), 1 / Math.sqrt(cin))).set(op.attrs.b as string, normal(0.1));
    }
  }
  const weights: Weights = new Map();
  for (const p of graph.params) {
    const data = new Float64Array(p.shape.reduce((a, b) => a * b, 1));
    (draws.get(p.name) ?? normal(0.1))(generator(hash(p.name, seed)), data);
    weights.set(p.name, data);
  }
  return weights;
}
