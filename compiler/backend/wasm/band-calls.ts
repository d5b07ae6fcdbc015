// The kernel calls of a band-fused pair (../../passes/band-fusion.ts): for each
// band of the depthwise's output rows, the 1x1 computes the expanded rows that
// the band reads and no earlier band did, into their ring slots (in two calls
// where they wrap past its end), then the depthwise computes the band from the
// ring. Both kernels are the unfused ones, on row ranges; the depthwise is
// specialised on the ring's size, which it wraps its row addresses around.
// Threads share the step out by channels (each call's `byChannels`): a thread
// runs every band on its own channels, which no other thread's bands read.
import { bandsOf } from "../../passes/band-fusion.ts";
import type { Graph } from "../../ir/types.ts";
import { ringRows } from "../../ir/physical.ts";
import { depthwiseCalls, pointwiseCalls, type Addresses, type KernelCall, type LoweringOptions } from "./calls.ts";

/** The calls of op i, a band-fused 1x1, and of op i + 1, its depthwise, for op i + 1's step. */
export function bandCalls(g: Graph, i: number, o: LoweringOptions): KernelCall[] {
  const [expansion, dw] = [g.ops[i]!, g.ops[i + 1]!];
  const { bands, ring } = bandsOf(g, dw);
  if (ringRows(expansion) !== ring) throw new Error(`internal: %${expansion.out} holds ${ringRows(expansion)} rows, its bands need ${ring}`);
  const calls: KernelCall[] = [];
  let done = 0;
  for (const band of bands) {
    const rows: KernelCall[] = [];
    for (let from = done; from < band.hi; ) {
      const slot = from % ring;
      const to = Math.min(band.hi, from + ring - slot);
      // The 1x1's weights are its own op's blocks.
      rows.push(...pointwiseCalls(g, expansion, o, { from, to, slot }).map((c) => ({ ...c, args: (at: Addresses) => c.args(at.layer(i)) })));
      from = to;
    }
    done = Math.max(done, band.hi);
    calls.push(...rows, ...depthwiseCalls(g, dw, o, { row0: band.o0, rows: band.o1 - band.o0, ring }));
  }
  return calls;
}
