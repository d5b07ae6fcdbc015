// How one kernel call's work divides between threads (the threaded code,
// threaded.ts): into chunks, each a contiguous range of whole units (pixel
// tiles, rows, channel blocks), on which the kernel is called alone, with its
// addresses moved to the range's start and its count shortened. Every output
// value is then computed by one thread, by the same instructions in the same
// order as one thread computes it, so the results are bitwise those of one thread.
import type { Signature } from "../../../kernels/signature.ts";

export interface Split {
  /** Items in all (pixels or blocks); a thread's range is whole units of `unit` items, the last unit maybe short. */
  items: number;
  unit: number;
  /** Per argument, in the signature's order: bytes its address moves per item skipped. */
  moves: number[];
  /** The argument (its position) that counts the items. */
  count: number;
  /** The next call runs on the same range, after this one, on the same thread (a gated segment's product reads the weights its scaling wrote). */
  withNext?: boolean;
}

/**
 * A call's part in a step that threads share out by channels (a band-fused step, band-calls.ts,
 * whose calls depend on each other by rows but not by channels): each chunk is a range of the
 * step's 8-channel blocks and runs every call, in order, on its own channels. The call covers
 * its units [from, from + split.items), `per` units to a step block; `split` moves and counts them.
 */
export interface ChannelShare {
  from: number;
  per: number;
  split: Split;
}

export function splitOf<N extends string>(sig: Signature<N>, items: number, unit: number, count: N, moves: Partial<Record<N, number>>): Split {
  return { items, unit, count: sig.names.indexOf(count), moves: sig.names.map((n) => moves[n] ?? 0) };
}

/** Units of a split (or of any range of items cut in units): the threads share these out. */
export const unitsOf = (s: Pick<Split, "items" | "unit">) => Math.ceil(s.items / s.unit);

/**
 * The call's arguments for the range [$lo, $hi) of items (i32 locals of the calling function,
 * or others named): the count as $hi - $lo, each moving address plus $lo times its move.
 */
export function rangeArgs(s: Split, args: number[], lo = "lo", hi = "hi"): string[] {
  return args.map((a, i) => {
    if (i === s.count) return `(i32.sub (local.get $${hi}) (local.get $${lo}))`;
    const move = s.moves[i]!;
    return move ? `(i32.add (i32.const ${a}) (i32.mul (local.get $${lo}) (i32.const ${move})))` : `(i32.const ${a})`;
  });
}
