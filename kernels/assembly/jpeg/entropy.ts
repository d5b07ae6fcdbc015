// A scan's entropy-coded data with the 0xFF00 byte stuffing removed, stopped at
// the first marker, so that the bit reader can load 8 bytes at a time without
// looking for markers. Zeros follow the data's end; decoding that reaches into
// them is an error, checked once per MCU.
import { fail, Fault } from "./errors";
import { advance, bytesAvailable, cursor, nextByteOrEnd } from "./input";

const CAPACITY = 1 << 16;
/** More than one MCU can read past the data's end before the check after it. */
const PADDING = 8192;
/** The most bytes one MCU can take (10 blocks of 64 coefficients of at most 16 + 15 bits), plus the reader's lookahead. */
const MCU_BYTES_MAX: usize = 4096;
const DATA = memory.data(CAPACITY + PADDING);

/**
 * The bit reader. `acc` holds `count` unread bits at its top; the bits below
 * them are the data's next bits or zeros, never anything else, so a refill may
 * OR whole 8-byte loads into it. `next` is the first byte not yet in `acc`.
 */
@unmanaged
export class BitReader {
  acc: u64;
  count: i32;
  next: usize;
}

export const bits = changetype<BitReader>(memory.data(16));

let dataEnd: usize = DATA;
/** 0 while the data goes on; else the marker that ended it, or -1 for the end of the file. */
let endMarker: i32 = 0;

/** 8 bytes as a big-endian number: the order the bits come in. */
@inline
export function load64be(at: usize): u64 {
  const bytes = v128.load64_zero(at);
  return i64x2.extract_lane(i8x16.shuffle(bytes, bytes, 7, 6, 5, 4, 3, 2, 1, 0, 8, 9, 10, 11, 12, 13, 14, 15), 0);
}

/**
 * The reader as one number: the bits read since the buffer's start. Decoders
 * that call helpers keep this in a local (the helpers return values, the
 * caller adds the bits they took) and give it back with setBitPosition.
 */
export function bitPosition(): i32 {
  return (<i32>(bits.next - DATA) << 3) - bits.count;
}

export function setBitPosition(position: i32): void {
  const next = DATA + <usize>(position >> 3) + 1;
  const used = position & 7;
  bits.next = next;
  bits.count = 8 - used;
  bits.acc = (<u64>load<u8>(next - 1) << 56) << <u64>used;
}

/** The 57 or more bits at `position` (see bitPosition), at the top. */
@inline
export function bitsAt(position: i32): u64 {
  return load64be(DATA + <usize>(position >> 3)) << <u64>(position & 7);
}

/** Begins reading entropy-coded data at the file's current position. */
export function startEntropyData(): void {
  bits.acc = 0;
  bits.count = 0;
  bits.next = DATA;
  dataEnd = DATA;
  endMarker = 0;
  destuff();
}

/** Makes sure one more MCU can be decoded from memory. */
@inline
export function ensureMcuData(): void {
  if (endMarker == 0 && dataEnd - bits.next < MCU_BYTES_MAX) {
    // Keeps the 8 bytes before `next` too: the bits in `acc` come from them (see bitPosition).
    const from = max(DATA + 8, bits.next) - 8;
    memory.copy(DATA, from, dataEnd - from);
    bits.next -= from - DATA;
    dataEnd -= from - DATA;
    destuff();
  }
}

/** Fails if decoding has used bits beyond the data's end (the zeros after it). */
export function checkWithinData(): void {
  if (endMarker == 0) return;
  const used = (<i32>(bits.next - DATA) << 3) - bits.count;
  if (used > <i32>(dataEnd - DATA) << 3) fail(endMarker < 0 ? Fault.Truncated : Fault.ScanEndsEarly, endMarker);
}

/** Skips whatever data is left up to the next marker and returns that marker (-1 at the end of the file). */
export function takeMarker(): i32 {
  while (endMarker == 0) {
    dataEnd = DATA;
    destuff();
  }
  return endMarker;
}

/** Appends the file's next bytes, unstuffed, until the buffer is full or a marker or the file's end comes. */
function destuff(): void {
  let out = dataEnd;
  const limit = DATA + CAPACITY;
  const ff = i8x16.splat(-1);
  while (out < limit) {
    const available = bytesAvailable();
    if (available == 0) {
      endMarker = -1;
      break;
    }
    const from = cursor();
    if (available >= 16 && out + 16 <= limit) {
      const chunk = v128.load(from);
      if (!v128.any_true(i8x16.eq(chunk, ff))) {
        v128.store(out, chunk);
        advance(16);
        out += 16;
        continue;
      }
    }
    const byte = load<u8>(from);
    advance(1);
    if (byte != 0xff) {
      store<u8>(out++, byte);
      continue;
    }
    let after = nextByteOrEnd();
    while (after == 0xff) after = nextByteOrEnd(); // fill bytes
    if (after == 0) {
      store<u8>(out++, 0xff); // a stuffed data byte
      continue;
    }
    endMarker = after; // a marker, or -1 at the end of the file
    break;
  }
  dataEnd = out;
  if (endMarker != 0) memory.fill(out, 0, PADDING);
}
