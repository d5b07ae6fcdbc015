// Turns decoded pixels upright as an EXIF Orientation says (what PIL's
// ImageOps.exif_transpose does): orientations 5-8 swap width and height.
import type { Orientation } from "./exif.ts";
import type { Rgba } from "./types.ts";

/**
 * Where output pixel (x, y) comes from in a w x h image: source index
 * start + x * across + y * down, per orientation.
 */
function walk(o: Orientation, w: number, h: number): { start: number; across: number; down: number } {
  const last = w * h - 1;
  switch (o) {
    case 1: return { start: 0, across: 1, down: w };
    case 2: return { start: w - 1, across: -1, down: w }; // mirrored left to right
    case 3: return { start: last, across: -1, down: -w }; // turned 180 degrees
    case 4: return { start: last - (w - 1), across: 1, down: -w }; // flipped top to bottom
    case 5: return { start: 0, across: w, down: 1 }; // transposed
    case 6: return { start: last - (w - 1), across: -w, down: 1 }; // turned 90 degrees clockwise
    case 7: return { start: last, across: -w, down: -1 }; // transverse
    case 8: return { start: w - 1, across: w, down: -1 }; // turned 90 degrees anticlockwise
  }
}

export function orient(image: Rgba, o: Orientation): Rgba {
  if (o === 1) return image;
  const { width: w, height: h } = image;
  const [width, height] = o >= 5 ? [h, w] : [w, h];
  const source = pixels(image.data);
  const out = new Uint32Array(w * h);
  const { start, across, down } = walk(o, w, h);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0, s = start + y * down; x < width; x++, s += across) out[i++] = source[s]!;
  }
  return { width, height, data: new Uint8Array(out.buffer) };
}

/** RGBA bytes as one 32-bit word a pixel (a copy only when the bytes are not 4-byte aligned). */
function pixels(data: Uint8Array): Uint32Array {
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
}
