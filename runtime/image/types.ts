// What the image decoders share: their output, their options, their limits and their error.
import type { RgbaImage } from "../preprocess.ts";

export type Rgba = RgbaImage & { data: Uint8Array };

export interface DecodeLimits {
  /** The stored size, refused before decoding: a small file can claim a huge size (a decompression bomb). */
  maxPixels: number;
  /**
   * The decoded size (a JPEG's after shrink-on-load, a PNG's stored size), refused before its pixels
   * are allocated: what must fit in memory. Unset: maxPixels.
   */
  maxDecodedPixels?: number;
}

export interface DecodeOptions {
  limits?: DecodeLimits;
  /**
   * Shrink-on-load: a JPEG decodes at the smallest n/8 scale whose shorter side is still at least this
   * (twice a resize target keeps the resize's result close to the full-size one). Unset: full size.
   * A PNG always decodes at full size.
   */
  minShortSide?: number;
  /**
   * "exif" (the default): the pixels are turned as the file's EXIF Orientation says, as browsers and
   * photo galleries show the photo. "ignore": the stored pixels, as PIL's Image.open gives them.
   */
  orientation?: "exif" | "ignore";
}

/** A file that is not a PNG or JPEG, is corrupt, or is over the limits. */
export class ImageError extends Error {}

export function checkSize(width: number, height: number, limits: DecodeLimits): void {
  if (width === 0 || height === 0) throw new ImageError(`corrupt image (size ${width}x${height})`);
  if (width * height > limits.maxPixels) {
    throw new ImageError(`image too large: ${width}x${height} is more than ${limits.maxPixels / 1e6} megapixels`);
  }
}

/** The most pixels a decoded image may have: a shrunk JPEG's, a PNG's, a canvas's. */
export const decodedPixelLimit = (limits: DecodeLimits): number => Math.min(limits.maxPixels, limits.maxDecodedPixels ?? Infinity);

/** For a decoder that shrinks on load: the size it would decode to, once the scale is chosen. */
export function checkDecodedSize(width: number, height: number, limits: DecodeLimits): void {
  const max = decodedPixelLimit(limits);
  if (width * height > max) {
    throw new ImageError(`image too large: decoded at ${width}x${height}, it is more than ${max / 1e6} megapixels`);
  }
}
