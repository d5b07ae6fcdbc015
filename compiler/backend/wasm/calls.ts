// Lowering of one IR op to WebAssembly kernel calls: which kernel functions,
// with which static parameters and which i32 arguments. A call reads the op's
// packed weights (../weight-blocks.ts) by the block's index in the op's list.
// One function per op form; the kernel table (../kernel-table.ts) picks it.
import { depthwiseRuns } from "../../passes/layout.ts";
import { actOf, convAttrs, convPadding, linearAttrs, seAttrs, seGate } from "../../ir/ops.ts";
import type { Graph, Op } from "../../ir/types.ts";
import { paddedChannels, valuePaddedChannels, valueShape } from "../../ir/physical.ts";
import { DEPTHWISE, depthwiseKernel, depthwiseName, type DepthwiseParams } from "../../../kernels/wasm/depthwise.ts";
import { chunkPixels, POINTWISE, pointwiseKernel, pointwiseName, pointwisePixelKernel, pointwisePixelName, segmentFloats } from "../../../kernels/wasm/pointwise.ts";
import { pointwiseSegments } from "../../../kernels/segments.ts";
import { GATE_ROWS, GATE_ROWS_SIGNATURE, gateRowsKernel, LINEAR, linearKernel, linearName, MEAN, meanKernel, meanName, SE, seKernel, seName } from "../../../kernels/wasm/reduce.ts";
import { CHANNEL_BLOCK, CHANNEL_BLOCK_BYTES, LOGITS_BLOCK, PIXEL_TILE } from "../../../kernels/tiles.ts";
import { STEM, stemKernel, stemName } from "../../../kernels/wasm/stem.ts";
import { splitOf, type ChannelShare, type Split } from "./split.ts";

/** Where things are, once memory is laid out. */
export interface Addresses {
  /** A value's address (its arena offset or the input region). */
  value(name: string): number;
  /** This op's scratch space. */
  scratch: number;
  /** The address of the op's packed weight block `j`. */
  weights(j: number): number;
  /** Op i's addresses (a band-fused 1x1's calls run in the next op's step). */
  layer(i: number): Addresses;
}

export interface KernelCall {
  kernel: string;
  /** The kernel function's text (identical for every call of the same name). */
  source: () => string;
  /** i32 arguments, given the addresses. */
  args: (at: Addresses) => number[];
  /** How threads share the call's work (threaded code); absent: the first thread makes it alone. */
  split?: Split;
  /** Its part in a step that threads share out by channels (a band of a fused pair, band-calls.ts); `split` is then unused. */
  byChannels?: ChannelShare;
}

/**
 * Blocks of 4 channels in a 64-byte cache line: threads share channel blocks out in whole lines (so 2
 * pointwise blocks of 8), so that no two threads write the same line of a pixel (false sharing).
 */
export const BLOCKS_PER_LINE = 4;

/** Fewer output rows than this make uneven chunks (7 rows: 1 each): threads then take channel blocks. */
const MIN_SHARED_ROWS = 12;

export interface LoweringOptions {
  fma: boolean;
}

export function stemCalls(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  const a = convAttrs(op);
  const [, cin, h, w] = valueShape(g, op.ins[0]!) as [number, number, number, number];
  const [, , oh, ow] = op.shape as [number, number, number, number];
  const k = a.k[0]!;
  const p = { cin, k, stride: a.s, h, w, oh, ow, padTop: convPadding(a.pad, h, k, a.s)[0], padLeft: convPadding(a.pad, w, k, a.s)[0], cout: paddedChannels(op), act: actOf(op), fma: o.fma };
  return [
    {
      kernel: stemName(p),
      source: () => stemKernel(p),
      args: (at) => STEM.values({ x: at.value(op.ins[0]!), w: at.weights(0), y: at.value(op.out), row0: 0, rows: oh }),
      split: splitOf(STEM, oh, 1, "rows", { row0: 1 }),
    },
  ];
}

/** Input rows [from, to) of a 1x1 (a band of a fused pair), written from row `slot` of its output's ring. */
export interface PointwiseRows {
  from: number;
  to: number;
  slot: number;
}

export function pointwiseCalls(g: Graph, op: Op, o: LoweringOptions, rows?: PointwiseRows): KernelCall[] {
  const a = convAttrs(op);
  const [, , h, w] = op.shape as [number, number, number, number];
  const pixels = rows ? (rows.to - rows.from) * w : h * w;
  // Pixels before the first, in the input and in the output.
  const [skipIn, skipOut] = rows ? [rows.from * w, rows.slot * w] : [0, 0];
  const cpIn = valuePaddedChannels(g, op.ins[0]!);
  const cpOut = paddedChannels(op);
  const groups = a.cin.map((cin, i) => ({ cin, cout: a.cout[i]! }));
  const segments = pointwiseSegments(groups, cpOut);
  const params = { act: actOf(op), residual: !!a.res, fma: o.fma, xs: cpIn * 4, tail: pixels % PIXEL_TILE !== 0 };
  // Fewer pixels than a tile (a head on pooled features): pixel by pixel.
  const [name, kernel] = pixels < PIXEL_TILE ? [pointwisePixelName, pointwisePixelKernel] : [pointwiseName, pointwiseKernel];
  let scratch = 0;
  // Segment i's weights are the op's block i.
  return segments.flatMap((s, i) => {
    const at = scratch;
    scratch += segmentFloats(s) * 4;
    const blockBytes = (s.cin + 1) * CHANNEL_BLOCK_BYTES;
    // Threads take blocks of output channels where the weights outweigh the input (and there are blocks enough to share), else tiles of pixels.
    // A gated segment goes by blocks: a chunk scales the weight rows of its blocks, then multiplies by them.
    const byBlocks = !!a.gate || (s.blocks >= 16 && s.blocks * blockBytes > pixels * s.cin * 4);
    const blockSplit = splitOf(POINTWISE, s.blocks, BLOCKS_PER_LINE / 2, "nb", { w: blockBytes, y: CHANNEL_BLOCK_BYTES, ...(a.res && { r: CHANNEL_BLOCK_BYTES }) });
    const split = byBlocks ? blockSplit : splitOf(POINTWISE, pixels, PIXEL_TILE, "np", { x: cpIn * 4, y: cpOut * 4, ...(a.res && { r: cpOut * 4 }) });
    const gemm = (weightsAt: (at: Addresses) => number): KernelCall => ({
      kernel: name(params),
      source: () => kernel(params),
      args: (addr) =>
        POINTWISE.values({
          x: addr.value(op.ins[0]!) + s.ciStart * 4 + skipIn * cpIn * 4,
          w: weightsAt(addr),
          cin: s.cin,
          y: addr.value(op.out) + s.block * CHANNEL_BLOCK_BYTES + skipOut * cpOut * 4,
          ys: cpOut * 4,
          r: a.res ? addr.value(op.ins.at(-1)!) + s.block * CHANNEL_BLOCK_BYTES + skipOut * cpOut * 4 : 0,
          np: pixels,
          nb: s.blocks,
          pc: chunkPixels(s.cin, pixels),
        }),
      split,
      ...(rows && { byChannels: { from: s.block, per: 1, split: blockSplit } }),
    });
    if (!a.gate) return [gemm((addr) => addr.weights(i))];
    // SE gating: scale this segment's weight rows by the gate into scratch, then multiply.
    const scale: KernelCall = {
      kernel: GATE_ROWS,
      source: () => gateRowsKernel,
      args: (addr) => GATE_ROWS_SIGNATURE.values({ src: addr.weights(i), dst: addr.scratch + at, gate: addr.value(op.ins[1]!) + s.ciStart * 4, nb: s.blocks, cin: s.cin }),
      split: { ...splitOf(GATE_ROWS_SIGNATURE, s.blocks, BLOCKS_PER_LINE / 2, "nb", { src: blockBytes, dst: blockBytes }), withNext: true },
    };
    return [scale, gemm((addr) => addr.scratch + at)];
  });
}

/** Bytes of scratch an op's kernels need (gated weights, SE temporaries). */
export function scratchBytes(op: Op): number {
  if (op.op === "se") return (paddedChannels(op) + seAttrs(op).rd) * 4 + 16;
  if (op.op !== "conv" || !op.attrs.gate) return 0;
  const a = convAttrs(op);
  return pointwiseSegments(a.cin.map((cin, i) => ({ cin, cout: a.cout[i]! })), paddedChannels(op)).reduce((n, s) => n + segmentFloats(s) * 4, 0);
}

/** Output rows [row0, row0 + rows) of a depthwise (a band of a fused pair), whose input is a ring of `ring` rows. */
export interface DepthwiseRows {
  row0: number;
  rows: number;
  ring: number;
}

export function depthwiseCalls(g: Graph, op: Op, o: LoweringOptions, band?: DepthwiseRows): KernelCall[] {
  const a = convAttrs(op);
  const [, , h, w] = valueShape(g, op.ins[0]!) as [number, number, number, number];
  const [, , oh, ow] = op.shape as [number, number, number, number];
  const { row0, rows, ring } = band ?? { row0: 0, rows: oh, ring: 0 };
  const cp = paddedChannels(op);
  // Run i's weights are the op's block i.
  return depthwiseRuns(a.k, a.cout, cp).map((run, i) => {
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
      ring,
    };
    const blockSplit = splitOf(DEPTHWISE, run.blocks, BLOCKS_PER_LINE, "nb", { x: 16, y: 16, w: (run.k * run.k + 1) * 16 });
    return {
      kernel: depthwiseName(p),
      source: () => depthwiseKernel(p),
      args: (at) => DEPTHWISE.values({ x: at.value(op.ins[0]!) + run.start * 16, w: at.weights(i), y: at.value(op.out) + run.start * 16, nb: run.blocks, row0, rows }),
      // Threads take chunks of output rows; where the rows are too few to cut into even chunks, of channel blocks.
      split: rows >= MIN_SHARED_ROWS ? splitOf(DEPTHWISE, rows, 1, "rows", { row0: 1 }) : blockSplit,
      // In a band-fused step, its blocks of 4 channels, two to a block of 8.
      ...(band && { byChannels: { from: run.start, per: CHANNEL_BLOCK / 4, split: blockSplit } }),
    };
  });
}

export function seCalls(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  const [, , h, w] = valueShape(g, op.ins[0]!) as [number, number, number, number];
  const p = { pixels: h * w, channels: paddedChannels(op), reduced: seAttrs(op).rd, act: actOf(op), gate: seGate(op), fma: o.fma };
  return [
    {
      kernel: seName(p),
      source: () => seKernel(p),
      args: (at) => SE.values({ x: at.value(op.ins[0]!), w: at.weights(0), gate: at.value(op.out), tmp: at.scratch }),
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
  const blocks = Math.ceil(linearAttrs(op).out / LOGITS_BLOCK);
  return [
    {
      kernel: linearName(cin, blocks),
      source: () => linearKernel(cin, blocks),
      args: (at) => LINEAR.values({ x: at.value(op.ins[0]!), w: at.weights(0), y: at.value(op.out) }),
    },
  ];
}
