// PIL's convert("L"): ITU-R 601-2 luma in 16-bit fixed point, rounded, alpha ignored.

/**
 * Pixels first..end-1 of an RGBA image -> their luma bytes, written in place:
 * pixel i's luma at byte i. Each write lands on a pixel already read. Reads up
 * to 3 pixels past `end`.
 */
export function luminance(rgba: usize, first: usize, end: usize): void {
  const mask = i32x4.splat(0xff);
  for (let i = first; i < end; i += 4) {
    const v = v128.load(rgba + (i << 2));
    const r = v128.and(v, mask);
    const g = v128.and(i32x4.shr_u(v, 8), mask);
    const b = v128.and(i32x4.shr_u(v, 16), mask);
    let l = i32x4.add(i32x4.mul(r, i32x4.splat(19595)), i32x4.mul(g, i32x4.splat(38470)));
    l = i32x4.add(l, i32x4.add(i32x4.mul(b, i32x4.splat(7471)), i32x4.splat(0x8000)));
    l = i32x4.shr_u(l, 16);
    const h = i16x8.narrow_i32x4_s(l, l);
    v128.store32_lane(rgba + i, i8x16.narrow_i16x8_u(h, h), 0);
  }
}
