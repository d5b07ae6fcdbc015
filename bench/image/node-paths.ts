// The ways from a photo's bytes to pixels that npm run bench:image compares in
// Node: mixc's decodeImage shrinking on load (the fast path) and at full size
// (the exact path), sharp (libvips, which shrinks on load itself) resizing to
// the model's resize size with its default and its bicubic kernel, and jpeg-js,
// the decoder mixc used before, whose pixels the JS preprocessing resized.
import jpeg from "jpeg-js";
import sharp from "sharp";
import { decodeImage } from "../../runtime/image/decode.ts";
import { resizedSize, type Preprocessing, type RgbaImage } from "../../runtime/preprocess.ts";
import { shrinkOnLoadSide } from "../../runtime/preprocess-kernel.ts";
import type { Photo } from "./photos.ts";

export interface Path {
  name: string;
  decode(photo: Photo): Promise<RgbaImage>;
  /** The input comes from runtime/preprocess.ts in JS, not the bundle's kernel. */
  js?: true;
}

export function nodePaths(p: Preprocessing): Path[] {
  const bySharp = (kernel: "lanczos3" | "cubic") => async (photo: Photo) => {
    const [width, height] = resizedSize(photo.width, photo.height, p.resize);
    const { data, info } = await sharp(photo.bytes).resize(width, height, { kernel, fit: "fill" }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data };
  };
  return [
    { name: "mixc fast (shrink-on-load)", decode: (photo) => decodeImage(photo.bytes, { minShortSide: shrinkOnLoadSide(p) }) },
    { name: "mixc exact (full size)", decode: (photo) => decodeImage(photo.bytes) },
    { name: "sharp, lanczos3 (its default)", decode: bySharp("lanczos3") },
    { name: "sharp, bicubic", decode: bySharp("cubic") },
    {
      name: "jpeg-js + JS resize (before)",
      decode: async (photo) => jpeg.decode(photo.bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 }),
      js: true,
    },
  ];
}
