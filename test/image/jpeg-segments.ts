// The marker segments of a JPEG file (T.81 B.1.1.4), for tests that damage one
// on purpose: where each starts and ends. Entropy-coded data between them is
// skipped (a 0xFF in it is followed by 0x00, a restart marker or the next marker).

export interface Segment {
  /** The marker's second byte: 0xC0 for SOF0, 0xC4 for DHT, 0xDA for SOS... */
  marker: number;
  /** Offset of the marker's 0xFF. */
  at: number;
  /** Offset of the segment's body, after its two length bytes. */
  start: number;
  /** Offset just past the body, as the length field says. */
  end: number;
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const isRestart = (m: number) => m >= 0xd0 && m <= 0xd7;

/** The segments of a well-formed file, in order (SOI and EOI, which have no body, left out). */
export function jpegSegments(bytes: Uint8Array): Segment[] {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) throw new Error("not a JPEG file");
  const segments: Segment[] = [];
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`no marker at offset ${at}`);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === EOI) break;
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    segments.push({ marker, at, start: at + 4, end });
    at = marker === SOS ? entropyEnd(bytes, end) : end;
  }
  return segments;
}

/** The offset of the first marker after entropy-coded data starting at `from`. */
function entropyEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] !== 0 && !isRestart(bytes[i + 1]!)) return i;
  }
  return bytes.length;
}
