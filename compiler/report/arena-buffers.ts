// The memory plan read back from a planned graph: every buffer in the arena
// (each value, and each op's scratch space) with its offset, size and
// lifetime in op steps, and the bytes a plan without reuse would need.
import { lifetimes } from "../backend/plan-memory.ts";
import type { Graph } from "../ir/types.ts";
import { arenaAt, scratchAt } from "../ir/physical.ts";

export interface ArenaBuffer {
  /** The op whose output (or scratch space) this is. */
  owner: string;
  kind: "value" | "scratch";
  offset: number;
  bytes: number;
  /** The op step that writes it and the last that reads it (the output lives to the end). */
  first: number;
  last: number;
}

export interface ArenaPlan {
  buffers: ArenaBuffer[];
  /** The arena's size: the plan's peak. */
  arenaBytes: number;
  /** Every buffer in a place of its own, as without reuse. */
  naiveBytes: number;
  /** The step at which the most bytes are live, and how many. */
  peakStep: number;
  peakLiveBytes: number;
}

/** The buffers of a graph after the `plan` pass (its ops carry at=, scratch= and scratch_bytes=). */
export function arenaPlan(g: Graph): ArenaPlan {
  const byName = new Map(g.ops.map((op) => [op.out, op]));
  const buffers = lifetimes(g, (op) => (op.attrs.scratch_bytes as number | undefined) ?? 0).map(({ owner, key, bytes, first, last }): ArenaBuffer => {
    const op = byName.get(owner)!;
    return { owner, kind: key === "at" ? "value" : "scratch", offset: key === "at" ? arenaAt(op) : scratchAt(op), bytes, first, last };
  });
  const live = Array.from({ length: g.ops.length + 1 }, (_, step) => buffers.reduce((n, b) => (b.first <= step && step <= b.last ? n + b.bytes : n), 0));
  const peakLiveBytes = Math.max(0, ...live);
  return { buffers, arenaBytes: g.attrs?.arena as number, naiveBytes: buffers.reduce((n, b) => n + b.bytes, 0), peakStep: live.indexOf(peakLiveBytes), peakLiveBytes };
}
