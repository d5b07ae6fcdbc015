// PIL's precompute_coeffs and normalize_coeffs_8bpc, in its float64 arithmetic:
// the taps and fixed-point weights of output pixels first..first+n-1 of a
// resize from inSize to outSize with a filter (BICUBIC or BILINEAR).
// Downscaling stretches the kernel by the scale (antialiasing).
//   a tap table of n outputs: [start: i32 x n][count: i32 x n][weights: i32 x slots, per output]
import { ONE } from "./fixed-point";

export const BICUBIC: i32 = 0;
export const BILINEAR: i32 = 1;

/** PIL's bicubic kernel, a = -0.5, written in its evaluation order. */
function bicubic(x: f64): f64 {
  if (x < 0) x = -x;
  if (x < 1) return (1.5 * x - 2.5) * x * x + 1;
  if (x < 2) return (((x - 5) * x + 8) * x - 4) * -0.5;
  return 0;
}

/** PIL's bilinear (triangle) kernel. */
function bilinear(x: f64): f64 {
  if (x < 0) x = -x;
  return x < 1 ? 1 - x : 0;
}

/** How far the filter reaches, in source pixels, stretched by the downscaling. */
@inline
function support(inSize: i32, outSize: f64, filter: i32): f64 {
  return (filter == BILINEAR ? 1 : 2) * filterScale(inSize, outSize);
}

@inline
function filterScale(inSize: i32, outSize: f64): f64 {
  return Math.max(<f64>inSize / outSize, 1);
}

@inline
function center(inSize: i32, outSize: f64, j: f64): f64 {
  return (j + 0.5) * (<f64>inSize / outSize);
}

/** The first source pixel that output pixel j reads. */
export function tapStart(inSize: i32, outSize: f64, j: f64, filter: i32): i32 {
  return <i32>Math.max(Math.trunc(center(inSize, outSize, j) - support(inSize, outSize, filter) + 0.5), 0);
}

/** One past the last source pixel that output pixel j reads. */
export function tapEnd(inSize: i32, outSize: f64, j: f64, filter: i32): i32 {
  return <i32>Math.min(Math.trunc(center(inSize, outSize, j) + support(inSize, outSize, filter) + 0.5), <f64>inSize);
}

/** Weight slots per output: PIL's ceil(support) * 2 + 1, rounded up to a multiple of 4 so that SIMD reads whole vectors of them. */
export function tapSlots(inSize: i32, outSize: f64, filter: i32): i32 {
  return ((<i32>Math.ceil(support(inSize, outSize, filter)) * 2 + 1) + 3) & ~3;
}

export function tapTableBytes(n: i32, slots: i32): usize {
  return <usize>n * (8 + 4 * <usize>slots);
}

@inline
export function tapStartOf(table: usize, j: i32): i32 {
  return load<i32>(table + (<usize>j << 2));
}

@inline
export function tapCountOf(table: usize, n: i32, j: i32): i32 {
  return load<i32>(table + (<usize>(n + j) << 2));
}

@inline
export function tapWeightsOf(table: usize, n: i32, slots: i32, j: i32): usize {
  return table + (<usize>n << 3) + ((<usize>j * <usize>slots) << 2);
}

/** The unnormalised weight of source pixel `at` for an output centred at `c`. */
@inline
function weightAt(at: i32, c: f64, ss: f64, filter: i32): f64 {
  const x = (<f64>at - c + 0.5) * ss;
  return filter == BILINEAR ? bilinear(x) : bicubic(x);
}

/** Writes the tap table of outputs first..first+n-1; slots past an output's taps hold 0. */
export function coefficients(inSize: i32, outSize: f64, first: f64, n: i32, filter: i32, table: usize): void {
  const slots = tapSlots(inSize, outSize, filter);
  const ss = 1 / filterScale(inSize, outSize); // PIL multiplies by the reciprocal, which can round differently
  for (let j = 0; j < n; j++) {
    const c = center(inSize, outSize, first + <f64>j);
    const min = tapStart(inSize, outSize, first + <f64>j, filter);
    const count = tapEnd(inSize, outSize, first + <f64>j, filter) - min;
    let sum: f64 = 0;
    for (let i = 0; i < count; i++) sum += weightAt(i + min, c, ss, filter);
    const weights = tapWeightsOf(table, n, slots, j);
    for (let i = 0; i < slots; i++) {
      let fixed: i32 = 0;
      if (i < count) {
        const w = weightAt(i + min, c, ss, filter);
        const k = sum != 0 ? w / sum : w;
        fixed = <i32>Math.trunc(k < 0 ? k * ONE - 0.5 : k * ONE + 0.5);
      }
      store<i32>(weights + (<usize>i << 2), fixed);
    }
    store<i32>(table + (<usize>j << 2), min);
    store<i32>(table + (<usize>(n + j) << 2), count);
  }
}
