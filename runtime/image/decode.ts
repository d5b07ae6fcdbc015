// PNG and JPEG files to 8-bit RGBA, decoded by content, not by name, with the
// pixel values PIL gives (the reference transform opens images with PIL).
// Platform-neutral: the CLI and the edge worker decode with the same code.
import { decodeJpeg } from "./jpeg.ts";
import { decodePng } from "./png.ts";
import { ImageError, type DecodeLimits, type Rgba } from "./types.ts";

export { ImageError, type DecodeLimits, type Rgba } from "./types.ts";

export const DEFAULT_LIMITS: DecodeLimits = { maxPixels: 64e6 };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

export async function decodeImage(bytes: Uint8Array, limits: DecodeLimits = DEFAULT_LIMITS): Promise<Rgba> {
  if (startsWith(bytes, PNG_MAGIC)) return decodePng(bytes, limits);
  if (startsWith(bytes, JPEG_MAGIC)) return decodeJpeg(bytes, limits);
  throw new ImageError("not a PNG or JPEG image");
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
