// The vertical pass over the uint8 intermediate: every value of an output row
// has the same taps, so sixteen values (any mix of pixels and channels) are
// summed at once.
import { clip16, HALF } from "./fixed-point";
import { tapCountOf, tapStartOf, tapWeightsOf } from "./coefficients";

/**
 * Output row y -> rowBytes clamped bytes at `out` (rounded up to 16). `mid`
 * holds source rows y0.. of the intermediate, midStride bytes apart.
 */
export function verticalRow(mid: usize, midStride: usize, y0: i32, table: usize, n: i32, slots: i32, y: i32, rowBytes: i32, out: usize): void {
  const first = mid + <usize>(tapStartOf(table, y) - y0) * midStride;
  const weights = tapWeightsOf(table, n, slots, y);
  const count = tapCountOf(table, n, y);
  for (let at: usize = 0; at < <usize>rowBytes; at += 16) {
    let a = i32x4.splat(HALF);
    let b = a;
    let c = a;
    let d = a;
    let p = first + at;
    for (let i = 0; i < count; i++) {
      const v = v128.load(p);
      const k = v128.load32_splat(weights + (<usize>i << 2));
      const lo = i16x8.extend_low_i8x16_u(v);
      const hi = i16x8.extend_high_i8x16_u(v);
      a = i32x4.add(a, i32x4.mul(i32x4.extend_low_i16x8_u(lo), k));
      b = i32x4.add(b, i32x4.mul(i32x4.extend_high_i16x8_u(lo), k));
      c = i32x4.add(c, i32x4.mul(i32x4.extend_low_i16x8_u(hi), k));
      d = i32x4.add(d, i32x4.mul(i32x4.extend_high_i16x8_u(hi), k));
      p += midStride;
    }
    v128.store(out + at, clip16(a, b, c, d));
  }
}
