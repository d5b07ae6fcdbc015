// What a progressive decode keeps of each block until its last scan: a mask of
// its nonzero coefficients in zig-zag order (the refinement scans need to know
// them all) and the values of only those the IDCT at the component's scale
// reads (jidctred.c's 4x4 reads rows and columns 0-3 and 5-7, its 2x2 rows and
// columns 0, 1, 3, 5 and 7, its 1x1 the DC). Scaled down, a 50 MP file keeps a
// fifth of its coefficients.
import { NATURAL } from "./zigzag";

// Per IDCT size (1, 2, 4, 8 at index 0-3): for each zig-zag index, the byte
// offset of its value in a block's record (after the 8-byte mask), or 0 when it
// is not kept; and the list of kept (record offset, row-major offset) pairs.
const OFFSETS = memory.data(4 * 64);
const KEPT = memory.data(4 * 64 * 2);
const KEPT_COUNT = memory.data(4);

function sizeIndex(size: i32): usize {
  return <usize>ctz(size);
}

/** Whether the IDCT of `size` reads row or column `index` (0-7) of the coefficients. */
function reads(size: i32, index: i32): bool {
  if (size == 8) return true;
  if (size == 4) return index != 4;
  if (size == 2) return index == 0 || (index & 1) == 1;
  return index == 0;
}

/** Fills the tables (once per decode: the instance is fresh). */
export function prepareKeptCoefficients(): void {
  for (let size = 1; size <= 8; size <<= 1) {
    const at = sizeIndex(size);
    let kept = 0;
    for (let k = 0; k < 64; k++) {
      const natural = <i32>load<u8>(NATURAL + k);
      let offset = 0;
      if (reads(size, natural >> 3) && reads(size, natural & 7)) {
        offset = 8 + 2 * kept;
        store<u8>(KEPT + ((at * 64 + kept) << 1), offset);
        store<u8>(KEPT + ((at * 64 + kept) << 1) + 1, natural << 1);
        kept++;
      }
      store<u8>(OFFSETS + at * 64 + k, offset);
    }
    store<u8>(KEPT_COUNT + at, kept);
  }
}

/** The bytes of one block's record for an IDCT of `size` (records are packed: wasm loads need no alignment). */
export function recordBytes(size: i32): i32 {
  return 8 + 2 * load<u8>(KEPT_COUNT + sizeIndex(size));
}

/** The offsets of zig-zag values in a record for an IDCT of `size` (0: not kept). */
export function valueOffsets(size: i32): usize {
  return OFFSETS + sizeIndex(size) * 64;
}

/** Writes a record's kept values into a zeroed block of 64 coefficients in row-major order. */
export function expandRecord(record: usize, size: i32, block: usize): void {
  const at = sizeIndex(size);
  const list = KEPT + ((at * 64) << 1);
  const count = <usize>load<u8>(KEPT_COUNT + at);
  for (let i: usize = 0; i < count; i++) {
    store<i16>(block + <usize>load<u8>(list + (i << 1), 1), load<i16>(record + <usize>load<u8>(list + (i << 1))));
  }
}
