// The decoder's working memory: one bump region above the static data. Every
// buffer is reserved from the header before anything is written (so the caller
// can refuse a file by the memory it needs), then memory grows once (commit).
import { fail, Fault } from "./errors";

const ALIGN: u64 = 16;
let top: u64 = (<u64>__heap_base + ALIGN - 1) & ~(ALIGN - 1);

/** Reserves `bytes` (computed in 64 bits, so a huge header cannot wrap) and returns where they start. */
export function reserve(bytes: u64): usize {
  const at = top;
  top = (top + bytes + ALIGN - 1) & ~(ALIGN - 1);
  return <usize>at;
}

/** The bytes of memory the decode will use: static data and every reservation. */
export function reservedBytes(): u64 {
  return top;
}

/** Grows memory to hold every reservation. */
export function commit(): void {
  const pages = (top + 0xffff) >> 16;
  if (pages > 65536) fail(Fault.OutOfMemory, <i32>pages);
  const have = memory.size();
  if (<i32>pages > have && memory.grow(<i32>pages - have) < 0) fail(Fault.OutOfMemory, <i32>pages);
}
