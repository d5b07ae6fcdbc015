// Progressive-mode Huffman decoding of one block's part in a scan (T.81 G.1.2):
// DC first and refinement scans, AC first and refinement scans with end-of-band
// runs, into the block's record (kept-coefficients.ts): a mask of its nonzero
// coefficients in zig-zag order and the values the scaled IDCT reads. A
// refinement scan finds the nonzero coefficients from the mask and takes their
// correction bits all at once. The reader is a bit position in a local
// (entropy.ts, bitPosition).
import { bitPosition, bitsAt, setBitPosition } from "./entropy";
import { Component } from "./frame";
import { decodeLongCode, decodeValue, FAST, lookup, STEPS } from "./huffman";

/** Blocks left that end their band at once (EOBRUN); reset at each scan and restart. */
let endOfBandRun: i32 = 0;

export function resetEndOfBandRun(): void {
  endOfBandRun = 0;
}

const DC = 8; // the DC's offset in every record

/** Marks zig-zag coefficient k (past 63, a corrupt run: 63, as libjpeg) nonzero and keeps its value if the IDCT reads it. */
@inline
function setCoefficient(record: usize, offsets: usize, k: i32, value: i32): void {
  const index = min(k, 63);
  if (<i16>value == 0) return; // a value shifted out of 16 bits stays zero, as in libjpeg's JCOEF
  store<u64>(record, load<u64>(record) | (<u64>1 << <u64>index));
  const offset = <usize>load<u8>(offsets + <usize>index);
  if (offset) store<i16>(record + offset, value);
}

/** The `n` (0..31) bits at the top of `window` as a number. */
@inline
function top(window: u64, n: i32): i32 {
  return <i32>((window >> 1) >> <u64>(63 - n)); // n = 0 gives 0
}

export function decodeDcFirst(record: usize, c: Component, low: i32): void {
  const position = bitPosition();
  const entry = decodeValue(c.dcTable, bitsAt(position), !STEPS);
  setBitPosition(position + (entry & 31));
  const dc = c.lastDc + (entry >> 16);
  c.lastDc = dc;
  store<i16>(record + DC, dc << low);
}

export function decodeDcRefine(record: usize, low: i32): void {
  const position = bitPosition();
  if (top(bitsAt(position), 1)) store<i16>(record + DC, <i32>load<i16>(record + DC) | (1 << low));
  setBitPosition(position + 1);
}

export function decodeAcFirst(record: usize, offsets: usize, table: usize, start: i32, end: i32, low: i32): void {
  if (endOfBandRun > 0) {
    endOfBandRun--;
    return;
  }
  let position = bitPosition();
  for (let k = start; k <= end; k++) {
    const entry = decodeValue(table, bitsAt(position), !STEPS);
    position += entry & 31;
    const run = (entry >> 12) & 15;
    if (entry & 0xf00) {
      k += run;
      setCoefficient(record, offsets, k, (entry >> 16) << low);
    } else if (run == 15) {
      k += 15;
    } else {
      endOfBandRun = (1 << run) - 1 + top(bitsAt(position), run); // this block ends the run's first band
      position += run;
      break;
    }
  }
  setBitPosition(position);
}

/** The symbol (run << 4 | size) << 8 | code length of the code at the top of `window`. */
@inline
function decodeCode(table: usize, window: u64): i32 {
  const entry = lookup(table, window);
  if (entry == 0) return decodeLongCode(table, window);
  return entry & FAST ? (entry & 0xff00) | ((entry & 31) - ((entry >> 8) & 15)) : entry;
}

/** Bits from..to (inclusive, to at most 63) set; none when from > to. */
@inline
function band(from: i32, to: i32): u64 {
  if (from > to) return 0;
  return (<u64>-1 >> <u64>(63 - to)) & (<u64>-1 << <u64>from);
}

/**
 * Reads one correction bit at `position` for each coefficient in `which`, in
 * zig-zag order: a 1 adds `bit` to the magnitude of a coefficient that does not
 * have it yet (of those kept). Returns the position after them.
 */
function correct(record: usize, offsets: usize, which: u64, bit: i32, position: i32): i32 {
  while (which) {
    const count = min(<i32>popcnt(which), 31);
    let corrections = top(bitsAt(position), count) << (32 - count); // the first bit at the top
    position += count;
    for (let i = 0; i < count; i++, corrections <<= 1) {
      const offset = <usize>load<u8>(offsets + <usize>ctz(which));
      which &= which - 1;
      if (!offset) continue;
      const place = record + offset;
      const coefficient = <i32>load<i16>(place);
      const sign = coefficient >> 31; // the bit moves the magnitude away from zero: +bit or -bit
      const wanted = (corrections >> 31) & ~-((coefficient & bit) != 0); // all ones when the bit is to be added
      store<i16>(place, coefficient + (((bit ^ sign) - sign) & wanted));
    }
  }
  return position;
}

export function decodeAcRefine(record: usize, offsets: usize, table: usize, start: i32, end: i32, low: i32): void {
  const bit = 1 << low;
  const nonzero = load<u64>(record);
  let position = bitPosition();
  let k = start;
  if (endOfBandRun == 0) {
    while (k <= end) {
      let window = bitsAt(position);
      const code = decodeCode(table, window);
      const codeLength = code & 31;
      position += codeLength;
      window <<= <u64>codeLength;
      const run = (code >> 12) & 15;
      let value = 0;
      if (code & 0xf00) {
        value = top(window, 1) ? bit : -bit; // a newly nonzero coefficient has magnitude 1 (libjpeg reads one bit whatever the size)
        position += 1;
      } else if (run != 15) {
        endOfBandRun = (1 << run) + top(window, run);
        position += run;
        break;
      }
      // The coefficient goes to the (run + 1)-th zero from k; the nonzero ones on the way get correction bits.
      let zeros = ~nonzero & band(k, end);
      for (let i = 0; i < run; i++) zeros &= zeros - 1;
      const target = zeros ? <i32>ctz(zeros) : end + 1;
      const passed = nonzero & band(k, target - 1);
      if (passed) position = correct(record, offsets, passed, bit, position);
      if (value) setCoefficient(record, offsets, target, value);
      k = target + 1;
    }
  }
  if (endOfBandRun > 0) {
    const rest = nonzero & band(k, end);
    if (rest) position = correct(record, offsets, rest, bit, position);
    endOfBandRun--;
  }
  setBitPosition(position);
}
