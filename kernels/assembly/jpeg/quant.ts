// Quantization tables (DQT), kept in row-major order as 16-bit multipliers, the
// width libjpeg-turbo's SIMD dequantization uses.
import { fail, Fault } from "./errors";
import { nextByte, nextU16 } from "./input";
import { NATURAL } from "./zigzag";

const TABLE_BYTES = 128;
const TABLES = memory.data(4 * TABLE_BYTES);
const DEFINED = memory.data(4);

/** Reads one table of a DQT segment; returns the bytes it took. */
export function readQuantTable(): i32 {
  const precisionAndIndex = nextByte();
  const wide = precisionAndIndex >> 4;
  const index = precisionAndIndex & 15;
  if (wide > 1 || index > 3) fail(Fault.BadQuantTable);
  const table = TABLES + <usize>index * TABLE_BYTES;
  for (let k = 0; k < 64; k++) {
    const value = wide ? nextU16() : nextByte();
    store<u16>(table + (<usize>load<u8>(NATURAL + k) << 1), value);
  }
  store<u8>(DEFINED + index, 1);
  return 1 + (wide ? 128 : 64);
}

/** Table `index`, which must have been defined. */
export function quantTable(index: i32): usize {
  if (!load<u8>(DEFINED + index)) fail(Fault.MissingQuantTable, index);
  return TABLES + <usize>index * TABLE_BYTES;
}
