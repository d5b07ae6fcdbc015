// Colour conversion to RGBA rows as PIL gives them: libjpeg's guess of the
// colour space (jdapimin.c), its fixed-point YCbCr to RGB (jdcolor.c, 16-bit
// fractions), YCCK to CMYK, and PIL's CMYK to RGB (it reads 4-component JPEGs as
// Adobe's inverted CMYK).
import { adobeTransform, component, componentCount, sawAdobe, sawJfif } from "./frame";

export const enum ColourSpace {
  Gray,
  YCbCr,
  Rgb,
  Cmyk,
  Ycck,
}

/** libjpeg's guess from the component count, the JFIF and Adobe markers and the component ids. */
export function colourSpace(): ColourSpace {
  if (componentCount == 1) return ColourSpace.Gray;
  if (componentCount == 4) return sawAdobe && adobeTransform != 0 ? ColourSpace.Ycck : ColourSpace.Cmyk;
  if (sawJfif) return ColourSpace.YCbCr;
  if (sawAdobe) return adobeTransform == 0 ? ColourSpace.Rgb : ColourSpace.YCbCr;
  const rgbIds = component(0).id == 0x52 && component(1).id == 0x47 && component(2).id == 0x42; // 'R', 'G', 'B'
  return rgbIds ? ColourSpace.Rgb : ColourSpace.YCbCr;
}

/** Converts `width` pixels from the component rows whose addresses `rows` holds (up to 4) to RGBA at `out` (which has room for 64 more bytes). */
export function convertRow(space: ColourSpace, rows: usize, out: usize, width: i32): void {
  const row0 = load<usize>(rows), row1 = load<usize>(rows, 4), row2 = load<usize>(rows, 8), row3 = load<usize>(rows, 12);
  if (space == ColourSpace.YCbCr) yccToRgba(row0, row1, row2, out, width);
  else if (space == ColourSpace.Gray) interleaveRgba(row0, row0, row0, out, width);
  else if (space == ColourSpace.Rgb) interleaveRgba(row0, row1, row2, out, width);
  else cmykToRgba(row0, row1, row2, row3, out, width, space == ColourSpace.Ycck);
}

const OPAQUE = i8x16.splat(-1);

/** Writes 16 pixels from 16 R, G and B bytes. */
@inline
function storeRgba(out: usize, r: v128, g: v128, b: v128): void {
  const rgLow = i8x16.shuffle(r, g, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
  const rgHigh = i8x16.shuffle(r, g, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
  const baLow = i8x16.shuffle(b, OPAQUE, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
  const baHigh = i8x16.shuffle(b, OPAQUE, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
  v128.store(out, i16x8.shuffle(rgLow, baLow, 0, 8, 1, 9, 2, 10, 3, 11));
  v128.store(out, i16x8.shuffle(rgLow, baLow, 4, 12, 5, 13, 6, 14, 7, 15), 16);
  v128.store(out, i16x8.shuffle(rgHigh, baHigh, 0, 8, 1, 9, 2, 10, 3, 11), 32);
  v128.store(out, i16x8.shuffle(rgHigh, baHigh, 4, 12, 5, 13, 6, 14, 7, 15), 48);
}

function interleaveRgba(r: usize, g: usize, b: usize, out: usize, width: i32): void {
  for (let x = 0; x < width; x += 16) {
    storeRgba(out + (<usize>x << 2), v128.load(r + x), v128.load(g + x), v128.load(b + x));
  }
}

/**
 * jdcolor.c: R = Y + 1.402 Cr, G = Y - 0.34414 Cb - 0.71414 Cr, B = Y + 1.772 Cb,
 * each product in 16-bit fractions rounded by adding 1/2 and flooring. The whole
 * parts of 1.402, -0.71414 and 1.772 (1, -1 and 2) are taken out so that the
 * fractions fit 16-bit multipliers; the floor gives the same result.
 */
function yccToRgba(yRow: usize, cbRow: usize, crRow: usize, out: usize, width: i32): void {
  const centre = i16x8.splat(128);
  for (let x = 0; x < width; x += 16) {
    const y = v128.load(yRow + x), cb = v128.load(cbRow + x), cr = v128.load(crRow + x);
    const yLow = i16x8.extend_low_i8x16_u(y), yHigh = i16x8.extend_high_i8x16_u(y);
    const cbLow = i16x8.sub(i16x8.extend_low_i8x16_u(cb), centre), cbHigh = i16x8.sub(i16x8.extend_high_i8x16_u(cb), centre);
    const crLow = i16x8.sub(i16x8.extend_low_i8x16_u(cr), centre), crHigh = i16x8.sub(i16x8.extend_high_i8x16_u(cr), centre);
    const r = i8x16.narrow_i16x8_u(redOf(yLow, crLow), redOf(yHigh, crHigh));
    const g = i8x16.narrow_i16x8_u(greenOf(yLow, cbLow, crLow), greenOf(yHigh, cbHigh, crHigh));
    const b = i8x16.narrow_i16x8_u(blueOf(yLow, cbLow), blueOf(yHigh, cbHigh));
    storeRgba(out + (<usize>x << 2), r, g, b);
  }
}

/** (a * k + 32768) >> 16 per lane of 8 16-bit lanes, for a 16-bit k. */
@inline
function fraction(a: v128, k: i16): v128 {
  const half = i32x4.splat(32768);
  const factor = i16x8.splat(k);
  const low = i32x4.shr_s(i32x4.add(i32x4.extmul_low_i16x8_s(a, factor), half), 16);
  const high = i32x4.shr_s(i32x4.add(i32x4.extmul_high_i16x8_s(a, factor), half), 16);
  return i16x8.narrow_i32x4_s(low, high);
}

@inline
function redOf(y: v128, cr: v128): v128 {
  return i16x8.add(i16x8.add(y, cr), fraction(cr, 26345)); // 1.402 = 1 + 26345 / 65536
}

@inline
function blueOf(y: v128, cb: v128): v128 {
  return i16x8.add(i16x8.add(y, i16x8.shl(cb, 1)), fraction(cb, -14942)); // 1.772 = 2 - 14942 / 65536
}

/** -0.34414 Cb - 0.71414 Cr = -Cr + (-22554 Cb + 18734 Cr) / 65536, as one dot product per pixel. */
@inline
function greenOf(y: v128, cb: v128, cr: v128): v128 {
  const weights = i16x8(-22554, 18734, -22554, 18734, -22554, 18734, -22554, 18734);
  const half = i32x4.splat(32768);
  const low = i32x4.shr_s(i32x4.add(i32x4.dot_i16x8_s(i16x8.shuffle(cb, cr, 0, 8, 1, 9, 2, 10, 3, 11), weights), half), 16);
  const high = i32x4.shr_s(i32x4.add(i32x4.dot_i16x8_s(i16x8.shuffle(cb, cr, 4, 12, 5, 13, 6, 14, 7, 15), weights), half), 16);
  return i16x8.add(i16x8.sub(y, cr), i16x8.narrow_i32x4_s(low, high));
}

@inline
function clampByte(value: i32): i32 {
  return value < 0 ? 0 : value > 255 ? 255 : value;
}

/**
 * CMYK (or YCCK, converted to CMYK as jdcolor.c does) to RGB as PIL does: it
 * reads the bytes as inverted CMYK, so each channel is K - (255 - C) K / 255,
 * with PIL's rounding of the division.
 */
function cmykToRgba(c0: usize, c1: usize, c2: usize, c3: usize, out: usize, width: i32, ycck: bool): void {
  for (let x = 0; x < width; x++) {
    let c = <i32>load<u8>(c0 + x), m = <i32>load<u8>(c1 + x), yellow = <i32>load<u8>(c2 + x);
    const k = <i32>load<u8>(c3 + x);
    if (ycck) {
      const luma = c, cb = m - 128, cr = yellow - 128;
      c = clampByte(255 - (luma + ((91881 * cr + 32768) >> 16)));
      m = clampByte(255 - (luma + ((-22554 * cb - 46802 * cr + 32768) >> 16)));
      yellow = clampByte(255 - (luma + ((116130 * cb + 32768) >> 16)));
    }
    const at = out + (<usize>x << 2);
    store<u8>(at, k - divideBy255((255 - c) * k));
    store<u8>(at, k - divideBy255((255 - m) * k), 1);
    store<u8>(at, k - divideBy255((255 - yellow) * k), 2);
    store<u8>(at, 255, 3);
  }
}

/** PIL's rounded division by 255 of a product of two bytes (MULDIV255). */
@inline
function divideBy255(product: i32): i32 {
  const t = product + 128;
  return ((t >> 8) + t) >> 8;
}
