// What classify() is given, as RGBA pixels: PNG or JPEG bytes (a Uint8Array, an
// ArrayBuffer or a Blob) through decodeImage; RGBA pixels (ImageData, or what
// decodeImage gave) as they are; and in browsers an ImageBitmap, a canvas
// (HTMLCanvasElement, OffscreenCanvas) or a loaded <img>, drawn at their own size
// onto a scratch canvas and read back. The browser has already turned an <img>
// or an ImageBitmap upright by its EXIF orientation (an ImageBitmap unless it was
// created with imageOrientation: "none"), so the decode options' `orientation`
// and `minShortSide` apply to bytes and Blobs only.
import type { RgbaImage } from "../preprocess.ts";
import { isRgba } from "../preprocess-kernel.ts";
import { decodeImage, DEFAULT_LIMITS } from "./decode.ts";
import { checkSize, decodedPixelLimit, ImageError, type DecodeOptions } from "./types.ts";

export type ImageSource = Uint8Array | ArrayBuffer | Blob | RgbaImage | ImageData | ImageBitmap | HTMLCanvasElement | OffscreenCanvas | HTMLImageElement;

type Drawable = ImageBitmap | HTMLCanvasElement | OffscreenCanvas | HTMLImageElement;

export async function toRgba(source: ImageSource, options: DecodeOptions = {}): Promise<RgbaImage> {
  if (source instanceof Uint8Array) return decodeImage(source, options);
  if (source instanceof ArrayBuffer) return decodeImage(new Uint8Array(source), options);
  if (isA<Blob>(source, "Blob")) return decodeImage(new Uint8Array(await source.arrayBuffer()), options);
  if (isRgba(source)) return source;
  if (isA<HTMLImageElement>(source, "HTMLImageElement")) await loaded(source);
  if (isDrawable(source)) return drawn(source, options);
  throw new TypeError(
    `cannot read an image from ${describe(source)}: give PNG or JPEG bytes (a Uint8Array, an ArrayBuffer or a Blob), ` +
      "RGBA pixels (ImageData, or {width, height, data}), or in a browser an ImageBitmap, a canvas or an <img>",
  );
}

/** `instanceof` a class that only some platforms have (Node has no ImageBitmap, a web worker no <img>). */
function isA<T>(value: unknown, name: string): value is T {
  const type = (globalThis as Record<string, unknown>)[name];
  return typeof type === "function" && value instanceof type;
}

function isDrawable(value: unknown): value is Drawable {
  return ["ImageBitmap", "HTMLCanvasElement", "OffscreenCanvas", "HTMLImageElement"].some((name) => isA(value, name));
}

/** An <img>'s pixels are there once it has loaded and decoded. */
async function loaded(image: HTMLImageElement): Promise<void> {
  try {
    await image.decode();
  } catch (e) {
    throw new ImageError(`the <img> (${image.currentSrc || image.src || "no src"}) could not be loaded and decoded: ${(e as Error).message}`);
  }
}

/** The source drawn at its own size onto a scratch canvas (never a context of the caller's canvas) and read back. */
function drawn(source: Drawable, { limits = DEFAULT_LIMITS }: DecodeOptions): ImageData {
  const [width, height] = isA<HTMLImageElement>(source, "HTMLImageElement") ? [source.naturalWidth, source.naturalHeight] : [source.width, source.height];
  if (!width || !height) throw new ImageError(`${describe(source)} is empty (${width}x${height})`);
  checkSize(width, height, { maxPixels: decodedPixelLimit(limits) });
  const canvas = typeof OffscreenCanvas === "function" ? new OffscreenCanvas(width, height) : Object.assign(document.createElement("canvas"), { width, height });
  const context = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new Error("no 2D canvas context to read the image's pixels with");
  context.drawImage(source, 0, 0);
  try {
    return context.getImageData(0, 0, width, height);
  } catch (e) {
    if ((e as Error).name !== "SecurityError") throw e;
    throw new ImageError(`${describe(source)} holds a cross-origin image served without CORS, whose pixels a page cannot read (serve it with Access-Control-Allow-Origin, and set crossOrigin on the <img>)`);
  }
}

/** "null", "a string", "an ArrayBuffer", "an <img>"... */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (value instanceof Object && value.constructor.name === "HTMLImageElement") return "an <img>";
  const name = typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value;
  return `${/^([aeiou]|HTML)/i.test(name) ? "an" : "a"} ${name}`;
}
