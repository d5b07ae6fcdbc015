// Typed reads of the physical attributes (PHYSICAL_ATTRS in ops.ts) that the
// layout, memory and lowering passes write into an op's attrs, where the IR
// printer shows them inline. A read before the pass that writes it is a
// compiler bug, and says which op and attribute.
import type { Graph, Op } from "./types.ts";

function required<T>(op: Op, key: string): T {
  const v = op.attrs[key];
  if (v === undefined) throw new Error(`internal: %${op.out} has no "${key}" attribute yet`);
  return v as T;
}

/** Physical channels (floats per pixel) of the op's output, from the layout pass. */
export const paddedChannels = (op: Op): number => required<number>(op, "cp");

/** Rows of the op's output that memory holds, from the band-fusion pass: a ring of that many rows; undefined: all of them. */
export const ringRows = (op: Op): number | undefined => op.attrs.ring as number | undefined;

/** Floats of the op's whole output: cp per pixel. */
export const wholeFloats = (op: Op): number => (op.shape!.reduce((a, b) => a * b, 1) / op.shape![1]!) * paddedChannels(op);

/** Floats of the op's output as memory holds it: all of it, or `ring` of its rows. */
export function heldFloats(op: Op): number {
  const ring = ringRows(op);
  return ring === undefined ? wholeFloats(op) : (wholeFloats(op) / op.shape![2]!) * ring;
}

/** Whether op i reads a ring: it is the depthwise of a band-fused pair, whose step runs the 1x1 before it too. */
export const readsRing = (g: Graph, i: number): boolean => i > 0 && ringRows(g.ops[i - 1]!) !== undefined;

/** The step in which op i reads its inputs: its own, or, for a ring's producer, which runs a band at a time inside its reader's, the next. */
export const readStep = (g: Graph, i: number): number => (ringRows(g.ops[i]!) === undefined ? i : i + 1);

/** Byte offset of the op's output in the arena, from the memory plan. */
export const arenaAt = (op: Op): number => required<number>(op, "at");

/** Byte offset in the arena of the op's scratch space; 0 where it has none. */
export const scratchAt = (op: Op): number => (op.attrs.scratch as number | undefined) ?? 0;

/** Bytes of the graph's arena, from the memory plan; 0 before it. */
export const arenaSize = (g: Graph): number => (g.attrs?.arena as number | undefined) ?? 0;

/** The kernel functions that run the op, from the lowering pass; none before it. */
export const kernelNames = (op: Op): string[] => (op.attrs.kernel as string[] | undefined) ?? [];

/** A value's logical shape: the graph input's or its producer's. */
export const valueShape = (g: Graph, name: string): number[] => (name === g.input.name ? g.input.shape : g.ops.find((o) => o.out === name)!.shape!);

/** A value's physical channels: its producer's cp, else (the graph input, NCHW; a graph before layout) its logical ones. */
export const valuePaddedChannels = (g: Graph, name: string): number => {
  const producer = g.ops.find((o) => o.out === name);
  return producer?.attrs.cp !== undefined ? paddedChannels(producer) : valueShape(g, name)[1]!;
};
