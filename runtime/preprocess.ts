// Image input for classification, bit-exact with timm's evaluation transform:
// PIL's convert("RGB") or convert("L"), a resize that keeps the aspect ratio
// (torchvision's Resize(shorter side), or timm's ResizeKeepRatio for a
// non-square input), CenterCrop, ToTensor, Normalize. Pure TypeScript, so it
// runs the same in Node, browsers and edge workers; decoding the file is the
// caller's business.

/** A side, or [height, width]. */
export type Size = number | [number, number];

export interface Preprocessing {
  /**
   * The resize, aspect ratio kept. A number is torchvision's Resize(n): the
   * shorter side becomes n. [height, width] is timm's ResizeKeepRatio: the
   * image scaled by the smaller of height / its height and width / its width,
   * so that it covers height x width with one side equal.
   */
  resize: Size;
  /** The centred crop: a square's side, or [height, width]. */
  crop: Size;
  /** Three channels (PIL's convert("RGB")) or one (convert("L")); bundles older than the field are RGB. */
  color?: "rgb" | "gray";
  /** One value per channel. */
  mean: number[];
  std: number[];
  /** PIL's resampling filter. timm resizes a non-square input bilinearly (ResizeKeepRatio's default, which its evaluation transform keeps). */
  interpolation: "bicubic" | "bilinear";
}

export const IMAGENET_EVAL: Preprocessing = {
  resize: 256,
  crop: 224,
  color: "rgb",
  mean: [0.485, 0.456, 0.406],
  std: [0.229, 0.224, 0.225],
  interpolation: "bicubic",
};

/** How many channels the preprocessed tensor has. */
export function channelsOf(p: Preprocessing): number {
  return p.color === "gray" ? 1 : 3;
}

/** A size as [height, width]. */
export function sides(size: Size): [number, number] {
  return typeof size === "number" ? [size, size] : size;
}

/** Whether the preprocessing makes exactly a tensor of `shape` (NCHW): its channels, the crop's height and width. */
export function makesInput(p: Preprocessing, shape: number[]): boolean {
  const [, channels, height, width] = shape;
  const [cropHeight, cropWidth] = sides(p.crop);
  return channels === channelsOf(p) && height === cropHeight && width === cropWidth;
}

/** Decoded pixels, 8-bit RGBA row by row (like the browser's ImageData). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** PIL's fixed point for 8-bit resampling: 2 bits of headroom for the filter's overshoot. */
const PRECISION_BITS = 32 - 8 - 2;
const ONE = 2 ** PRECISION_BITS;

/**
 * [width, height] of a width x height image after the resize: torchvision's
 * Resize(n) makes the shorter side n and truncates the longer one; timm's
 * ResizeKeepRatio([h, w]) divides both sides by the smaller ratio and rounds
 * them half to even (Python's round).
 */
export function resizedSize(width: number, height: number, resize: Size): [number, number] {
  if (typeof resize === "number") return width <= height ? [resize, Math.trunc((resize * height) / width)] : [Math.trunc((resize * width) / height), resize];
  const ratio = Math.min(height / resize[0], width / resize[1]);
  return [roundHalfEven(width / ratio), roundHalfEven(height / ratio)];
}

/** Whether the crop lies inside every image the resize makes: n covers n x n, [h, w] covers h x w. */
function cropFits(p: Preprocessing): boolean {
  const [cropHeight, cropWidth] = sides(p.crop);
  const [height, width] = sides(p.resize);
  return cropHeight <= height && cropWidth <= width;
}

const isWholeSize = (size: Size): boolean => (typeof size === "number" ? isSize(size) : Array.isArray(size) && size.length === 2 && size.every(isSize));

/** A size as a spec writes it: 224, or 224x160 (height x width). */
export const showSize = (size: Size): string => (Array.isArray(size) ? size.join("x") : String(size));

/**
 * The normalised NCHW float32 tensor [1, C, height, width] of the crop for an
 * RGBA image, C as `p.color` says. Alpha is ignored, as PIL's convert("RGB")
 * and convert("L") drop it.
 */
export function preprocess(image: RgbaImage, p: Preprocessing): Float32Array {
  const { width: w, height: h, data } = image;
  if (!isSize(w) || !isSize(h)) throw new Error(`preprocess: bad image size ${w}x${h}`);
  if (data.length !== w * h * 4) {
    throw new Error(`preprocess: a ${w}x${h} RGBA image needs ${w * h * 4} bytes of data, got ${data.length}`);
  }
  const channels = channelsOf(p);
  const filter = FILTERS[p.interpolation];
  if (!isWholeSize(p.resize) || !isWholeSize(p.crop) || !cropFits(p) || !filter || p.mean.length !== channels || p.std.length !== channels) {
    throw new Error(
      `preprocess: unsupported preprocessing (resize ${showSize(p.resize)}, crop ${showSize(p.crop)}, ${p.interpolation}, ${p.color ?? "rgb"}, ` +
        `${p.mean.length} means, ${p.std.length} stds): needs whole sizes with the crop inside the resize, bicubic or bilinear interpolation and one mean and std per channel`,
    );
  }
  const [cropH, cropW] = sides(p.crop);
  // The source samples: RGBA read in place (stride 4, alpha skipped), or PIL's luminance.
  const [src, stride] = channels === 1 ? [luminance(data), 1] : [data, 4];

  // Resizing to the image's own size leaves it unchanged (PIL and torchvision return
  // it as is); the coefficients below are then exactly the identity.
  const [outW, outH] = resizedSize(w, h, p.resize);
  const left = roundHalfEven((outW - cropW) / 2);
  const top = roundHalfEven((outH - cropH) / 2);

  // Each output pixel depends only on its own coefficients, so only the crop is computed.
  const cols = coefficients(w, outW, left, cropW, filter);
  const rows = coefficients(h, outH, top, cropH, filter);

  // Horizontal pass first, as PIL does, over the source rows the crop needs; the
  // intermediate image is uint8 (rounded and clamped), which the result depends on.
  // Each tap is read once for all channels: a gray image uses the first sum only.
  const rgb = channels === 3;
  const y0 = rows.start[0];
  const y1 = rows.start[cropH - 1] + rows.count[cropH - 1];
  const mid = new Uint8Array((y1 - y0) * cropW * channels);
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < cropW; x++) {
      const k = x * cols.stride;
      let r = ONE / 2;
      let g = ONE / 2;
      let b = ONE / 2;
      for (let i = 0, s = (y * w + cols.start[x]) * stride; i < cols.count[x]; i++, s += stride) {
        const c = cols.weights[k + i];
        r += src[s] * c;
        if (rgb) {
          g += src[s + 1] * c;
          b += src[s + 2] * c;
        }
      }
      const o = ((y - y0) * cropW + x) * channels;
      mid[o] = clip8(r);
      if (rgb) {
        mid[o + 1] = clip8(g);
        mid[o + 2] = clip8(b);
      }
    }
  }

  const lut = normalisation(p, channels);
  const plane = cropH * cropW;
  const out = new Float32Array(channels * plane);
  const row = cropW * channels;
  for (let y = 0; y < cropH; y++) {
    const start = rows.start[y] - y0;
    const k = y * rows.stride;
    for (let x = 0; x < cropW; x++) {
      let r = ONE / 2;
      let g = ONE / 2;
      let b = ONE / 2;
      for (let i = 0, s = start * row + x * channels; i < rows.count[y]; i++, s += row) {
        const c = rows.weights[k + i];
        r += mid[s] * c;
        if (rgb) {
          g += mid[s + 1] * c;
          b += mid[s + 2] * c;
        }
      }
      const o = y * cropW + x;
      out[o] = lut[clip8(r)];
      if (rgb) {
        out[plane + o] = lut[256 + clip8(g)];
        out[2 * plane + o] = lut[512 + clip8(b)];
      }
    }
  }
  return out;
}

/** PIL's convert("L") of RGB(A) pixels: ITU-R 601-2 luma in 16-bit fixed point, rounded. */
function luminance(rgba: Uint8Array | Uint8ClampedArray): Uint8Array {
  const out = new Uint8Array(rgba.length / 4);
  for (let i = 0, s = 0; i < out.length; i++, s += 4) out[i] = (rgba[s] * 19595 + rgba[s + 1] * 38470 + rgba[s + 2] * 7471 + 0x8000) >>> 16;
  return out;
}

function isSize(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

/** Python's round() (half to even), which torchvision's CenterCrop uses for its offsets. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function clip8(acc: number): number {
  const v = acc >> PRECISION_BITS;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/** PIL's bicubic kernel, a = -0.5, written in its evaluation order. */
function bicubic(x: number): number {
  if (x < 0) x = -x;
  if (x < 1) return (1.5 * x - 2.5) * x * x + 1;
  if (x < 2) return (((x - 5) * x + 8) * x - 4) * -0.5;
  return 0;
}

/** PIL's bilinear (triangle) kernel. */
function bilinear(x: number): number {
  if (x < 0) x = -x;
  return x < 1 ? 1 - x : 0;
}

/** A resampling filter: its kernel and how far it reaches (in source pixels, before antialiasing stretches it). */
interface Filter {
  kernel: (x: number) => number;
  support: number;
}

const FILTERS: Record<string, Filter | undefined> = { bicubic: { kernel: bicubic, support: 2 }, bilinear: { kernel: bilinear, support: 1 } };

interface Taps {
  /** First source pixel and number of taps of each output pixel. */
  start: Int32Array;
  count: Int32Array;
  /** Fixed-point weights, `stride` per output pixel. */
  weights: Int32Array;
  stride: number;
}

/**
 * PIL's precompute_coeffs and normalize_coeffs_8bpc for output pixels
 * first..first+n-1 of a resize from inSize to outSize with `filter`: when
 * downscaling, the kernel is stretched by the scale (antialiasing).
 */
function coefficients(inSize: number, outSize: number, first: number, n: number, filter: Filter): Taps {
  const scale = inSize / outSize;
  const filterScale = Math.max(scale, 1);
  const support = filter.support * filterScale;
  const stride = Math.ceil(support) * 2 + 1;
  const taps: Taps = { start: new Int32Array(n), count: new Int32Array(n), weights: new Int32Array(n * stride), stride };
  const ss = 1 / filterScale; // PIL multiplies by the reciprocal, which can round differently
  const w = new Float64Array(stride);
  for (let j = 0; j < n; j++) {
    const center = (first + j + 0.5) * scale;
    const min = Math.max(Math.trunc(center - support + 0.5), 0);
    const count = Math.min(Math.trunc(center + support + 0.5), inSize) - min;
    let sum = 0;
    for (let i = 0; i < count; i++) {
      w[i] = filter.kernel((i + min - center + 0.5) * ss);
      sum += w[i];
    }
    for (let i = 0; i < count; i++) {
      const c = sum !== 0 ? w[i] / sum : w[i];
      taps.weights[j * stride + i] = Math.trunc(c < 0 ? c * ONE - 0.5 : c * ONE + 0.5);
    }
    taps.start[j] = min;
    taps.count[j] = count;
  }
  return taps;
}

/**
 * uint8 -> normalised value per channel (channels x 256), in float32 at every step
 * as torch computes ToTensor's division by 255 and Normalize's (x - mean) / std.
 */
function normalisation(p: Preprocessing, channels: number): Float32Array {
  const lut = new Float32Array(channels * 256);
  for (let c = 0; c < channels; c++) {
    const mean = Math.fround(p.mean[c]);
    const std = Math.fround(p.std[c]);
    for (let v = 0; v < 256; v++) lut[c * 256 + v] = Math.fround(Math.fround(v / 255) - mean) / std;
  }
  return lut;
}
