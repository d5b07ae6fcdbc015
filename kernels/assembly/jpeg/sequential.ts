// Sequential-mode Huffman decoding of one block (T.81 F.2.2), the decoder's
// hottest loop: the bit reader lives in locals while it runs, and every AC code
// is one step of its table (huffman.ts, STEPS): move on, write the value; two
// short codes at once (PAIRS) while the block cannot end in the first.
import { bits, load64be } from "./entropy";
import { Component } from "./frame";
import { decodeValue, lookupPair, PAIRS_UNTIL, STEPS } from "./huffman";
import { STEP_OFFSETS } from "./zigzag";

/**
 * Decodes one block's coefficients into `block` (64 i16 in row-major order,
 * zeroed by the caller, and 2 spare bytes after them that end-of-block writes).
 */
export function decodeSequentialBlock(block: usize, c: Component): void {
  let acc = bits.acc;
  let count = bits.count;
  let next = bits.next;
  // Each refill leaves at least 56 bits, and a code with its value takes at most 31. The refill is
  // written out at each use: AssemblyScript cannot inline a helper that updates three locals.
  if (count < 32) {
    acc |= load64be(next) >> <u64>count;
    next += <usize>((63 - count) >> 3);
    count |= 56;
  }
  let entry = decodeValue(c.dcTable, acc, !STEPS);
  let taken = entry & 31;
  acc <<= <u64>taken;
  count -= taken;
  const dc = c.lastDc + (entry >> 16);
  c.lastDc = dc;
  store<i16>(block, dc);
  const acTable = c.acTable;
  // k counts the coefficients done; an end of block takes it past 63.
  let k = 1;
  while (k <= PAIRS_UNTIL) {
    if (count < 32) {
      acc |= load64be(next) >> <u64>count;
      next += <usize>((63 - count) >> 3);
      count |= 56;
    }
    const pair = lookupPair(acTable, acc);
    if (pair == 0) break; // a code, or its value, longer than the lookahead: one code at a time below
    taken = <i32>pair & 31;
    acc <<= <u64>taken;
    count -= taken;
    store<i16>(block + <usize>load<u8>(STEP_OFFSETS + <usize>(k + <i32>((pair >> 16) & 255) - 1)), <i32>(pair >> 32));
    store<i16>(block + <usize>load<u8>(STEP_OFFSETS + <usize>(k + <i32>((pair >> 24) & 255) - 1)), <i32>(pair >> 48));
    k += <i32>(pair >> 8) & 255;
  }
  while (k < 64) {
    if (count < 32) {
      acc |= load64be(next) >> <u64>count;
      next += <usize>((63 - count) >> 3);
      count |= 56;
    }
    entry = decodeValue(acTable, acc, STEPS);
    taken = entry & 31;
    acc <<= <u64>taken;
    count -= taken;
    k += (entry >> 8) & 255;
    store<i16>(block + <usize>load<u8>(STEP_OFFSETS + <usize>k - 1), entry >> 16);
  }
  bits.acc = acc;
  bits.count = count;
  bits.next = next;
}
