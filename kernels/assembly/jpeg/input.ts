// The file's bytes, read through a window that the host refills on demand, so
// the decoder never holds the whole file.
import { fail, Fault } from "./errors";

/** Copies up to `max` of the file's next bytes to `dst`; returns how many (0 at the end). */
@external("env", "read")
declare function readFile(dst: usize, max: i32): i32;

const WINDOW_SIZE = 1 << 16;
const WINDOW = memory.data(WINDOW_SIZE);

let next: usize = WINDOW;
let end: usize = WINDOW;

/** Refills the window once it is used up; false at the end of the file. */
function refill(): bool {
  const count = readFile(WINDOW, WINDOW_SIZE);
  next = WINDOW;
  end = WINDOW + <usize>count;
  return count > 0;
}

/** The next byte, or -1 at the end of the file. */
export function nextByteOrEnd(): i32 {
  if (next == end && !refill()) return -1;
  return load<u8>(next++);
}

/** The next byte; the file must not end here. */
export function nextByte(): i32 {
  const byte = nextByteOrEnd();
  if (byte < 0) fail(Fault.Truncated);
  return byte;
}

export function nextU16(): i32 {
  const high = nextByte();
  return (high << 8) | nextByte();
}

export function skipBytes(count: i32): void {
  while (count > 0) {
    if (next == end && !refill()) fail(Fault.Truncated);
    const step = min(<usize>count, end - next);
    next += step;
    count -= <i32>step;
  }
}

/** How many bytes can be read in one go from `cursor()`; refills first, so 0 means the file has ended. */
export function bytesAvailable(): i32 {
  if (next == end) refill();
  return <i32>(end - next);
}

export function cursor(): usize {
  return next;
}

export function advance(count: i32): void {
  next += <usize>count;
}
