// PNG and JPEG files to 8-bit RGBA, decoded by content, not by name, with the
// pixel values PIL gives (the reference transform opens images with PIL), turned
// upright as their EXIF Orientation says unless asked not to (PIL's Image.open
// does not turn them; ImageOps.exif_transpose does).
// Platform-neutral: the CLI and the edge worker decode with the same code.
import { exifOrientation } from "./exif.ts";
import { decodeJpeg } from "./jpeg.ts";
import { orient } from "./orient.ts";
import { decodePng } from "./png.ts";
import { decodedPixelLimit, ImageError, type DecodeLimits, type DecodeOptions, type Rgba } from "./types.ts";

export { ImageError, type DecodeLimits, type DecodeOptions, type Rgba } from "./types.ts";

export const DEFAULT_LIMITS: DecodeLimits = { maxPixels: 64e6 };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

export async function decodeImage(bytes: Uint8Array, options: DecodeOptions = {}): Promise<Rgba> {
  const { limits = DEFAULT_LIMITS, minShortSide, orientation = "exif" } = options;
  if (orientation !== "exif" && orientation !== "ignore") throw new TypeError(`decodeImage: orientation must be "exif" or "ignore", got ${JSON.stringify(orientation)}`);
  if (minShortSide !== undefined && !(Number.isInteger(minShortSide) && minShortSide > 0)) {
    throw new RangeError(`decodeImage: minShortSide must be a whole number of pixels above 0, got ${minShortSide}`);
  }
  const stored = await decodeStored(bytes, limits, minShortSide);
  return orientation === "exif" ? orient(stored, exifOrientation(bytes)) : stored;
}

async function decodeStored(bytes: Uint8Array, limits: DecodeLimits, minShortSide: number | undefined): Promise<Rgba> {
  // A PNG decodes at its stored size, so both bounds are on the same pixels.
  if (startsWith(bytes, PNG_MAGIC)) return decodePng(bytes, { maxPixels: decodedPixelLimit(limits) });
  if (startsWith(bytes, JPEG_MAGIC)) return decodeJpeg(bytes, limits, minShortSide);
  throw new ImageError("not a PNG or JPEG image");
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
