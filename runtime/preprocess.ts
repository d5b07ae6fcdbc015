// Image input for classification, bit-exact with timm's evaluation transform for
// MixNet: PIL's convert("RGB") or convert("L"), torchvision Resize(shorter side,
// BICUBIC), CenterCrop, ToTensor, Normalize. Pure TypeScript, so it runs the same
// in Node, browsers and edge workers; decoding the file is the caller's business.

export interface Preprocessing {
  /** The shorter side after resizing. */
  resize: number;
  /** The side of the centred square crop. */
  crop: number;
  /** Three channels (PIL's convert("RGB")) or one (convert("L")); bundles older than the field are RGB. */
  color?: "rgb" | "gray";
  /** One value per channel. */
  mean: number[];
  std: number[];
  interpolation: "bicubic";
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

/** Whether the preprocessing makes exactly a tensor of `shape` (NCHW): its channels, crop x crop. */
export function makesInput(p: Preprocessing, shape: number[]): boolean {
  const [, channels, height, width] = shape;
  return channels === channelsOf(p) && height === p.crop && width === p.crop;
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

/** torchvision's Resize(shorter side): the shorter side becomes `resize`, the longer one is truncated. */
export function resizedSize(width: number, height: number, resize: number): [number, number] {
  return width <= height ? [resize, Math.trunc((resize * height) / width)] : [Math.trunc((resize * width) / height), resize];
}

/**
 * The normalised NCHW float32 tensor [1, C, crop, crop] for an RGBA image, C as
 * `p.color` says. Alpha is ignored, as PIL's convert("RGB") and convert("L") drop it.
 */
export function preprocess(image: RgbaImage, p: Preprocessing): Float32Array {
  const { width: w, height: h, data } = image;
  if (!isSize(w) || !isSize(h)) throw new Error(`preprocess: bad image size ${w}x${h}`);
  if (data.length !== w * h * 4) {
    throw new Error(`preprocess: a ${w}x${h} RGBA image needs ${w * h * 4} bytes of data, got ${data.length}`);
  }
  const channels = channelsOf(p);
  if (!isSize(p.resize) || !isSize(p.crop) || p.crop > p.resize || p.interpolation !== "bicubic" || p.mean.length !== channels || p.std.length !== channels) {
    throw new Error(
      `preprocess: unsupported preprocessing (resize ${p.resize}, crop ${p.crop}, ${p.interpolation}, ${p.color ?? "rgb"}, ` +
        `${p.mean.length} means, ${p.std.length} stds): needs whole sizes with crop <= resize, bicubic interpolation and one mean and std per channel`,
    );
  }
  const { crop } = p;
  // The source samples: RGBA read in place (stride 4, alpha skipped), or PIL's luminance.
  const [src, stride] = channels === 1 ? [luminance(data), 1] : [data, 4];

  // Resizing to the image's own size leaves it unchanged (PIL and torchvision return
  // it as is); the coefficients below are then exactly the identity.
  const [outW, outH] = resizedSize(w, h, p.resize);
  const left = roundHalfEven((outW - crop) / 2);
  const top = roundHalfEven((outH - crop) / 2);

  // Each output pixel depends only on its own coefficients, so only the crop is computed.
  const cols = coefficients(w, outW, left, crop);
  const rows = coefficients(h, outH, top, crop);

  // Horizontal pass first, as PIL does, over the source rows the crop needs; the
  // intermediate image is uint8 (rounded and clamped), which the result depends on.
  // Each tap is read once for all channels: a gray image uses the first sum only.
  const rgb = channels === 3;
  const y0 = rows.start[0];
  const y1 = rows.start[crop - 1] + rows.count[crop - 1];
  const mid = new Uint8Array((y1 - y0) * crop * channels);
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < crop; x++) {
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
      const o = ((y - y0) * crop + x) * channels;
      mid[o] = clip8(r);
      if (rgb) {
        mid[o + 1] = clip8(g);
        mid[o + 2] = clip8(b);
      }
    }
  }

  const lut = normalisation(p, channels);
  const plane = crop * crop;
  const out = new Float32Array(channels * plane);
  const row = crop * channels;
  for (let y = 0; y < crop; y++) {
    const start = rows.start[y] - y0;
    const k = y * rows.stride;
    for (let x = 0; x < crop; x++) {
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
      const o = y * crop + x;
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
 * first..first+n-1 of a resize from inSize to outSize: when downscaling, the
 * kernel is stretched by the scale (antialiasing).
 */
function coefficients(inSize: number, outSize: number, first: number, n: number): Taps {
  const scale = inSize / outSize;
  const filterScale = Math.max(scale, 1);
  const support = 2 * filterScale;
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
      w[i] = bicubic((i + min - center + 0.5) * ss);
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
