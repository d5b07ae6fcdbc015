// Progressive-mode Huffman decoding of one block's part in a scan (T.81 G.1.2):
// DC first and refinement scans, AC first and refinement scans with end-of-band
// runs, into the coefficients kept for the whole image.
import { bits, fillBits, takeBits } from "./entropy";
import { Component } from "./frame";
import { decodeLongCode, decodeValue, FAST, lookup } from "./huffman";
import { coefficientOffset } from "./zigzag";

/** Blocks left that end their band at once (EOBRUN); reset at each scan and restart. */
let endOfBandRun: i32 = 0;

export function resetEndOfBandRun(): void {
  endOfBandRun = 0;
}

@inline
function skipBits(n: i32): void {
  bits.acc <<= <u64>n;
  bits.count -= n;
}

export function decodeDcFirst(block: usize, c: Component, low: i32): void {
  fillBits();
  const entry = decodeValue(c.dcTable, bits.acc);
  skipBits(entry & 31);
  const dc = c.lastDc + (entry >> 16);
  c.lastDc = dc;
  store<i16>(block, dc << low);
}

export function decodeDcRefine(block: usize, low: i32): void {
  if (takeBits(1)) store<i16>(block, <i32>load<i16>(block) | (1 << low));
}

export function decodeAcFirst(block: usize, table: usize, start: i32, end: i32, low: i32): void {
  if (endOfBandRun > 0) {
    endOfBandRun--;
    return;
  }
  for (let k = start; k <= end; k++) {
    fillBits();
    const entry = decodeValue(table, bits.acc);
    skipBits(entry & 31);
    const run = (entry >> 12) & 15;
    if (entry & 0xf00) {
      k += run;
      store<i16>(block + coefficientOffset(k), (entry >> 16) << low);
    } else if (run == 15) {
      k += 15;
    } else {
      endOfBandRun = (1 << run) - 1 + takeBits(run); // this block ends the run's first band
      break;
    }
  }
}

/** The symbol (run << 4 | size) << 8 | code length of the code at the top of the reader. */
function decodeCode(table: usize): i32 {
  fillBits();
  const entry = lookup(table, bits.acc);
  if (entry == 0) return decodeLongCode(table, bits.acc);
  return entry & FAST ? (entry & 0xff00) | ((entry & 31) - ((entry >> 8) & 15)) : entry;
}

/** A correction bit for a coefficient already nonzero: a 1 adds `bit` to its magnitude (unless set). */
@inline
function refine(at: usize, bit: i32): void {
  const coefficient = <i32>load<i16>(at);
  if (takeBits(1) && (coefficient & bit) == 0) store<i16>(at, coefficient >= 0 ? coefficient + bit : coefficient - bit);
}

export function decodeAcRefine(block: usize, table: usize, start: i32, end: i32, low: i32): void {
  const bit = 1 << low;
  let k = start;
  if (endOfBandRun == 0) {
    for (; k <= end; k++) {
      const code = decodeCode(table);
      skipBits(code & 31);
      let run = (code >> 12) & 15;
      let value = 0;
      if (code & 0xf00) {
        value = takeBits(1) ? bit : -bit; // a newly nonzero coefficient has magnitude 1 (libjpeg reads one bit whatever the size)
      } else if (run != 15) {
        endOfBandRun = (1 << run) + takeBits(run);
        break;
      }
      // Refine the nonzero coefficients on the way to the run's end.
      while (k <= end) {
        const at = block + coefficientOffset(k);
        if (load<i16>(at) != 0) refine(at, bit);
        else if (run-- == 0) break;
        k++;
      }
      if (value) store<i16>(block + coefficientOffset(k), value);
    }
  }
  if (endOfBandRun > 0) {
    for (; k <= end; k++) {
      const at = block + coefficientOffset(k);
      if (load<i16>(at) != 0) refine(at, bit);
    }
    endOfBandRun--;
  }
}
