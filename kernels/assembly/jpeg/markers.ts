// The markers between scans: tables, restart interval, frame and scan headers,
// colour-space hints; everything else is skipped by its length.
import { fail, Fault } from "./errors";
import { componentCount, noteAdobe, noteJfif, readFrameHeader } from "./frame";
import { readHuffmanSpec } from "./huffman-spec";
import { nextByte, nextByteOrEnd, nextU16, skipBytes } from "./input";
import { readQuantTable } from "./quant";
import { readScanHeader } from "./scan";

export let restartInterval: i32 = 0;
let sawScan: bool = false;

/** Checks the SOI marker that starts every JPEG file. */
export function readStart(): void {
  if (nextByteOrEnd() != 0xff || nextByteOrEnd() != 0xd8) fail(Fault.NotJpeg);
}

/**
 * Reads markers up to the next scan, whose header it reads (true), or to EOI
 * (false). `pending` is a marker already taken from the file, or 0.
 */
export function readMarkers(pending: i32): bool {
  let marker = pending;
  for (;;) {
    if (marker == 0) marker = nextMarker();
    if (marker < 0) fail(Fault.Truncated);
    if (marker == 0xd9) {
      if (!sawScan) fail(Fault.NoImage);
      return false;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
      marker = 0; // RSTn and TEM have no segment
      continue;
    }
    const length = nextU16();
    if (length < 2) fail(Fault.BadSegmentLength, marker);
    if (marker == 0xda) {
      if (!componentCount) fail(Fault.ScanBeforeFrame);
      readScanHeader(length);
      sawScan = true;
      return true;
    }
    readSegment(marker, length);
    marker = 0;
  }
  return false;
}

/** The next marker's code, after any stray bytes (which libjpeg skips with a warning); -1 at the end of the file. */
function nextMarker(): i32 {
  for (;;) {
    let byte = nextByteOrEnd();
    if (byte < 0) return -1;
    if (byte != 0xff) continue;
    do byte = nextByteOrEnd();
    while (byte == 0xff);
    if (byte != 0) return byte; // FF00 outside a scan is junk too
  }
  return -1;
}

function readSegment(marker: i32, length: i32): void {
  const body = length - 2;
  if (marker == 0xc0 || marker == 0xc1 || marker == 0xc2) readFrameHeader(marker, length, marker == 0xc2);
  else if (marker == 0xc3) fail(Fault.Lossless);
  else if (marker >= 0xc5 && marker <= 0xc7) fail(Fault.Hierarchical);
  else if (marker >= 0xc9 && marker <= 0xcf && marker != 0xcc) fail(Fault.Arithmetic);
  else if (marker == 0xc4) readTables(body, marker, true);
  else if (marker == 0xdb) readTables(body, marker, false);
  else if (marker == 0xdd) {
    if (body != 2) fail(Fault.BadSegmentLength, marker);
    restartInterval = nextU16();
  } else if (marker == 0xe0 || marker == 0xee) readColourHint(marker, body);
  else if ((marker >= 0xe1 && marker <= 0xef) || marker == 0xfe || marker == 0xcc || marker == 0xdc) skipBytes(body);
  else fail(Fault.UnexpectedMarker, marker);
}

/** The tables of a DHT or DQT segment, which must fill it exactly. */
function readTables(body: i32, marker: i32, huffman: bool): void {
  let left = body;
  while (left > 0) left -= huffman ? readHuffmanSpec() : readQuantTable();
  if (left != 0) fail(Fault.BadSegmentLength, marker);
}

const HINT = memory.data(14);
const JFIF = memory.data<u8>([0x4a, 0x46, 0x49, 0x46, 0]); // "JFIF\0"
const ADOBE = memory.data<u8>([0x41, 0x64, 0x6f, 0x62, 0x65]); // "Adobe"

/** JFIF (APP0) and Adobe (APP14) markers, read as libjpeg reads them: their first 14 bytes at most. */
function readColourHint(marker: i32, body: i32): void {
  const head = min(body, 14);
  for (let i = 0; i < head; i++) store<u8>(HINT + i, nextByte());
  skipBytes(body - head);
  if (marker == 0xe0 && head >= 14 && memory.compare(HINT, JFIF, 5) == 0) noteJfif();
  if (marker == 0xee && head >= 12 && memory.compare(HINT, ADOBE, 5) == 0) noteAdobe(load<u8>(HINT, 11));
}
