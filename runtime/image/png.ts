// PNG to 8-bit RGBA with the pixel values PIL gives: 16-bit samples keep their
// high byte (PIL does so for colour; for 16-bit gray it clamps to 255, which
// whitens most images, so there the high byte is taken on purpose), low bit
// depths scale to 0..255, a tRNS colour key makes matching
// pixels transparent but keeps their colour. Every colour type, bit depth and
// Adam7 interlacing. Inflates with DecompressionStream, which Node, browsers and
// workerd all have, so the same code decodes in a worker.
import { checkSize, ImageError, type DecodeLimits, type Rgba } from "./types.ts";

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

interface Header {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlaced: boolean;
}

interface Chunks {
  header: Header;
  palette?: Uint8Array;
  transparency?: Uint8Array;
  data: Uint8Array[];
}

export async function decodePng(bytes: Uint8Array, limits: DecodeLimits): Promise<Rgba> {
  const chunks = readChunks(bytes, limits);
  const { header } = chunks;
  const passes = header.interlaced ? ADAM7 : [[0, 0, 1, 1]];
  const sizes = passes.map(([x0, y0, dx, dy]) => ({ w: Math.ceil((header.width - x0!) / dx!), h: Math.ceil((header.height - y0!) / dy!) }));
  const channels = CHANNELS[header.colorType]!;
  const bitsPerPixel = channels * header.depth;
  const rowBytes = (w: number) => Math.ceil((w * bitsPerPixel) / 8);
  const expected = sizes.reduce((n, { w, h }) => n + (w && h ? h * (1 + rowBytes(w)) : 0), 0);
  const raw = await inflate(chunks.data, expected);

  const out = new Uint8Array(header.width * header.height * 4);
  const pixel = pixelWriter(chunks, out);
  let at = 0;
  passes.forEach(([x0, y0, dx, dy], p) => {
    const { w, h } = sizes[p]!;
    if (!w || !h) return;
    const lines = unfilter(raw.subarray(at, at + h * (1 + rowBytes(w))), h, rowBytes(w), Math.max(1, bitsPerPixel >> 3));
    at += h * (1 + rowBytes(w));
    const samples = new Uint16Array(w * channels);
    for (let y = 0; y < h; y++) {
      readSamples(lines.subarray(y * rowBytes(w), (y + 1) * rowBytes(w)), header.depth, samples);
      const row = y0! + y * dy!;
      for (let x = 0; x < w; x++) pixel(samples, x * channels, (row * header.width + x0! + x * dx!) * 4);
    }
  });
  return { width: header.width, height: header.height, data: out };
}

function readChunks(bytes: Uint8Array, limits: DecodeLimits): Chunks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // IHDR must come first: the size is checked before anything is inflated.
  if (bytes.length < 33 || view.getUint32(12) !== 0x49484452) throw new ImageError("corrupt PNG image (no IHDR header)");
  checkSize(view.getUint32(16), view.getUint32(20), limits);
  let header: Header | undefined;
  const chunks: Partial<Chunks> & { data: Uint8Array[] } = { data: [] };
  for (let at = 8; ; ) {
    if (at + 12 > bytes.length) throw new ImageError("corrupt or truncated PNG image (ends before IEND)");
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) throw new ImageError(`corrupt or truncated PNG image (chunk ${type} ends past the file)`);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) {
      throw new ImageError(`corrupt or truncated PNG image (chunk ${type} fails its CRC)`);
    }
    at += 12 + length;
    if (type === "IHDR") header = readHeader(body);
    else if (type === "PLTE") chunks.palette = body;
    else if (type === "tRNS") chunks.transparency = body;
    else if (type === "IDAT") chunks.data.push(body);
    else if (type === "IEND") break;
  }
  if (!header || !chunks.data.length) throw new ImageError("corrupt PNG image (no image data)");
  if (header.colorType === 3 && !chunks.palette) throw new ImageError("corrupt PNG image (a palette image without PLTE)");
  return { ...chunks, header };
}

function readHeader(body: Uint8Array): Header {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const [width, height] = [view.getUint32(0), view.getUint32(4)];
  const [depth, colorType, compression, filter, interlace] = body.subarray(8, 13);
  if (!DEPTHS[colorType!]?.includes(depth!) || compression !== 0 || filter !== 0 || interlace! > 1) {
    throw new ImageError(`corrupt PNG image (colour type ${colorType}, bit depth ${depth}, compression ${compression}, filter ${filter}, interlace ${interlace})`);
  }
  return { width, height, depth: depth!, colorType: colorType!, interlaced: interlace === 1 };
}

/** Inflates the zlib stream, stopping at the size the header implies (a small file can inflate to gigabytes). */
async function inflate(parts: Uint8Array[], expected: number): Promise<Uint8Array> {
  const out = new Uint8Array(expected);
  let length = 0;
  const stream = new Blob(parts as Uint8Array<ArrayBuffer>[]).stream().pipeThrough(new DecompressionStream("deflate"));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > expected) throw new ImageError("corrupt PNG image (more image data than its size)");
      out.set(value, length);
      length += value.length;
    }
  } catch (e) {
    if (e instanceof ImageError) throw e;
    throw new ImageError(`corrupt or truncated PNG image (${(e as Error).message})`);
  } finally {
    reader.cancel().catch(() => {});
  }
  if (length < expected) throw new ImageError(`corrupt or truncated PNG image (${length} of ${expected} bytes of image data)`);
  return out;
}

/** Undoes the per-row filters in place of a copy; returns the rows without their filter bytes. */
function unfilter(raw: Uint8Array, rows: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(rows * stride);
  for (let y = 0; y < rows; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const o = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[o + i - bpp]! : 0;
      const b = y ? out[o + i - stride]! : 0;
      const c = i >= bpp && y ? out[o + i - stride - bpp]! : 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) predicted = paeth(a, b, c);
      else throw new ImageError(`corrupt PNG image (unknown row filter ${filter})`);
      out[o + i] = line[i]! + predicted;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** One row's samples, unpacked from 1, 2, 4, 8 or 16 bits each (big-endian, high bits first). */
function readSamples(line: Uint8Array, depth: number, out: Uint16Array): void {
  if (depth === 8) out.set(line.subarray(0, out.length));
  else if (depth === 16) for (let i = 0; i < out.length; i++) out[i] = (line[2 * i]! << 8) | line[2 * i + 1]!;
  else {
    const perByte = 8 / depth;
    const mask = (1 << depth) - 1;
    for (let i = 0; i < out.length; i++) out[i] = (line[Math.floor(i / perByte)]! >> (8 - depth * (1 + (i % perByte)))) & mask;
  }
}

/** Writes one pixel's samples as RGBA, by colour type. */
function pixelWriter({ header, palette, transparency }: Chunks, out: Uint8Array): (s: Uint16Array, i: number, o: number) => void {
  const { depth, colorType } = header;
  const max = 2 ** depth - 1;
  const to8 = depth === 16 ? (v: number) => v >> 8 : (v: number) => Math.floor((v * 255) / max + 0.5);
  const key = transparency && colorType !== 3 ? Array.from({ length: transparency.length >> 1 }, (_, i) => (transparency[2 * i]! << 8) | transparency[2 * i + 1]!) : undefined;
  const keyed = (s: Uint16Array, i: number, n: number) => key !== undefined && key.length === n && key.every((k, c) => s[i + c] === k);
  const set = (o: number, r: number, g: number, b: number, a: number) => {
    out[o] = r;
    out[o + 1] = g;
    out[o + 2] = b;
    out[o + 3] = a;
  };
  switch (colorType) {
    case 0:
      return (s, i, o) => set(o, to8(s[i]!), to8(s[i]!), to8(s[i]!), keyed(s, i, 1) ? 0 : 255);
    case 2:
      return (s, i, o) => set(o, to8(s[i]!), to8(s[i + 1]!), to8(s[i + 2]!), keyed(s, i, 3) ? 0 : 255);
    case 3:
      return (s, i, o) => {
        const p = s[i]!;
        if (3 * p + 2 >= palette!.length) throw new ImageError(`corrupt PNG image (palette index ${p} past its ${palette!.length / 3} colours)`);
        set(o, palette![3 * p]!, palette![3 * p + 1]!, palette![3 * p + 2]!, transparency?.[p] ?? 255);
      };
    case 4:
      return (s, i, o) => set(o, to8(s[i]!), to8(s[i]!), to8(s[i]!), to8(s[i + 1]!));
    default:
      return (s, i, o) => set(o, to8(s[i]!), to8(s[i + 1]!), to8(s[i + 2]!), to8(s[i + 3]!));
  }
}

let table: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
