// The packed weight blocks of each op form: what the bundle stores for an op,
// in the order it stores them. Both backends read the same blocks in place
// (the wasm kernels and the WGSL kernels share one packing, kernels/wasm/*),
// and name a block by its index in the op's list. The kernel table gives each
// form its blocks; memory-layout.ts places them once.
import { convAttrs, linearAttrs, seAttrs } from "../ir/ops.ts";
import type { Graph, Op } from "../ir/types.ts";
import { paddedChannels, valueShape } from "../ir/physical.ts";
import { depthwiseRuns } from "../passes/layout.ts";
import type { Weights } from "../weights/bind.ts";
import type { PackedLayout } from "../../kernels/wasm/packed.ts";
import { depthwiseLayout, packDepthwise } from "../../kernels/wasm/depthwise.ts";
import { packPointwise, pointwiseLayout } from "../../kernels/wasm/pointwise.ts";
import { pointwiseSegments } from "../../kernels/segments.ts";
import { linearLayout, packLinear, packSe, seLayout } from "../../kernels/wasm/reduce.ts";
import { packStem, stemLayout } from "../../kernels/wasm/stem.ts";

export interface WeightBlock {
  /** Names the block within its op (errors, tests). */
  name: string;
  /** How the packed floats are laid out (for storing them in fewer bits). */
  layout: PackedLayout;
  /** The block's float32 values, packed from the checkpoint's tensors. */
  pack(w: Weights): Float32Array;
}

const tensor = (wt: Weights, name: string) => wt.get(name)!;

export function stemWeights(g: Graph, op: Op): WeightBlock[] {
  const a = convAttrs(op);
  const [, cin] = valueShape(g, op.ins[0]!) as [number, number];
  const cout = op.shape![1]!;
  const cp = paddedChannels(op);
  const taps = cin * a.k[0]! * a.k[0]!;
  return [{ name: "stem", layout: stemLayout(cp, taps), pack: (wt) => packStem(tensor(wt, a.w[0]!), tensor(wt, a.b!), cout, cp, taps) }];
}

/** One block per segment of output blocks (pointwiseSegments), each with its bias. */
export function pointwiseWeights(_: Graph, op: Op): WeightBlock[] {
  const a = convAttrs(op);
  const groups = a.cin.map((cin, i) => ({ cin, cout: a.cout[i]! }));
  return pointwiseSegments(groups, paddedChannels(op)).map((s, i) => ({
    name: `segment${i}`,
    layout: pointwiseLayout(s),
    pack: (wt) => packPointwise(groups.map((grp, j) => ({ ...grp, weights: tensor(wt, a.w[j]!) })), a.b ? tensor(wt, a.b) : undefined, s),
  }));
}

/** One block per run of same-size kernels (depthwiseRuns), padded to the run's kernel size. */
export function depthwiseWeights(_: Graph, op: Op): WeightBlock[] {
  const a = convAttrs(op);
  const channels = a.k.flatMap((k, gi) => Array.from({ length: a.cout[gi]! }, (_, i) => ({ k, group: gi, index: i })));
  return depthwiseRuns(a.k, a.cout, paddedChannels(op)).map((run, i) => ({
    name: `run${i}`,
    layout: depthwiseLayout(run.blocks, run.k),
    pack: (wt) => {
      const bias = tensor(wt, a.b!);
      const ch = Array.from({ length: run.blocks * 4 }, (_, i) => {
        const info = channels[run.start * 4 + i];
        if (!info) return { kernel: 1, weights: undefined, bias: 0 };
        const kk = info.k * info.k;
        return { kernel: info.k, weights: tensor(wt, a.w[info.group]!).subarray(info.index * kk, (info.index + 1) * kk), bias: bias[run.start * 4 + i]! };
      });
      return packDepthwise(ch, run.k);
    },
  }));
}

export function seWeights(g: Graph, op: Op): WeightBlock[] {
  const a = seAttrs(op);
  const c = valueShape(g, op.ins[0]!)[1]!;
  const cp = paddedChannels(op);
  return [{ name: "se", layout: seLayout(cp, a.rd), pack: (wt) => packSe(tensor(wt, a.w1), tensor(wt, a.b1), tensor(wt, a.w2), tensor(wt, a.b2), c, cp, a.rd) }];
}

export function linearWeights(g: Graph, op: Op): WeightBlock[] {
  const a = linearAttrs(op);
  const cin = valueShape(g, op.ins[0]!)[1]!;
  return [{ name: "linear", layout: linearLayout(cin, a.out), pack: (wt) => packLinear(tensor(wt, a.w), tensor(wt, a.b), cin, a.out) }];
}

export const noWeights = (): WeightBlock[] => [];
