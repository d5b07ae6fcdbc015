// Lowering of one IR op to WebAssembly kernel calls: which kernel functions,
// with which static parameters, which i32 arguments, and which packed weights.
// One function per op form; the kernel table (../kernel-table.ts) picks it.
import { depthwiseRuns } from "../../passes/layout.ts";
import { convAttrs, convPadding, seGate } from "../../ir/ops.ts";
import type { Graph, Op } from "../../ir/types.ts";
import { paddedChannels, valuePaddedChannels, valueShape } from "../../ir/physical.ts";
import type { Weights } from "../../weights/bind.ts";
import type { Act } from "../../../kernels/wasm/activation.ts";
import { DEPTHWISE, depthwiseKernel, depthwiseLayout, depthwiseName, packDepthwise, type DepthwiseParams } from "../../../kernels/wasm/depthwise.ts";
import { chunkPixels, packPointwise, POINTWISE, pointwiseKernel, pointwiseLayout, pointwiseName, pointwiseSegments, segmentFloats } from "../../../kernels/wasm/pointwise.ts";
import { GATE_ROWS, GATE_ROWS_SIGNATURE, gateRowsKernel, LINEAR, linearKernel, linearLayout, linearName, MEAN, meanKernel, meanName, packLinear, packSe, SE, seKernel, seLayout, seName } from "../../../kernels/wasm/reduce.ts";
import type { PackedLayout } from "../../../kernels/wasm/packed.ts";
import { CHANNEL_BLOCK_BYTES, LOGITS_BLOCK } from "../../../kernels/tiles.ts";
import { packStem, STEM, stemKernel, stemLayout, stemName } from "../../../kernels/wasm/stem.ts";

/** Where things are, once memory is laid out. */
export interface Addresses {
  /** A value's address (its arena offset or the input region). */
  value(name: string): number;
  /** This op's scratch space. */
  scratch: number;
}

export interface KernelCall {
  kernel: string;
  /** The kernel function's text (identical for every call of the same name). */
  source: () => string;
  /** Packed weights for this call, if it reads any, and how they are laid out. */
  weights?: { pack: (w: Weights) => Float32Array; layout: PackedLayout };
  /** i32 arguments, given the addresses and this call's weights. */
  args: (at: Addresses, weights: number) => number[];
}

export interface LoweringOptions {
  fma: boolean;
}

const actOf = (op: Op): Act => (op.attrs.act as Act | undefined) ?? "none";

export function stemCalls(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  const a = convAttrs(op);
  const [, cin, h, w] = valueShape(g, op.ins[0]!) as [number, number, number, number];
  const [, cout, oh, ow] = op.shape as [number, number, number, number];
  const k = a.k[0]!;
  const p = { cin, k, stride: a.s, h, w, oh, ow, padTop: convPadding(a.pad, h, k, a.s)[0], padLeft: convPadding(a.pad, w, k, a.s)[0], cout: paddedChannels(op), act: actOf(op), fma: o.fma };
  return [
    {
      kernel: stemName(p),
      source: () => stemKernel(p),
      weights: { pack: (wt) => packStem(wt.get(a.w[0]!)!, wt.get(a.b!)!, cout, p.cout, cin * k * k), layout: stemLayout(p.cout, cin * k * k) },
      args: (at, wp) => STEM.values({ x: at.value(op.ins[0]!), w: wp, y: at.value(op.out) }),
    },
  ];
}

export function pointwiseCalls(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  const a = convAttrs(op);
  const [, , h, w] = op.shape as [number, number, number, number];
  const cpIn = valuePaddedChannels(g, op.ins[0]!);
  const cpOut = paddedChannels(op);
  const groups = a.cin.map((cin, i) => ({ cin, cout: a.cout[i]! }));
  const segments = pointwiseSegments(groups, cpOut);
  const params = { act: actOf(op), residual: !!a.res, fma: o.fma };
  let scratch = 0;
  return segments.flatMap((s) => {
    const weights = {
      pack: (wt: Weights) => packPointwise(groups.map((grp, i) => ({ ...grp, weights: wt.get(a.w[i]!)! })), a.b ? wt.get(a.b) : undefined, s),
      layout: pointwiseLayout(s),
    };
    const at = scratch;
    scratch += segmentFloats(s) * 4;
    const gemm = (weightsAt: (at: Addresses, wp: number) => number): KernelCall => ({
      kernel: pointwiseName(params),
      source: () => pointwiseKernel(params),
      args: (addr, wp) =>
        POINTWISE.values({
          x: addr.value(op.ins[0]!) + s.ciStart * 4,
          xs: cpIn * 4,
          w: weightsAt(addr, wp),
          cin: s.cin,
          y: addr.value(op.out) + s.block * CHANNEL_BLOCK_BYTES,
          ys: cpOut * 4,
          r: a.res ? addr.value(op.ins.at(-1)!) + s.block * CHANNEL_BLOCK_BYTES : 0,
          np: h * w,
          nb: s.blocks,
          pc: chunkPixels(s.cin, h * w),
        }),
    });
    if (!a.gate) return [{ ...gemm((_, wp) => wp), weights }];
    // SE gating: scale this segment's weight rows by the gate into scratch, then multiply.
    const scale: KernelCall = {
      kernel: GATE_ROWS,
      source: () => gateRowsKernel,
      weights,
      args: (addr, wp) => GATE_ROWS_SIGNATURE.values({ src: wp, dst: addr.scratch + at, gate: addr.value(op.ins[1]!) + s.ciStart * 4, nb: s.blocks, cin: s.cin }),
    };
    return [scale, gemm((addr) => addr.scratch + at)];
  });
}

/** Bytes of scratch an op's kernels need (gated weights, SE temporaries). */
export function scratchBytes(op: Op): number {
  if (op.op === "se") return (paddedChannels(op) + (op.attrs.rd as number)) * 4 + 16;
  if (op.op !== "conv" || !op.attrs.gate) return 0;
  const a = convAttrs(op);
  return pointwiseSegments(a.cin.map((cin, i) => ({ cin, cout: a.cout[i]! })), paddedChannels(op)).reduce((n, s) => n + segmentFloats(s) * 4, 0);
}

export function depthwiseCalls(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  const a = convAttrs(op);
  const [, , h, w] = valueShape(g, op.ins[0]!) as [number, number, number, number];
  const [, , oh, ow] = op.shape as [number, number, number, number];
  const cp = paddedChannels(op);
  const channels = a.k.flatMap((k, gi) => Array.from({ length: a.cout[gi]! }, (_, i) => ({ k, group: gi, index: i })));
  return depthwiseRuns(a.k, a.cout, cp).map((run) => {
    const p: DepthwiseParams = {
      k: run.k,
      stride: a.s,
      h,
      w,
      oh,
      ow,
      padTop: convPadding(a.pad, h, run.k, a.s)[0],
      padLeft: convPadding(a.pad, w, run.k, a.s)[0],
      cin: valuePaddedChannels(g, op.ins[0]!),
      cout: cp,
      act: actOf(op),
      fma: o.fma,
    };
    return {
      kernel: depthwiseName(p),
      source: () => depthwiseKernel(p),
      weights: {
        layout: depthwiseLayout(run.blocks, run.k),
        pack: (wt) => {
          const bias = wt.get(a.b!)!;
          const ch = Array.from({ length: run.blocks * 4 }, (_, i) => {
            const info = channels[run.start * 4 + i];
            if (!info) return { kernel: 1, weights: undefined, bias: 0 };
            const kk = info.k * info.k;
            return { kernel: info.k, weights: wt.get(a.w[info.group]!)!.subarray(info.index * kk, (info.index + 1) * kk), bias: bias[run.start * 4 + i]! };
          });
          return packDepthwise(ch, run.k);
        },
      },
      args: (at, wp) => DEPTHWISE.values({ x: at.value(op.ins[0]!) + run.start * 16, w: wp, y: at.value(op.out) + run.start * 16, nb: run.blocks }),
    };
  });
}

export function seCalls(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  const [, c, h, w] = valueShape(g, op.ins[0]!) as [number, number, number, number];
  const p = { pixels: h * w, channels: paddedChannels(op), reduced: op.attrs.rd as number, act: op.attrs.act as Act, gate: seGate(op) as Act, fma: o.fma };
  const param = (k: string) => (wt: Weights) => wt.get(op.attrs[k] as string)!;
  return [
    {
      kernel: seName(p),
      source: () => seKernel(p),
      weights: { pack: (wt) => packSe(param("w1")(wt), param("b1")(wt), param("w2")(wt), param("b2")(wt), c, p.channels, p.reduced), layout: seLayout(p.channels, p.reduced) },
      args: (at, wp) => SE.values({ x: at.value(op.ins[0]!), w: wp, gate: at.value(op.out), tmp: at.scratch }),
    },
  ];
}

export function meanCalls(g: Graph, op: Op): KernelCall[] {
  const [, , h, w] = valueShape(g, op.ins[0]!);
  const channels = paddedChannels(op);
  return [{ kernel: meanName(h! * w!, channels), source: () => meanKernel(h! * w!, channels), args: (at) => MEAN.values({ x: at.value(op.ins[0]!), y: at.value(op.out) }) }];
}

export function linearCalls(g: Graph, op: Op): KernelCall[] {
  const cin = valueShape(g, op.ins[0]!)[1]!;
  const cout = op.attrs.out as number;
  const blocks = Math.ceil(cout / LOGITS_BLOCK);
  return [
    {
      kernel: linearName(cin, blocks),
      source: () => linearKernel(cin, blocks),
      weights: { pack: (wt) => packLinear(wt.get(op.attrs.w as string)!, wt.get(op.attrs.b as string)!, cin, cout), layout: linearLayout(cin, cout) },
      args: (at, wp) => LINEAR.values({ x: at.value(op.ins[0]!), w: wp, y: at.value(op.out) }),
    },
  ];
}
