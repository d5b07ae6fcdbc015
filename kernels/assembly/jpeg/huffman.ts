// Huffman decoding tables, built from the DHT definitions (huffman-spec.ts) at
// the start of each scan: a lookup of the next LOOKAHEAD bits that gives the
// symbol and its code length, and, when the code and the value bits after it
// both fit in those bits, the value itself.
// A sequential scan's AC tables give steps instead of symbols (see STEPS).
import { fail, Fault } from "./errors";
import { huffmanSpec, SLOTS, SPEC_COUNTS, SPEC_SYMBOLS } from "./huffman-spec";

const LOOKAHEAD = 10;
/** Lookup entries with this bit carry the value: length is the code's and the value's bits together. */
export const FAST = 0x80;

// Entry layout: bits 0-4 length, bit 7 FAST, bits 8-15 symbol (run << 4 | size), bits 16-31 the value (FAST only).
// A zero entry: the code is longer than LOOKAHEAD bits.
// In a STEPS table, FAST entries have in bits 8-15 how far the coefficient index
// moves: the zero run + 1 for a coefficient (its value in bits 16-31), 16 for
// sixteen zeros (ZRL), END_OF_BLOCK for the other symbols of size 0 (as libjpeg,
// all end the block), with a value of 0.
const END_OF_BLOCK = 81; // past 63 from any coefficient index, onto STEP_OFFSETS' spare slot
export const STEPS = true;

// PAIRS: a STEPS table also has an i64 lookup that takes up to two codes (with
// their values) at once when both fit in LOOKAHEAD bits: bits 0-4 the bits
// taken, 8-15 how far k moves, 16-23 and 24-31 where the two values go (k + d
// - 1, or past 80: the spare slot), 32-47 and 48-63 the values. Zero: the first
// code or its value does not fit. Used while k <= PAIRS_UNTIL, where the first
// code cannot run past the block (libjpeg stops there; a second code would be
// the next block's).
export const PAIRS_UNTIL = 47;
const SPARE = 100; // k + SPARE - 1 lands on STEP_OFFSETS' spare slot from any k up to PAIRS_UNTIL

const TABLE_LOOKUP = 0;
const TABLE_MAXCODE = 4 << LOOKAHEAD; // i32 per length 0..16: the largest code of that length, -1 if none
const TABLE_OFFSET = TABLE_MAXCODE + 17 * 4; // i32 per length: symbol index minus code
const TABLE_SYMBOLS = TABLE_OFFSET + 17 * 4;
const TABLE_PAIRS = TABLE_SYMBOLS + 256; // STEPS tables: i64 per LOOKAHEAD bits, see PAIRS
const TABLE_SIZE = TABLE_PAIRS + (8 << LOOKAHEAD);
const TABLES = memory.data(SLOTS * TABLE_SIZE);

/** Builds the decoding table of a slot for a scan (with steps or symbols); DC symbols (value sizes) must be at most 15. */
export function buildHuffmanTable(slot: i32, steps: bool): usize {
  const spec = huffmanSpec(slot);
  const isDc = slot < 4;
  const table = TABLES + <usize>slot * TABLE_SIZE;
  memory.fill(table + TABLE_LOOKUP, 0, 4 << LOOKAHEAD);
  memory.copy(table + TABLE_SYMBOLS, spec + SPEC_SYMBOLS, 256);
  let code = 0;
  let index = 0;
  for (let length = 1; length <= 16; length++) {
    const count = <i32>load<u8>(spec + SPEC_COUNTS + length - 1);
    store<i32>(table + TABLE_OFFSET + (length << 2), index - code);
    for (let i = 0; i < count; i++, index++, code++) {
      const symbol = <i32>load<u8>(spec + SPEC_SYMBOLS + index);
      if (isDc && symbol > 15) fail(Fault.BadHuffmanTable);
      if (length <= LOOKAHEAD) fillLookup(table, code, length, symbol, isDc, steps);
    }
    store<i32>(table + TABLE_MAXCODE + (length << 2), count ? code - 1 : -1);
    if (code >= 1 << length) fail(Fault.BadHuffmanTable); // a code of all ones, or more codes than fit
    code <<= 1;
  }
  if (steps) fillPairs(table);
  return table;
}

/** The PAIRS lookup of a STEPS table, from its single lookup. */
function fillPairs(table: usize): void {
  const mask = (1 << LOOKAHEAD) - 1;
  for (let bits = 0; bits <= mask; bits++) {
    const first = load<i32>(table + TABLE_LOOKUP + (<usize>bits << 2));
    let pair: u64 = 0;
    if (first & FAST) {
      const taken = first & 31, step = (first >> 8) & 255;
      let second = 0;
      if (step != END_OF_BLOCK) {
        // The second code is read from the bits after the first; valid only if it ends within them.
        second = load<i32>(table + TABLE_LOOKUP + (<usize>((bits << taken) & mask) << 2));
        if (!(second & FAST) || (second & 31) > LOOKAHEAD - taken) second = 0;
      }
      const step2 = (second >> 8) & 255;
      pair = <u64>(taken + (second & 31)) | (<u64>(step + step2) << 8) | (<u64>(step == END_OF_BLOCK ? SPARE : step) << 16);
      pair |= (<u64>(second ? step + step2 : SPARE) << 24) | (<u64>((first >> 16) & 0xffff) << 32) | (<u64>((second >> 16) & 0xffff) << 48);
    }
    store<u64>(table + TABLE_PAIRS + (<usize>bits << 3), pair);
  }
}

/** The PAIRS entry for the bits at the top of `acc`. */
@inline
export function lookupPair(table: usize, acc: u64): u64 {
  return load<u64>(table + TABLE_PAIRS + (<usize>(acc >> (64 - LOOKAHEAD)) << 3));
}

/** The lookup entries of every LOOKAHEAD-bit sequence that starts with `code`. */
function fillLookup(table: usize, code: i32, length: i32, symbol: i32, isDc: bool, steps: bool): void {
  const free = LOOKAHEAD - length; // bits after the code
  const size = isDc ? symbol : symbol & 15;
  const carriesValue = (isDc || steps || size != 0) && size <= free; // AC sizes 0 are EOB and ZRL: no value
  for (let rest = 0; rest < 1 << free; rest++) {
    let entry = (symbol << 8) | length;
    if (carriesValue) {
      const value = size ? extend((rest >> (free - size)) & ((1 << size) - 1), size) : 0;
      entry = fastEntry(symbol, length + size, value, steps);
    }
    store<i32>(table + TABLE_LOOKUP + (<usize>((code << free) | rest) << 2), entry);
  }
}

@inline
function fastEntry(symbol: i32, taken: i32, value: i32, steps: bool): i32 {
  let middle = symbol;
  if (steps) middle = symbol & 15 ? (symbol >> 4) + 1 : symbol == 0xf0 ? 16 : END_OF_BLOCK;
  return (value << 16) | (middle << 8) | FAST | taken;
}

/** A coefficient from its `size` raw bits (T.81 F.2.2.1: the values below half are negative). */
@inline
function extend(raw: i32, size: i32): i32 {
  return raw < 1 << (size - 1) ? raw - (1 << size) + 1 : raw;
}

/** The lookup entry for the bits at the top of `acc`; zero when the code is longer than LOOKAHEAD. */
@inline
export function lookup(table: usize, acc: u64): i32 {
  return load<i32>(table + TABLE_LOOKUP + (<usize>(acc >> (64 - LOOKAHEAD)) << 2));
}

/** The entry (symbol << 8 | code length) of a code longer than LOOKAHEAD bits at the top of `acc`. */
@inline
export function decodeLongCode(table: usize, acc: u64): i32 {
  for (let length = LOOKAHEAD + 1; length <= 16; length++) {
    const code = <i32>(acc >> <u64>(64 - length));
    if (code <= load<i32>(table + TABLE_MAXCODE + (length << 2))) {
      const at = code + load<i32>(table + TABLE_OFFSET + (length << 2));
      return (<i32>load<u8>(table + TABLE_SYMBOLS + at) << 8) | length;
    }
  }
  fail(Fault.BadHuffmanCode);
  return 0;
}

/**
 * The code at the top of `acc` (which holds at least 32 bits) with its value
 * bits, as a FAST entry (of a STEPS table or not): value << 16 | symbol or step
 * << 8 | FAST | bits taken. A size of 0 (DC zero, AC end-of-block or zero run)
 * has the value 0.
 */
@inline
export function decodeValue(table: usize, acc: u64, steps: bool): i32 {
  const entry = lookup(table, acc);
  return entry & FAST ? entry : completeEntry(table, acc, entry, steps);
}

@inline
function completeEntry(table: usize, acc: u64, entry: i32, steps: bool): i32 {
  if (entry == 0) entry = decodeLongCode(table, acc);
  const codeLength = entry & 31;
  const symbol = (entry >> 8) & 255;
  const size = symbol & 15;
  const value = size ? extend(<i32>((acc << <u64>codeLength) >> <u64>(64 - size)), size) : 0;
  return fastEntry(symbol, codeLength + size, value, steps);
}
