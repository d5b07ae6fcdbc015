// JPEG to 8-bit RGBA with the pixel values libjpeg gives through PIL. jpeg-js
// decodes the entropy-coded data; the chroma upsampling and colour conversion
// are redone as libjpeg does them.
import decode from "jpeg-js/lib/decoder.js";
import { checkSize, ImageError, type DecodeLimits, type Rgba } from "./types.ts";

export function decodeJpeg(bytes: Uint8Array, limits: DecodeLimits): Rgba {
  let frame: JpegFrame;
  try {
    frame = jpegFrame(bytes);
  } catch (e) {
    throw new ImageError(`corrupt or truncated JPEG image (${(e as Error).message})`);
  }
  checkSize(frame.width, frame.height, limits);
  let image;
  try {
    // jpeg-js upsamples chroma by repeating samples and converts colours in floating
    // point; libjpeg (PIL) interpolates and converts in fixed point. So ask jpeg-js
    // for the raw components (hiding an Adobe marker's colour transform flag, which
    // it would obey) and redo both steps as libjpeg does.
    let input = bytes;
    if (frame.components.length === 3 && frame.adobe) {
      input = bytes.slice();
      input[frame.adobe.at] = 0;
    }
    image = decode(input, {
      useTArray: true,
      formatAsRGBA: true,
      colorTransform: false,
      tolerantDecoding: false,
      maxMemoryUsageInMB: Math.ceil((limits.maxPixels * 24) / 2 ** 20), // about 22 bytes a pixel at 4:4:4
    });
  } catch (e) {
    throw new ImageError(`corrupt or truncated JPEG image (${(e as Error).message})`);
  }
  const { width, height, data } = image;
  if (frame.components.length === 3) {
    const maxH = Math.max(...frame.components.map((c) => c.h));
    const maxV = Math.max(...frame.components.map((c) => c.v));
    frame.components.forEach((c, i) => {
      const fx = maxH / c.h;
      const fy = maxV / c.v;
      // libjpeg interpolates when upsampling by 2 (across: only rows over 2 samples
      // wide); other whole ratios repeat samples, as jpeg-js did.
      const fancy = (fx === 2 && (fy === 1 || fy === 2) && Math.ceil(width / 2) > 2) || (fx === 1 && fy === 2);
      if (fancy) fancyUpsample(data, width, height, i, fx, fy);
    });
    if (isYCbCr(frame)) yccToRgb(data);
  }
  return { width, height, data };
}

interface JpegFrame {
  width: number;
  height: number;
  components: { id: number; h: number; v: number }[];
  jfif: boolean;
  /** The Adobe APP14 marker's colour transform flag and its offset in the file. */
  adobe?: { transform: number; at: number };
}

/** The markers before the first scan: the frame header and the colour space hints. */
function jpegFrame(bytes: Uint8Array): JpegFrame {
  const frame: JpegFrame = { width: 0, height: 0, components: [], jfif: false };
  let at = 2;
  for (;;) {
    if (at + 4 > bytes.length) throw new Error("ends before the image data");
    if (bytes[at] !== 0xff) throw new Error(`bad marker at offset ${at}`);
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const start = at + 4;
    const end = at + 2 + ((bytes[at + 2] << 8) | bytes[at + 3]);
    if (end > bytes.length) throw new Error("ends inside a header");
    const text = (n: number) => String.fromCharCode(...bytes.subarray(start, Math.min(start + n, end)));
    if (marker === 0xda) break; // start of scan
    if (marker === 0xe0 && text(5) === "JFIF\0") frame.jfif = true;
    if (marker === 0xee && text(5) === "Adobe" && end - start >= 12) frame.adobe = { transform: bytes[start + 11], at: start + 11 };
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      frame.height = (bytes[start + 1] << 8) | bytes[start + 2];
      frame.width = (bytes[start + 3] << 8) | bytes[start + 4];
      const n = bytes[start + 5];
      if (start + 6 + 3 * n > end) throw new Error("short frame header");
      for (let i = 0, c = start + 6; i < n; i++, c += 3) {
        frame.components.push({ id: bytes[c], h: bytes[c + 1] >> 4, v: bytes[c + 1] & 15 });
      }
    }
    at = end;
  }
  if (!frame.components.length) throw new Error("no frame header");
  return frame;
}

/** libjpeg's guess of the colour space of 3 components (jdapimin.c). */
function isYCbCr(frame: JpegFrame): boolean {
  if (frame.jfif) return true;
  if (frame.adobe) return frame.adobe.transform !== 0;
  return frame.components.map((c) => c.id).join() !== "82,71,66"; // 'R', 'G', 'B'
}

/**
 * libjpeg's "fancy" upsampling by 2 of channel `c` of RGBA data whose samples
 * jpeg-js repeated: 3/4 of the nearer sample and 1/4 of the next (by 2 down, of
 * the nearer and next rows; by 2 across, of those column sums), with libjpeg's
 * alternating rounding; edges repeat.
 */
function fancyUpsample(data: Uint8Array, width: number, height: number, c: number, fx: number, fy: number): void {
  const w = Math.ceil(width / fx);
  const h = Math.ceil(height / fy);
  const plane = new Uint8Array(w * h);
  for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) plane[i * w + j] = data[(i * fy * width + j * fx) * 4 + c];
  const [even, odd, shift] = fy === 1 ? [1, 2, 2] : [8, 7, 4]; // rounding of the sums across
  const sums = new Int32Array(w + 2); // one row's column sums, with the edges repeated
  for (let y = 0; y < height; y++) {
    const i = Math.floor(y / fy);
    const far = fy === 1 ? i : Math.min(Math.max(y % 2 ? i + 1 : i - 1, 0), h - 1);
    for (let j = 0; j < w; j++) sums[j + 1] = fy === 1 ? plane[i * w + j] : 3 * plane[i * w + j] + plane[far * w + j];
    sums[0] = sums[1];
    sums[w + 1] = sums[w];
    for (let x = 0, o = y * width * 4 + c; x < width; x++, o += 4) {
      const j = (x >> 1) + 1;
      data[o] =
        fx === 1 ? (sums[x + 1] + (y % 2 ? 2 : 1)) >> 2
        : x % 2 ? (3 * sums[j] + sums[j + 1] + odd) >> shift
        : (3 * sums[j] + sums[j - 1] + even) >> shift;
    }
  }
}

/** libjpeg's fixed-point YCbCr to RGB (jdcolor.c), in place. */
function yccToRgb(data: Uint8Array): void {
  const fix = (x: number) => Math.floor(x * 65536 + 0.5);
  const [crR, cbB, crG, cbG] = [fix(1.402), fix(1.772), fix(0.71414), fix(0.34414)];
  const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);
  for (let i = 0; i < data.length; i += 4) {
    const y = data[i];
    const cb = data[i + 1] - 128;
    const cr = data[i + 2] - 128;
    data[i] = clamp(y + ((crR * cr + 32768) >> 16));
    data[i + 1] = clamp(y + ((-cbG * cb - crG * cr + 32768) >> 16));
    data[i + 2] = clamp(y + ((cbB * cb + 32768) >> 16));
  }
}
