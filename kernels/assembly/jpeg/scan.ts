// The scan header (SOS): which components a scan carries, with which Huffman
// tables, and for progressive scans which coefficients and bits.
import { fail, Fault } from "./errors";
import { component, componentCount, progressive } from "./frame";
import { nextByte } from "./input";

/** Frame indices of the scan's components, in scan order. */
const SCAN_COMPONENTS = memory.data(16);
export let scanComponentCount: i32 = 0;
export let spectralStart: i32 = 0; // Ss
export let spectralEnd: i32 = 63; // Se
export let bitHigh: i32 = 0; // Ah
export let bitLow: i32 = 0; // Al
/** Huffman table indices of each frame component in this scan: DC in bits 0-3, AC in bits 4-7. */
const TABLE_CHOICES = memory.data(4);

export function scanComponent(i: i32): i32 {
  return load<i32>(SCAN_COMPONENTS + (<usize>i << 2));
}

export function dcTableIndex(frameIndex: i32): i32 {
  return load<u8>(TABLE_CHOICES + frameIndex) & 15;
}

export function acTableIndex(frameIndex: i32): i32 {
  return load<u8>(TABLE_CHOICES + frameIndex) >> 4;
}

/** Reads a SOS segment of `length` bytes (its length field included). */
export function readScanHeader(length: i32): void {
  const count = nextByte();
  if (length != 6 + 2 * count || count < 1 || count > 4) fail(Fault.BadSegmentLength, 0xda);
  let blocksInMcu = 0;
  for (let i = 0; i < count; i++) {
    const id = nextByte();
    const tables = nextByte();
    let index = 0;
    while (index < componentCount && component(index).id != id) index++;
    if (index == componentCount) fail(Fault.BadScan);
    for (let j = 0; j < i; j++) if (scanComponent(j) == index) fail(Fault.BadScan);
    if (tables >> 4 > 3 || (tables & 15) > 3) fail(Fault.BadScan);
    store<i32>(SCAN_COMPONENTS + (<usize>i << 2), index);
    store<u8>(TABLE_CHOICES + index, (tables >> 4) | ((tables & 15) << 4));
    blocksInMcu += component(index).h * component(index).v;
  }
  if (count > 1 && blocksInMcu > 10) fail(Fault.McuTooLarge);
  scanComponentCount = count;
  spectralStart = nextByte();
  spectralEnd = nextByte();
  const approximation = nextByte();
  bitHigh = approximation >> 4;
  bitLow = approximation & 15;
  if (progressive) checkProgression();
}

/** The limits libjpeg puts on a progressive scan (jdphuff.c). */
function checkProgression(): void {
  let bad = bitLow > 13 || (bitHigh != 0 && bitLow != bitHigh - 1);
  if (spectralStart == 0) bad = bad || spectralEnd != 0;
  else bad = bad || spectralStart > spectralEnd || spectralEnd > 63 || scanComponentCount != 1;
  if (bad) fail(Fault.BadProgression);
}
