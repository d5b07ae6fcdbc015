// The horizontal pass, as PIL runs it first: source rows y0..y1-1 -> the crop's
// columns, rounded and clamped to bytes (the intermediate image is uint8).
import { clip4, clip8, HALF } from "./fixed-point";
import { tapCountOf, tapStartOf, tapWeightsOf } from "./coefficients";

/** Bits of a weight's low half: a weight (up to 23 bits) is hi * 2^LOW_BITS + lo, both halves fitting i16 lanes. */
const LOW_BITS = 11;

/**
 * Rewrites each pair of an RGB tap table's weights (w0, w1) as the pairs of
 * halves the pass multiplies: (hi0, hi1) and (lo0, lo1), i16 each.
 */
export function splitWeights(table: usize, n: i32, slots: i32): void {
  const end = tapWeightsOf(table, n, slots, n);
  for (let w = tapWeightsOf(table, n, slots, 0); w < end; w += 8) {
    const w0 = load<i32>(w);
    const w1 = load<i32>(w, 4);
    store<i32>(w, ((w1 >> LOW_BITS) << 16) | ((w0 >> LOW_BITS) & 0xffff));
    store<i32>(w, ((w1 & ((1 << LOW_BITS) - 1)) << 16) | (w0 & ((1 << LOW_BITS) - 1)), 4);
  }
}

// (r0 r1 g0 g1 b0 b1 a0 a1) as i16 from pixels 0 and 1, and from pixels 2 and 3, of four RGBA pixels.
const PAIR_01 = v128(0, -1, 4, -1, 1, -1, 5, -1, 2, -1, 6, -1, 3, -1, 7, -1);
const PAIR_23 = v128(8, -1, 12, -1, 9, -1, 13, -1, 10, -1, 14, -1, 11, -1, 15, -1);

/** Two pixel pairs' products with two weight pairs' halves, per channel: four taps. */
@inline
function dot4(a: v128, b: v128, w01: v128, w23: v128): v128 {
  return i32x4.add(i32x4.dot_i16x8_s(a, w01), i32x4.dot_i16x8_s(b, w23));
}

/** The sums of the high and low halves' products, rounded and clamped: the pixel's 3 bytes (and alpha's) in lane 0. */
@inline
function pixelOf(high: v128, low: v128): v128 {
  return clip4(i32x4.add(i32x4.add(i32x4.shl(high, LOW_BITS), low), i32x4.splat(HALF)));
}

/**
 * RGBA rows (alpha ignored) -> 3 bytes a pixel, from a table of split weights.
 * Each pair of pixels is spread so that one i32x4.dot_i16x8_s adds both taps'
 * products per channel, once for the weights' high halves and once for the
 * low ones. Four taps at a time (the padding slots' weights are 0), two rows
 * at a time (they share the weights): an odd last row is summed twice, the
 * copy written one row past y1. Reads up to 3 pixels past a row's taps; writes
 * a byte past each row's end.
 */
export function horizontalRgb(src: usize, width: i32, y0: i32, y1: i32, table: usize, n: i32, slots: i32, mid: usize, midStride: usize): void {
  const rowBytes = <usize>width << 2;
  for (let y = y0; y < y1; y += 2) {
    const row = src + <usize>y * rowBytes;
    const next = y + 1 < y1 ? rowBytes : 0;
    const out = mid + <usize>(y - y0) * midStride;
    for (let x = 0; x < n; x++) {
      let p = row + (<usize>tapStartOf(table, x) << 2);
      let w = tapWeightsOf(table, n, slots, x);
      const count = tapCountOf(table, n, x);
      let high = i32x4.splat(0);
      let low = high;
      let high2 = high;
      let low2 = high;
      for (let i = 0; i < count; i += 4) {
        const h01 = v128.load32_splat(w);
        const l01 = v128.load32_splat(w, 4);
        const h23 = v128.load32_splat(w, 8);
        const l23 = v128.load32_splat(w, 12);
        let pixels = v128.load(p);
        let a = i8x16.swizzle(pixels, PAIR_01);
        let b = i8x16.swizzle(pixels, PAIR_23);
        high = i32x4.add(high, dot4(a, b, h01, h23));
        low = i32x4.add(low, dot4(a, b, l01, l23));
        pixels = v128.load(p + next);
        a = i8x16.swizzle(pixels, PAIR_01);
        b = i8x16.swizzle(pixels, PAIR_23);
        high2 = i32x4.add(high2, dot4(a, b, h01, h23));
        low2 = i32x4.add(low2, dot4(a, b, l01, l23));
        p += 16;
        w += 16;
      }
      v128.store32_lane(out + <usize>x * 3, pixelOf(high, low), 0);
      v128.store32_lane(out + midStride + <usize>x * 3, pixelOf(high2, low2), 0);
    }
  }
}

/** Luma rows (a byte a pixel) -> a byte a pixel; four taps at a time, the padding slots' weights being 0. Reads up to 3 bytes past a row's taps. */
export function horizontalGray(src: usize, width: i32, y0: i32, y1: i32, table: usize, n: i32, slots: i32, mid: usize, midStride: usize): void {
  for (let y = y0; y < y1; y++) {
    const row = src + <usize>y * <usize>width;
    const out = mid + <usize>(y - y0) * midStride;
    for (let x = 0; x < n; x++) {
      let p = row + <usize>tapStartOf(table, x);
      let w = tapWeightsOf(table, n, slots, x);
      const count = tapCountOf(table, n, x);
      let acc = i32x4.splat(0);
      for (let i = 0; i < count; i += 4) {
        const pixels = i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(p)));
        acc = i32x4.add(acc, i32x4.mul(pixels, v128.load(w)));
        p += 4;
        w += 16;
      }
      const sum = HALF + i32x4.extract_lane(acc, 0) + i32x4.extract_lane(acc, 1) + i32x4.extract_lane(acc, 2) + i32x4.extract_lane(acc, 3);
      store<u8>(out + <usize>x, <u8>clip8(sum));
    }
  }
}
