// What the image decoders share: their output, their limits and their error.
import type { RgbaImage } from "../preprocess.ts";

export type Rgba = RgbaImage & { data: Uint8Array };

export interface DecodeLimits {
  /** Refused before decoding: a small file can claim a huge size (a decompression bomb). */
  maxPixels: number;
}

/** A file that is not a PNG or JPEG, is corrupt, or is over the limits. */
export class ImageError extends Error {}

export function checkSize(width: number, height: number, limits: DecodeLimits): void {
  if (width === 0 || height === 0) throw new ImageError(`corrupt image (size ${width}x${height})`);
  if (width * height > limits.maxPixels) {
    throw new ImageError(`image too large: ${width}x${height} is more than ${limits.maxPixels / 1e6} megapixels`);
  }
}
