// Sequential-mode Huffman decoding of one block (T.81 F.2.2), the decoder's
// hottest loop: the bit reader lives in locals while it runs.
import { bits, load64be } from "./entropy";
import { Component } from "./frame";
import { decodeValue } from "./huffman";
import { coefficientOffset } from "./zigzag";

/** Decodes one block's coefficients into `block` (64 i16 in row-major order, zeroed by the caller). */
export function decodeSequentialBlock(block: usize, c: Component): void {
  let acc = bits.acc;
  let count = bits.count;
  let next = bits.next;
  // Each refill below leaves at least 56 bits, and a code with its value takes at most 31.
  if (count < 32) {
    acc |= load64be(next) >> <u64>count;
    next += <usize>((63 - count) >> 3);
    count |= 56;
  }
  let entry = decodeValue(c.dcTable, acc);
  let taken = entry & 31;
  acc <<= <u64>taken;
  count -= taken;
  const dc = c.lastDc + (entry >> 16);
  c.lastDc = dc;
  store<i16>(block, dc);
  const acTable = c.acTable;
  for (let k = 1; k < 64; k++) {
    if (count < 32) {
      acc |= load64be(next) >> <u64>count;
      next += <usize>((63 - count) >> 3);
      count |= 56;
    }
    entry = decodeValue(acTable, acc);
    taken = entry & 31;
    acc <<= <u64>taken;
    count -= taken;
    const run = (entry >> 12) & 15;
    if ((entry & 0xf00) == 0) {
      if (run != 15) break; // end of block
      k += 15; // sixteen zeros
      continue;
    }
    k += run;
    store<i16>(block + coefficientOffset(k), entry >> 16);
  }
  bits.acc = acc;
  bits.count = count;
  bits.next = next;
}
