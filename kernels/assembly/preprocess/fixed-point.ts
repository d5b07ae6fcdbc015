// PIL's fixed point for 8-bit resampling: weights scaled by 2^22 (2 bits of
// headroom for the filter's overshoot), sums started at one half so that the
// shift rounds, results clamped to 0..255.

export const PRECISION_BITS: i32 = 22;
export const ONE: f64 = 4194304; // 2^PRECISION_BITS
export const HALF: i32 = 1 << (PRECISION_BITS - 1);

/** Four i32x4 sums -> sixteen clamped bytes: the shift, then saturating narrowing (i32 -> i16 -> u8) clamps as PIL's clip8 does. */
@inline
export function clip16(a: v128, b: v128, c: v128, d: v128): v128 {
  const ab = i16x8.narrow_i32x4_s(i32x4.shr_s(a, PRECISION_BITS), i32x4.shr_s(b, PRECISION_BITS));
  const cd = i16x8.narrow_i32x4_s(i32x4.shr_s(c, PRECISION_BITS), i32x4.shr_s(d, PRECISION_BITS));
  return i8x16.narrow_i16x8_u(ab, cd);
}

/** One i32x4 sum -> its four clamped bytes in the low lane. */
@inline
export function clip4(a: v128): v128 {
  const s = i32x4.shr_s(a, PRECISION_BITS);
  const h = i16x8.narrow_i32x4_s(s, s);
  return i8x16.narrow_i16x8_u(h, h);
}

/** A scalar sum -> its clamped byte. */
@inline
export function clip8(acc: i32): i32 {
  const v = acc >> PRECISION_BITS;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}
