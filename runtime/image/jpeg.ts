// JPEG to 8-bit RGBA with the pixels PIL gives, by the AssemblyScript decoder
// (kernels/assembly/jpeg/): libjpeg-turbo's integer arithmetic for baseline and
// progressive files, optionally scaled down by 2, 4 or 8 in the DCT domain as
// PIL's draft() does. Each decode runs in a fresh instance, so a corrupt file
// cannot affect a later one, and its memory is checked before it is allocated.
import { jpegModule } from "./jpeg-wasm.ts";
import { checkDecodedSize, checkSize, ImageError, type DecodeLimits, type Rgba } from "./types.ts";

export interface JpegLimits extends DecodeLimits {
  /** The decoder's memory (the pixels, a few rows, and a progressive file's coefficients: 2 bytes for each the scale uses) is refused above this. */
  maxMemoryBytes?: number;
}

/** The memory bound when the limits give none: every image within 64 megapixels decodes. */
const DEFAULT_JPEG_MEMORY_BYTES = 2 ** 30;

interface DecoderExports {
  memory: WebAssembly.Memory;
  readHeader(): void;
  imageWidth(): number;
  imageHeight(): number;
  isProgressive(): number;
  plan(blockSize: number): number;
  decode(): void;
  outputWidth(): number;
  outputHeight(): number;
  pixels(): number;
  faultCode(): number;
  faultDetail(): number;
}

/**
 * Decodes a JPEG file. With `minShortSide`, at the smallest scale n/8 (n = 1,
 * 2, 4, 8) whose shorter side, ceil(side * n / 8), is still at least that: the
 * pixels of PIL's `im.draft("RGB", (ceil(w n/8), ceil(h n/8)))`. Without, at
 * full size: the pixels of PIL's `Image.open(f).convert("RGB")`.
 */
export function decodeJpeg(bytes: Uint8Array, limits: JpegLimits, minShortSide?: number): Promise<Rgba> {
  return decodeJpegScaled(bytes, limits, (width, height) => jpegScale(width, height, minShortSide));
}

/** Decodes a JPEG file at the scale n/8 that `scale` picks (1, 2, 4 or 8) from its width and height. */
export async function decodeJpegScaled(bytes: Uint8Array, limits: JpegLimits, scale: (width: number, height: number) => number): Promise<Rgba> {
  const decoder = await instantiateDecoder(bytes);
  const call = <T>(step: () => T): T => {
    try {
      return step();
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) throw new ImageError(faultMessage(decoder.faultCode(), decoder.faultDetail()));
      throw e;
    }
  };
  call(() => decoder.readHeader());
  const width = decoder.imageWidth();
  const height = decoder.imageHeight();
  checkSize(width, height, limits);
  const blockSize = scale(width, height);
  if (![1, 2, 4, 8].includes(blockSize)) throw new RangeError(`JPEG scale ${blockSize}/8: only 1/8, 2/8, 4/8 and 8/8 are decoded`);
  checkDecodedSize(Math.ceil((width * blockSize) / 8), Math.ceil((height * blockSize) / 8), limits);
  const needed = call(() => decoder.plan(blockSize));
  const allowed = limits.maxMemoryBytes ?? DEFAULT_JPEG_MEMORY_BYTES;
  if (needed > allowed) {
    const kept = decoder.isProgressive() ? "; a progressive file keeps its coefficients until the last scan" : "";
    throw new ImageError(`image too large: decoding the ${width}x${height} JPEG at ${blockSize}/8 scale needs ${mib(needed)} of memory${kept}, more than the ${mib(allowed)} allowed`);
  }
  call(() => decoder.decode());
  const length = decoder.outputWidth() * decoder.outputHeight() * 4;
  const pixels = new Uint8Array(decoder.memory.buffer, decoder.pixels(), length);
  // A view keeps the instance's whole memory alive: worth it only when the pixels are most of it.
  const data = length * 2 >= decoder.memory.buffer.byteLength ? pixels : pixels.slice();
  return { width: decoder.outputWidth(), height: decoder.outputHeight(), data };
}

/** The n of the n/8 scale for a shorter side of at least `minShortSide` (8 without one). */
export function jpegScale(width: number, height: number, minShortSide?: number): number {
  if (minShortSide === undefined) return 8;
  const shorter = Math.min(width, height);
  return [1, 2, 4].find((n) => Math.ceil((shorter * n) / 8) >= minShortSide) ?? 8;
}

/** A fresh decoder whose "read" import hands it the file in chunks (also for bench/jpeg-decoder.ts's memory plans). */
export async function instantiateDecoder(bytes: Uint8Array): Promise<DecoderExports> {
  let offset = 0;
  let memory: WebAssembly.Memory | undefined;
  const read = (to: number, max: number): number => {
    const count = Math.min(max, bytes.length - offset);
    new Uint8Array(memory!.buffer, to, count).set(bytes.subarray(offset, offset + count));
    offset += count;
    return count;
  };
  const instance = await WebAssembly.instantiate(await jpegModule(), { env: { read } });
  const exports = instance.exports as unknown as DecoderExports;
  memory = exports.memory;
  return exports;
}

const mib = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MiB`;
const marker = (code: number) => (code < 0 ? "the end of the file" : `marker 0xFF${code.toString(16).toUpperCase().padStart(2, "0")}`);

/** The message for the decoder's fault code (kernels/assembly/jpeg/errors.ts) and its detail. */
function faultMessage(code: number, detail: number): string {
  const corrupt = (what: string) => `corrupt or truncated JPEG image (${what})`;
  switch (code) {
    case 1: return corrupt("the file ends before the image is complete");
    case 2: return corrupt("no start-of-image marker");
    case 3: return corrupt(`unexpected ${marker(detail)}`);
    case 4: return corrupt(`the segment of ${marker(detail)} has a wrong length`);
    case 5: return corrupt("bad frame header: a sampling factor or table index out of range");
    case 6: return corrupt("two frame headers");
    case 7: return corrupt("bad quantization table");
    case 8: return corrupt("bad Huffman table");
    case 9: return corrupt(`a scan uses ${detail < 4 ? "DC" : "AC"} Huffman table ${detail & 3}, which is not defined`);
    case 10: return corrupt(`quantization table ${detail} is not defined`);
    case 11: return corrupt("bad scan header");
    case 12: return corrupt("bad progressive scan parameters");
    case 13: return corrupt("bad Huffman code in the image data");
    case 14: return corrupt(`the image data ends early, at ${marker(detail)}`);
    case 15: return corrupt(`expected a restart marker, found ${marker(detail)}`);
    case 16: return corrupt("a scan before the frame header");
    case 17: return corrupt("no image data before the end-of-image marker");
    case 18: return corrupt("sampling factors too large for an interleaved scan");
    case 19: return corrupt("zero width or height (a height given by a DNL marker is not supported)");
    case 30: return "unsupported JPEG: arithmetic coding";
    case 31: return "unsupported JPEG: lossless coding";
    case 32: return "unsupported JPEG: hierarchical coding";
    case 33: return `unsupported JPEG: ${detail}-bit samples`;
    case 34: return `unsupported JPEG: ${detail} components`;
    case 35: return "unsupported JPEG: sampling factors that are not multiples of each other";
    case 40: return `not enough memory to decode the JPEG image (${mib(detail * 65536)})`;
    default: return corrupt(`the decoder stopped (code ${code})`);
  }
}
