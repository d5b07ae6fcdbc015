// PNG and JPEG files to 8-bit RGBA pixels for `mixc run --image`, with the same
// pixel values PIL gives (the reference transform opens images with PIL). Node
// side only: the runtime takes decoded pixels, so browsers use their own decoders.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { UserError } from "../compiler/errors.ts";
import type { RgbaImage } from "../runtime/preprocess.ts";

/** Refuse larger images before decoding: a small file can claim a huge size (a decompression bomb). */
export const MAX_MEGAPIXELS = 64;

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** Decodes by content, not by name; `file` only names the image in errors. */
export function decodeImage(bytes: Uint8Array, file: string): RgbaImage & { data: Uint8Array } {
  if (startsWith(bytes, PNG_MAGIC)) return decodePng(bytes, file);
  if (startsWith(bytes, JPEG_MAGIC)) return decodeJpeg(bytes, file);
  throw new UserError(`${file}: not a PNG or JPEG image`);
}

function decodePng(bytes: Uint8Array, file: string) {
  // IHDR must come first: its size is checked before anything is inflated.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33 || view.getUint32(12) !== 0x49484452 /* "IHDR" */) {
    throw new UserError(`${file}: corrupt PNG image (no IHDR header)`);
  }
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const depth = bytes[24];
  checkSize(width, height, file);
  let png;
  try {
    // pngjs rounds 16-bit samples to 8 bits; PIL keeps the high byte, so take the raw samples.
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { skipRescale: depth === 16 });
  } catch (e) {
    throw new UserError(`${file}: corrupt or truncated PNG image (${(e as Error).message})`);
  }
  const data = new Uint8Array(width * height * 4);
  if (depth === 16) for (let i = 0; i < data.length; i++) data[i] = png.data[i] >> 8;
  else data.set(png.data);
  // pngjs blackens the pixels that match a tRNS colour key (alpha 0, and only
  // they); PIL keeps their colour, which is the key itself.
  const key = (png as { transColor?: number[] }).transColor;
  if (key) {
    const max = 2 ** depth - 1;
    const [r, g, b] = (key.length === 1 ? [key[0], key[0], key[0]] : key).map((v) =>
      depth === 16 ? v >> 8 : Math.floor((v * 255) / max + 0.5),
    );
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) [data[i], data[i + 1], data[i + 2]] = [r, g, b];
    }
  }
  return { width, height, data };
}

function decodeJpeg(bytes: Uint8Array, file: string) {
  try {
    const image = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: 2048, // jpeg-js needs about 1.4 GB for 64 MP at 4:4:4
    });
    return { width: image.width, height: image.height, data: image.data };
  } catch (e) {
    const message = (e as Error).message;
    if (message.startsWith("maxResolutionInMP")) throw new UserError(`${file}: ${tooLarge}`);
    throw new UserError(`${file}: corrupt or truncated JPEG image (${message})`);
  }
}

const tooLarge = `image too large: more than ${MAX_MEGAPIXELS} megapixels`;

function checkSize(width: number, height: number, file: string): void {
  if (width === 0 || height === 0) throw new UserError(`${file}: corrupt PNG image (size ${width}x${height})`);
  if (width * height > MAX_MEGAPIXELS * 1e6) throw new UserError(`${file}: ${tooLarge} (${width}x${height})`);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
