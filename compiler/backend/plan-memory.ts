// Memory planning: every value (and each op's scratch space) gets an offset in
// one arena, reused once its last reader has run. Buffers are placed largest
// first at the lowest offset free for their whole lifetime (greedy best fit by
// size), 64-byte aligned. The arena's peak size is a graph attribute.
import { scratchBytes } from "./wasm/calls.ts";
import type { Graph, Op } from "../ir/types.ts";
import { heldFloats, readStep } from "../ir/physical.ts";
import type { PassModel } from "../passes/pass-model.ts";
import { BUFFER_ALIGN as ALIGN } from "../../kernels/tiles.ts";

/** A buffer in the arena: an op's output value (attribute `at`) or its scratch space, live from step `first` to `last`. */
export interface Lifetime {
  owner: string;
  key: "at" | "scratch";
  bytes: number;
  first: number;
  last: number;
}

interface Buffer extends Lifetime {
  offset?: number;
}

/** Bytes of an op's output buffer: the floats memory holds (a ring's rows only), 64-byte aligned. */
export const valueBytes = (op: Op): number => Math.ceil((heldFloats(op) * 4) / ALIGN) * ALIGN;

/**
 * Every buffer of a laid-out graph with the op steps it lives through: a value
 * from the op that writes it to its last reader (the output to the end), an
 * op's scratch space (`scratch(op)` bytes, if any) for that op's step alone.
 */
export function lifetimes(graph: Graph, scratch: (op: Op) => number): Lifetime[] {
  const last = new Map<string, number>();
  graph.ops.forEach((op, i) => op.ins.forEach((name) => last.set(name, readStep(graph, i))));
  return graph.ops.flatMap((op, i) => {
    const value: Lifetime = { owner: op.out, key: "at", bytes: valueBytes(op), first: i, last: op.out === graph.output ? graph.ops.length : (last.get(op.out) ?? i) };
    const bytes = scratch(op);
    return bytes ? [value, { owner: op.out, key: "scratch" as const, bytes, first: i, last: i }] : [value];
  });
}

export function planMemory({ graph, weights }: PassModel): PassModel {
  const buffers: Buffer[] = lifetimes(graph, (op) => Math.ceil(scratchBytes(op) / ALIGN) * ALIGN);
  const placed: Buffer[] = [];
  for (const b of [...buffers].sort((x, y) => y.bytes - x.bytes || x.first - y.first)) {
    const conflicts = placed.filter((p) => p.first <= b.last && b.first <= p.last).sort((x, y) => x.offset! - y.offset!);
    let offset = 0;
    for (const c of conflicts) {
      if (offset + b.bytes <= c.offset!) break;
      offset = Math.max(offset, c.offset! + c.bytes);
    }
    b.offset = offset;
    placed.push(b);
  }
  const arena = Math.max(0, ...placed.map((b) => b.offset! + b.bytes));
  const byOwner = new Map<string, Buffer[]>();
  for (const b of buffers) byOwner.set(b.owner, [...(byOwner.get(b.owner) ?? []), b]);
  const ops = graph.ops.map((op) => {
    const attrs = { ...op.attrs };
    for (const b of byOwner.get(op.out)!) {
      attrs[b.key] = b.offset!;
      if (b.key === "scratch") attrs.scratch_bytes = b.bytes;
    }
    return { ...op, attrs };
  });
  const g: Graph = { ...graph, ops, attrs: { ...graph.attrs, arena } };
  return { graph: g, weights };
}
