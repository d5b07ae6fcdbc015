// Progressive-mode Huffman decoding of one block's part in a scan (T.81 G.1.2):
// DC first and refinement scans, AC first and refinement scans with end-of-band
// runs. A progressive file's coefficients are kept in zig-zag order, so that a
// band is a run of memory: a refinement scan finds a block's nonzero
// coefficients from a bit mask and takes their correction bits all at once.
import { bits, fillBits, takeBits } from "./entropy";
import { Component } from "./frame";
import { decodeLongCode, decodeValue, FAST, lookup, STEPS } from "./huffman";
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

/** Where zig-zag coefficient k is; past 63 (a corrupt run), coefficient 63, as libjpeg. */
@inline
function at(block: usize, k: i32): usize {
  return block + (<usize>min(k, 63) << 1);
}

export function decodeDcFirst(block: usize, c: Component, low: i32): void {
  fillBits();
  const entry = decodeValue(c.dcTable, bits.acc, !STEPS);
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
    const entry = decodeValue(table, bits.acc, !STEPS);
    skipBits(entry & 31);
    const run = (entry >> 12) & 15;
    if (entry & 0xf00) {
      k += run;
      store<i16>(at(block, k), (entry >> 16) << low);
    } else if (run == 15) {
      k += 15;
    } else {
      endOfBandRun = (1 << run) - 1 + takeBits(run); // this block ends the run's first band
      break;
    }
  }
}

/** The symbol (run << 4 | size) << 8 | code length of the code at the top of the reader. */
@inline
function decodeCode(table: usize): i32 {
  fillBits();
  const entry = lookup(table, bits.acc);
  if (entry == 0) return decodeLongCode(table, bits.acc);
  return entry & FAST ? (entry & 0xff00) | ((entry & 31) - ((entry >> 8) & 15)) : entry;
}

/** Bit k set where zig-zag coefficient k of the block is nonzero. */
@inline
function nonzeroMask(block: usize): u64 {
  const zero = i16x8.splat(0);
  let mask: u64 = 0;
  for (let pair: usize = 0; pair < 4; pair++) {
    const a = i16x8.ne(v128.load(block + (pair << 5)), zero);
    const b = i16x8.ne(v128.load(block + (pair << 5) + 16), zero);
    mask |= <u64>i8x16.bitmask(i8x16.narrow_i16x8_s(a, b)) << (pair << 4);
  }
  return mask;
}

/** Bits from..to (inclusive, to at most 63) set; none when from > to. */
@inline
function band(from: i32, to: i32): u64 {
  if (from > to) return 0;
  return (<u64>-1 >> <u64>(63 - to)) & (<u64>-1 << <u64>from);
}

/**
 * Reads one correction bit for each coefficient in `which`, in zig-zag order:
 * a 1 adds `bit` to the magnitude of a coefficient that does not have it yet.
 */
function correct(block: usize, which: u64, bit: i32): void {
  while (which) {
    const count = min(<i32>popcnt(which), 31);
    let corrections = takeBits(count) << (32 - count); // the first bit at the top
    for (let i = 0; i < count; i++, corrections <<= 1) {
      const place = block + (<usize>ctz(which) << 1);
      which &= which - 1;
      const coefficient = <i32>load<i16>(place);
      const sign = coefficient >> 31; // the bit moves the magnitude away from zero: +bit or -bit
      const wanted = (corrections >> 31) & ~-((coefficient & bit) != 0); // all ones when the bit is to be added
      store<i16>(place, coefficient + (((bit ^ sign) - sign) & wanted));
    }
  }
}

export function decodeAcRefine(block: usize, table: usize, start: i32, end: i32, low: i32): void {
  const bit = 1 << low;
  const nonzero = nonzeroMask(block);
  let k = start;
  if (endOfBandRun == 0) {
    while (k <= end) {
      const code = decodeCode(table);
      skipBits(code & 31);
      const run = (code >> 12) & 15;
      let value = 0;
      if (code & 0xf00) {
        value = takeBits(1) ? bit : -bit; // a newly nonzero coefficient has magnitude 1 (libjpeg reads one bit whatever the size)
      } else if (run != 15) {
        endOfBandRun = (1 << run) + takeBits(run);
        break;
      }
      // The coefficient goes to the (run + 1)-th zero from k; the nonzero ones on the way get correction bits.
      let zeros = ~nonzero & band(k, end);
      for (let i = 0; i < run; i++) zeros &= zeros - 1;
      const target = zeros ? <i32>ctz(zeros) : end + 1;
      correct(block, nonzero & band(k, target - 1), bit);
      if (value) store<i16>(at(block, target), value);
      k = target + 1;
    }
  }
  if (endOfBandRun > 0) {
    correct(block, nonzero & band(k, end), bit);
    endOfBandRun--;
  }
}

/** Copies a block's coefficients from zig-zag to row-major order. */
export function toNaturalOrder(from: usize, to: usize): void {
  for (let k = 0; k < 64; k++) store<i16>(to + coefficientOffset(k), load<i16>(from + (<usize>k << 1)));
}
