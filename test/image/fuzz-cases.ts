// Damaged images for the decoder fuzz test, made from small valid files: every
// truncation, each header field set to values a decoder must refuse or survive,
// huge claimed sizes, and random bit flips, overwrites and splices. Each case is
// named so that a failure says what was done to which file.
import { crc32 } from "node:zlib";
import { jpegSegments, type Segment } from "./jpeg-segments.ts";

export interface FuzzCase {
  what: string;
  bytes: Uint8Array;
}

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

/** A seeded generator of 32-bit values (mulberry32), so that a failing run replays from its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** The file cut short at every length from 0 to one byte short. */
export function truncations({ name, bytes }: Seed): FuzzCase[] {
  return Array.from({ length: bytes.length }, (_, n) => ({ what: `${name} cut to ${n} bytes`, bytes: bytes.slice(0, n) }));
}

/** A copy with `values` written at `at` (bytes, or a big-endian 16-bit value when `u16`). */
function patched(bytes: Uint8Array, at: number, values: number[], u16 = false): Uint8Array {
  const out = bytes.slice();
  const raw = u16 ? values.flatMap((v) => [v >> 8, v & 0xff]) : values;
  raw.forEach((v, i) => at + i < out.length && (out[at + i] = v));
  return out;
}

const splice = (bytes: Uint8Array, from: number, to: number, insert: Uint8Array = new Uint8Array(0)) =>
  Uint8Array.from([...bytes.subarray(0, from), ...insert, ...bytes.subarray(to)]);

const hex = (n: number) => `0x${n.toString(16).padStart(2, "0")}`;
const name = (s: Segment) => `${hex(s.marker)} segment at ${s.at}`;

/** Every marker segment's length field set to values around and far from the truth; each segment removed and doubled. */
export function segmentCases({ name: file, bytes }: Seed): FuzzCase[] {
  return jpegSegments(bytes).flatMap((s) => {
    const length = s.end - s.at - 2;
    const lengths = [0, 1, 2, length - 1, length + 1, length + 2, 0xffff];
    return [
      ...lengths.map((l) => ({ what: `${file}: ${name(s)} length ${length} -> ${l}`, bytes: patched(bytes, s.at + 2, [l], true) })),
      { what: `${file}: ${name(s)} removed`, bytes: splice(bytes, s.at, s.end) },
      { what: `${file}: ${name(s)} doubled`, bytes: splice(bytes, s.end, s.end, bytes.subarray(s.at, s.end)) },
    ];
  });
}

const SOF_TYPES = [0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf];
const SAMPLING = [0x00, 0x01, 0x10, 0x12, 0x13, 0x21, 0x31, 0x44, 0x55, 0xf1, 0x1f, 0xff];

/** Frame header fields (T.81 B.2.2): precision, size, component count, ids, sampling factors, table ids; and the frame type. */
export function frameCases({ name: file, bytes }: Seed): FuzzCase[] {
  const sof = jpegSegments(bytes).find((s) => SOF_TYPES.includes(s.marker));
  if (!sof) throw new Error(`${file}: no frame header`);
  const at = sof.start;
  const cases = (field: string, offset: number, values: number[], u16 = false) =>
    values.map((v) => ({ what: `${file}: SOF ${field} -> ${v}`, bytes: patched(bytes, at + offset, [v], u16) }));
  const components = bytes[at + 5]!;
  return [
    ...SOF_TYPES.map((t) => ({ what: `${file}: frame type ${hex(sof.marker)} -> ${hex(t)}`, bytes: patched(bytes, sof.at + 1, [t]) })),
    ...cases("precision", 0, [0, 1, 7, 9, 12, 16, 255]),
    ...cases("height", 1, [0, 1, 2, 7, 9, 255, 4097, 65535], true),
    ...cases("width", 3, [0, 1, 2, 7, 9, 255, 4097, 65535], true),
    ...cases("components", 5, [0, 1, 2, 3, 4, 5, 255].filter((n) => n !== components)),
    ...Array.from({ length: components }, (_, c) => [
      ...cases(`component ${c} id`, 6 + 3 * c, [0, 255, bytes[at + 6 + 3 * ((c + 1) % components)]!]),
      ...cases(`component ${c} sampling`, 7 + 3 * c, SAMPLING),
      ...cases(`component ${c} quantisation table`, 8 + 3 * c, [1, 2, 3, 4, 255]),
    ]).flat(),
  ];
}

/** Each scan header's fields (T.81 B.2.3): component count and selectors, table ids, spectral selection and approximation. */
export function scanCases({ name: file, bytes }: Seed): FuzzCase[] {
  return jpegSegments(bytes)
    .filter((s) => s.marker === 0xda)
    .flatMap((sos, n) => {
      const count = bytes[sos.start]!;
      const tail = sos.start + 1 + 2 * count;
      const cases = (field: string, offset: number, values: number[]) =>
        values.map((v) => ({ what: `${file}: scan ${n} ${field} -> ${v}`, bytes: patched(bytes, offset, [v]) }));
      return [
        ...cases("components", sos.start, [0, 1, 2, 3, 4, 5, 255].filter((v) => v !== count)),
        ...Array.from({ length: count }, (_, c) => [
          ...cases(`component ${c} selector`, sos.start + 1 + 2 * c, [0, 0xee, bytes[sos.start + 1 + 2 * ((c + 1) % count)]!]),
          ...cases(`component ${c} tables`, sos.start + 2 + 2 * c, [0x01, 0x10, 0x11, 0x44, 0x0f, 0xf0, 0xff]),
        ]).flat(),
        ...cases("spectral start", tail, [0, 1, 63, 64, 255]),
        ...cases("spectral end", tail + 1, [0, 1, 5, 62, 63, 64, 255]),
        ...cases("approximation", tail + 2, [0x00, 0x01, 0x10, 0x0e, 0xe0, 0x11, 0xff]),
      ];
    });
}

/** Huffman tables (T.81 B.2.4.2): class and id, each code-length count (over-full code spaces), symbol values. */
export function huffmanCases({ name: file, bytes }: Seed): FuzzCase[] {
  return jpegSegments(bytes)
    .filter((s) => s.marker === 0xc4)
    .flatMap((dht) => {
      const out: FuzzCase[] = [];
      for (let at = dht.start, t = 0; at + 17 <= dht.end; t++) {
        const counts = Array.from(bytes.subarray(at + 1, at + 17));
        const symbols = counts.reduce((a, b) => a + b, 0);
        const where = `${name(dht)} table ${t}`;
        for (const v of [0x02, 0x04, 0x12, 0x20, 0xff]) out.push({ what: `${file}: ${where} class/id -> ${hex(v)}`, bytes: patched(bytes, at, [v]) });
        counts.forEach((c, i) => {
          for (const v of [0, c + 1, 255]) out.push({ what: `${file}: ${where} count of ${i + 1}-bit codes ${c} -> ${v}`, bytes: patched(bytes, at + 1 + i, [v]) });
        });
        for (const v of [0x00, 0x0f, 0x10, 0xf0, 0xff]) {
          out.push({ what: `${file}: ${where} every symbol -> ${hex(v)}`, bytes: patched(bytes, at + 17, new Array(symbols).fill(v)) });
        }
        at += 17 + symbols;
      }
      return out;
    });
}

/** Quantisation tables (T.81 B.2.4.1): precision and id, and all values 0. */
export function quantisationCases({ name: file, bytes }: Seed): FuzzCase[] {
  return jpegSegments(bytes)
    .filter((s) => s.marker === 0xdb)
    .flatMap((dqt) => [
      ...[0x04, 0x10, 0x13, 0xf0, 0xff].map((v) => ({ what: `${file}: ${name(dqt)} precision/id -> ${hex(v)}`, bytes: patched(bytes, dqt.start, [v]) })),
      { what: `${file}: ${name(dqt)} all values 0`, bytes: patched(bytes, dqt.start + 1, new Array(dqt.end - dqt.start - 1).fill(0)) },
    ]);
}

/** A restart interval (DRI) before the first scan that the scans do not follow. */
export function restartCases({ name: file, bytes }: Seed): FuzzCase[] {
  const sos = jpegSegments(bytes).find((s) => s.marker === 0xda)!;
  return [0, 1, 2, 3, 0xffff].map((interval) => ({
    what: `${file}: restart interval ${interval} declared, no restart markers`,
    bytes: splice(bytes, sos.at, sos.at, Uint8Array.of(0xff, 0xdd, 0, 4, interval >> 8, interval & 0xff)),
  }));
}

/** The frame header claiming sizes far beyond any limit. */
export function hugeJpegs({ name: file, bytes }: Seed): FuzzCase[] {
  const sof = jpegSegments(bytes).find((s) => SOF_TYPES.includes(s.marker))!;
  return [
    [65535, 65535],
    [65535, 2000],
    [2000, 65535],
    [40000, 40000],
  ].map(([w, h]) => ({ what: `${file}: frame claims ${w}x${h}`, bytes: patched(bytes, sof.start + 1, [h!, w!], true) }));
}

/** The PNG's chunks, each CRC recomputed: so that a damaged body reaches the decoder past the CRC check. */
function withCrcs(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 8; at + 12 <= out.length; ) {
    const length = view.getUint32(at);
    if (at + 12 + length > out.length) break;
    view.setUint32(at + 8 + length, crc32(out.subarray(at + 4, at + 8 + length)));
    at += 12 + length;
  }
  return out;
}

/** IHDR's fields (each byte of size, depth, colour type, methods), chunk lengths, and bytes of every chunk body, with valid CRCs. */
export function pngCases({ name: file, bytes }: Seed): FuzzCase[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: FuzzCase[] = [];
  for (let at = 8, n = 0; at + 12 <= bytes.length; n++) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    for (const l of [0, length - 1, length + 1, 0x7fffffff, 0xffffffff]) {
      out.push({ what: `${file}: ${type} chunk ${n} length ${length} -> ${l >>> 0}`, bytes: patched(bytes, at, [l >>> 24, (l >>> 16) & 0xff, (l >>> 8) & 0xff, l & 0xff]) });
    }
    for (let i = 0; i < Math.min(length, 16); i++) {
      for (const v of [0x00, 0x07, 0x80, 0xff]) {
        out.push({ what: `${file}: ${type} chunk ${n} body byte ${i} -> ${hex(v)} (CRC fixed)`, bytes: withCrcs(patched(bytes, at + 8 + i, [v])) });
      }
    }
    at += 12 + length;
  }
  return out;
}

/** IHDR claiming sizes far beyond any limit (CRC fixed). */
export function hugePngs({ name: file, bytes }: Seed): FuzzCase[] {
  return [
    [65535, 65535],
    [0x7fffffff, 1],
    [1, 0x7fffffff],
    [0xffffffff, 0xffffffff],
    [100000, 100000],
  ].map(([w, h]) => ({
    what: `${file}: IHDR claims ${w}x${h}`,
    bytes: withCrcs(patched(bytes, 16, [w! >>> 24, (w! >>> 16) & 0xff, (w! >>> 8) & 0xff, w! & 0xff, h! >>> 24, (h! >>> 16) & 0xff, (h! >>> 8) & 0xff, h! & 0xff])),
  }));
}

const SPECIAL = [0x00, 0xff, 0xd8, 0xd9, 0xda, 0xc4, 0xdb, 0xdd, 0xd0, 0x80, 0x7f];

/** `count` random mutations of seeds picked at random: bit flips, overwrites with random or marker bytes, and splices. */
export function randomCases(seeds: Seed[], count: number, random: () => number): FuzzCase[] {
  const below = (n: number) => random() % n;
  return Array.from({ length: count }, (_, i) => {
    const { name: file, bytes } = seeds[below(seeds.length)]!;
    const out = bytes.slice();
    const at = below(bytes.length);
    switch (i % 4) {
      case 0: {
        const flips = 1 + below(8);
        for (let f = 0; f < flips; f++) out[below(out.length)] ^= 1 << below(8);
        return { what: `${file}: ${flips} random bit flips (case ${i})`, bytes: out };
      }
      case 1: {
        const n = 1 + below(16);
        for (let k = 0; k < n && at + k < out.length; k++) out[at + k] = below(2) ? random() & 0xff : SPECIAL[below(SPECIAL.length)]!;
        return { what: `${file}: ${n} bytes overwritten at ${at} (case ${i})`, bytes: out };
      }
      case 2: {
        const to = Math.min(bytes.length, at + 1 + below(64));
        return { what: `${file}: bytes ${at}..${to} removed (case ${i})`, bytes: splice(bytes, at, to) };
      }
      default: {
        const from = below(bytes.length);
        const piece = bytes.slice(from, Math.min(bytes.length, from + 1 + below(64)));
        return { what: `${file}: ${piece.length} bytes from ${from} inserted at ${at} (case ${i})`, bytes: splice(bytes, at, at, piece) };
      }
    }
  });
}
