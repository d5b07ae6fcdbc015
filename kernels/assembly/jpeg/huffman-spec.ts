// Huffman tables as DHT markers define them: the number of codes of each
// length 1..16 and the symbols, in 8 slots (DC tables 0-3, AC tables 4-7).
import { fail, Fault } from "./errors";
import { nextByte } from "./input";

export const SLOTS = 8; // DC tables 0-3, AC tables 4-7
export const SPEC_COUNTS = 0; // 16 bytes: codes of each length 1..16
export const SPEC_SYMBOLS = 16; // 256 bytes
const SPEC_DEFINED = 272;
const SPEC_SIZE = 288;
const SPECS = memory.data(SLOTS * SPEC_SIZE);

/** The slot of DC (class 0) or AC (class 1) table `index`. */
@inline
export function huffmanSlot(tableClass: i32, index: i32): i32 {
  return tableClass * 4 + index;
}

/** Reads one table of a DHT segment; returns the bytes it took. */
export function readHuffmanSpec(): i32 {
  const classAndIndex = nextByte();
  const tableClass = classAndIndex >> 4;
  const index = classAndIndex & 15;
  if (tableClass > 1 || index > 3) fail(Fault.BadHuffmanTable);
  const spec = SPECS + <usize>huffmanSlot(tableClass, index) * SPEC_SIZE;
  let symbols = 0;
  for (let length = 0; length < 16; length++) {
    const count = nextByte();
    store<u8>(spec + SPEC_COUNTS + length, count);
    symbols += count;
  }
  if (symbols > 256) fail(Fault.BadHuffmanTable);
  for (let i = 0; i < symbols; i++) store<u8>(spec + SPEC_SYMBOLS + i, nextByte());
  store<u8>(spec + SPEC_DEFINED, 1);
  return 17 + symbols;
}

/** The definition in `slot`, which a scan uses: it must exist. */
export function huffmanSpec(slot: i32): usize {
  const spec = SPECS + <usize>slot * SPEC_SIZE;
  if (!load<u8>(spec + SPEC_DEFINED)) fail(Fault.MissingHuffmanTable, slot);
  return spec;
}

/** Defines a slot from counts and symbols in memory, unless a DHT marker already has. */
export function defineHuffmanSpec(slot: i32, counts: usize, symbols: usize): void {
  const spec = SPECS + <usize>slot * SPEC_SIZE;
  if (load<u8>(spec + SPEC_DEFINED)) return;
  let total = 0;
  for (let length = 0; length < 16; length++) total += load<u8>(counts + length);
  memory.copy(spec + SPEC_COUNTS, counts, 16);
  memory.copy(spec + SPEC_SYMBOLS, symbols, total);
  store<u8>(spec + SPEC_DEFINED, 1);
}
