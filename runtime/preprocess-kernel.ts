// The bundle's image preprocessing, compiled into its WebAssembly
// (kernels/assembly/preprocess.ts with the spec's parameters): RGBA pixels,
// copied once into a staging area past the input, become the normalised input
// tensor in place. The memory grows to the staging a source needs, bounded.
import { channelsOf, sides, type Preprocessing, type RgbaImage } from "./preprocess.ts";

/** The bundle's exports for it (compiler/backend/wasm/preprocess-kernel.ts writes them). */
export const PREPROCESS_EXPORTS = {
  /** (width, height): writes the input tensor of the RGBA pixels in the staging area. */
  run: "preprocess",
  /** (width, height) -> f64: the staging bytes a source of that size needs, its pixels first. */
  stagingBytes: "preprocess_bytes",
  /** i32 global: where the staging area starts. */
  staging: "preprocess_staging",
} as const;

/** A wasm32 memory's most: 65536 pages of 64 KiB, which the bundle declares as its maximum. */
export const MAX_MEMORY_BYTES = 2 ** 32;
const PAGE = 65536;

export interface KernelExports {
  memory: WebAssembly.Memory;
  [PREPROCESS_EXPORTS.run]?: (width: number, height: number) => void;
  [PREPROCESS_EXPORTS.stagingBytes]?: (width: number, height: number) => number;
  [PREPROCESS_EXPORTS.staging]?: WebAssembly.Global;
}

/**
 * The kernel's settings after (staging, width, height), in its parameters'
 * order: resize height and width and whether they are timm's ResizeKeepRatio
 * target (else both are the shorter side), crop height and width, channels,
 * and the filter (0 bicubic, 1 bilinear). The compiler writes them into a
 * bundle; the tests call the kernel with them.
 */
export function kernelSettings(p: Preprocessing): number[] {
  return [...sides(p.resize), typeof p.resize === "number" ? 0 : 1, ...sides(p.crop), channelsOf(p), p.interpolation === "bilinear" ? 1 : 0];
}

/**
 * The shorter side a photo is decoded to, at least, on the fast path (JPEG
 * shrink-on-load): twice the resize's larger side, which keeps the resize's
 * result close to the full-size one's (a resized image's shorter side is at
 * most that side, whatever its aspect ratio).
 */
export const shrinkOnLoadSide = (p: Preprocessing): number => 2 * Math.max(...sides(p.resize));

/** Decoded RGBA pixels (ImageData's shape, 8-bit samples), as opposed to an image still to decode. */
export function isRgba(value: unknown): value is RgbaImage {
  if (typeof value !== "object" || value === null) return false;
  const { width, height, data } = value as Partial<RgbaImage>;
  return typeof width === "number" && typeof height === "number" && (data instanceof Uint8Array || data instanceof Uint8ClampedArray);
}

const isSize = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;
const mib = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MiB`;

/** Where a width x height source's staging ends; refused past wasm32's 4 GiB, before the memory grows. */
function stagingEnd(exports: Required<KernelExports>, width: number, height: number): number {
  const staging = exports[PREPROCESS_EXPORTS.staging].value as number;
  const pixels = width * height * 4;
  // The pixels alone bound it first: the kernel's sizes are 32-bit.
  const end = pixels < MAX_MEMORY_BYTES - staging ? staging + exports[PREPROCESS_EXPORTS.stagingBytes](width, height) : Infinity;
  if (end > MAX_MEMORY_BYTES) {
    const need = Number.isFinite(end) ? mib(end) : `over ${mib(pixels)}`;
    throw new RangeError(`a ${width}x${height} image is too large to preprocess: its pixels and staging need ${need} of WebAssembly memory, more than a wasm32 memory's ${mib(MAX_MEMORY_BYTES)}`);
  }
  return end;
}

/** Grows `memory` to hold `end` bytes; the engine may refuse memory it cannot give. */
function growTo(memory: WebAssembly.Memory, end: number, width: number, height: number): void {
  const pages = Math.ceil(end / PAGE) - memory.buffer.byteLength / PAGE;
  if (pages <= 0) return;
  try {
    memory.grow(pages);
  } catch (e) {
    throw new RangeError(`preprocessing a ${width}x${height} image needs ${mib(end)} of WebAssembly memory, which this engine did not give (${(e as Error).message})`);
  }
}

const hasKernel = (exports: KernelExports): exports is Required<KernelExports> =>
  typeof exports[PREPROCESS_EXPORTS.run] === "function" && typeof exports[PREPROCESS_EXPORTS.stagingBytes] === "function" && exports[PREPROCESS_EXPORTS.staging] instanceof WebAssembly.Global;

/**
 * Runs the bundle's preprocessing on `image`: afterwards the bundle's input
 * holds the tensor, ready for `run`. A bundle compiled before the kernel
 * existed has none: it must be compiled again. A wrong image is a TypeError
 * or a RangeError saying what is wrong.
 */
export function preprocessInPlace(exports: KernelExports, image: RgbaImage, bundle: string): void {
  if (!hasKernel(exports)) throw new Error(`the bundle '${bundle}' has no preprocessing code (it was compiled by an older mixc); compile it again`);
  const { width, height, data } = image ?? {};
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray)) throw new TypeError("an image is decoded RGBA pixels: { width, height, data: Uint8Array or Uint8ClampedArray }");
  if (!isSize(width) || !isSize(height)) throw new RangeError(`bad image size ${width}x${height}: width and height are whole numbers above 0`);
  const end = stagingEnd(exports, width, height);
  if (data.length !== width * height * 4) throw new RangeError(`a ${width}x${height} RGBA image has ${width * height * 4} bytes, got ${data.length}`);
  growTo(exports.memory, end, width, height);
  new Uint8Array(exports.memory.buffer, exports[PREPROCESS_EXPORTS.staging].value as number, data.length).set(data);
  exports[PREPROCESS_EXPORTS.run](width, height);
}
