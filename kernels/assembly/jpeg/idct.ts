// Inverse DCTs with libjpeg-turbo's integer arithmetic: the 8x8 "islow" IDCT of
// jidctint.c (13-bit constants, 2 extra bits between the passes; here with SIMD,
// rows of 8 columns at once, the rotations as 16-bit dot products), and the
// reduced 4x4, 2x2 and 1x1 IDCTs of jidctred.c that scale an image down in the
// DCT domain. Coefficients are dequantized in 16 bits and results saturate, as
// libjpeg-turbo's x86 SIMD code does (what PIL runs); libjpeg's C code agrees
// with it on every value a real image gives.

const WORK = memory.data(128, 16);
const WORK2 = memory.data(128, 16);
const AC_LANES = memory.data<i16>([0, -1, -1, -1, -1, -1, -1, -1], 16);

/** Writes the `size` x `size` samples of a block at `out`, rows `stride` bytes apart. */
export function inverseDct(size: i32, block: usize, quant: usize, out: usize, stride: usize): void {
  if (size == 1) {
    idct1x1(block, quant, out);
  } else if (!hasAc(block)) {
    fill(size, flatSample(block, quant), out, stride);
  } else if (size == 8) {
    idct8x8(block, quant, out, stride);
  } else if (size == 4) {
    idct4x4(block, quant, out, stride);
  } else {
    idct2x2(block, quant, out, stride);
  }
}

function hasAc(block: usize): bool {
  let any = v128.and(v128.load(block), v128.load(AC_LANES));
  for (let row: usize = 1; row < 8; row++) any = v128.or(any, v128.load(block + (row << 4)));
  return v128.any_true(any);
}

/** The sample of a block with no AC coefficients, at every size but 1: what both passes give for the DC alone. */
function flatSample(block: usize, quant: usize): i32 {
  const dc = <i32><i16>(load<i16>(block) * load<i16>(quant));
  return clampSample((dc * 4 + 16) >> 5);
}

function fill(size: i32, sample: i32, out: usize, stride: usize): void {
  const row = i8x16.splat(<i8>sample);
  for (let y = 0; y < size; y++, out += stride) {
    if (size == 8) v128.store64_lane(out, row, 0);
    else if (size == 4) store<u32>(out, i32x4.extract_lane(row, 0));
    else store<u16>(out, <u16>i32x4.extract_lane(row, 0));
  }
}

/** A centred IDCT output as a sample, saturated to 0..255. */
@inline
function clampSample(value: i32): i32 {
  const sample = value + 128;
  return sample < 0 ? 0 : sample > 255 ? 255 : sample;
}

/** jidctint.c's 8x8 IDCT: columns, then rows. */
function idct8x8(block: usize, quant: usize, out: usize, stride: usize): void {
  for (let row: usize = 0; row < 8; row++) {
    v128.store(WORK + (row << 4), i16x8.mul(v128.load(block + (row << 4)), v128.load(quant + (row << 4))));
  }
  idctPass(WORK, WORK2, 1 << 10, 11); // the columns, keeping 2 more bits
  transpose(WORK2, WORK);
  idctPass(WORK, WORK2, (1 << 17) + (128 << 18), 18); // the rows; adds the sample centre too
  transpose(WORK2, WORK);
  for (let y: usize = 0; y < 8; y += 2) {
    const samples = i8x16.narrow_i16x8_u(v128.load(WORK + (y << 4)), v128.load(WORK + ((y + 1) << 4)));
    v128.store64_lane(out + y * stride, samples, 0);
    v128.store64_lane(out + (y + 1) * stride, samples, 1);
  }
}

/**
 * One 1-D pass of the islow IDCT over 8 vectors (inputs 0..7 of 8 transforms
 * at once), rounded, shifted by `shift` and saturated to 16 bits. The odd part's
 * rotations are written out per input, so each output is two dot products.
 */
@inline
function idctPass(from: usize, to: usize, rounding: i32, shift: i32): void {
  const x0 = v128.load(from), x1 = v128.load(from, 16), x2 = v128.load(from, 32), x3 = v128.load(from, 48);
  const x4 = v128.load(from, 64), x5 = v128.load(from, 80), x6 = v128.load(from, 96), x7 = v128.load(from, 112);
  for (let half = 0; half < 2; half++) {
    const p04 = half ? interleaveHigh(x0, x4) : interleaveLow(x0, x4);
    const p26 = half ? interleaveHigh(x2, x6) : interleaveLow(x2, x6);
    const p75 = half ? interleaveHigh(x7, x5) : interleaveLow(x7, x5);
    const p31 = half ? interleaveHigh(x3, x1) : interleaveLow(x3, x1);
    // Even part: (x0 ± x4) << 13 and the rotation of x2, x6 by sqrt(2) c6.
    const sum04 = i32x4.dot_i16x8_s(p04, i16x8(8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192));
    const diff04 = i32x4.dot_i16x8_s(p04, i16x8(8192, -8192, 8192, -8192, 8192, -8192, 8192, -8192));
    const even3 = i32x4.dot_i16x8_s(p26, i16x8(10703, 4433, 10703, 4433, 10703, 4433, 10703, 4433));
    const even2 = i32x4.dot_i16x8_s(p26, i16x8(4433, -10704, 4433, -10704, 4433, -10704, 4433, -10704));
    const e10 = i32x4.add(sum04, even3), e13 = i32x4.sub(sum04, even3);
    const e11 = i32x4.add(diff04, even2), e12 = i32x4.sub(diff04, even2);
    // Odd part: jidctint.c's tmp0..tmp3 as weights of x7, x5, x3, x1.
    const o0 = i32x4.add(dot(p75, -11363, 9633), dot(p31, -6436, 2260));
    const o1 = i32x4.add(dot(p75, 9633, 2261), dot(p31, -11362, 6437));
    const o2 = i32x4.add(dot(p75, -6436, -11362), dot(p31, -2259, 9633));
    const o3 = i32x4.add(dot(p75, 2260, 6437), dot(p31, 9633, 11363));
    const at = to + (<usize>half << 3);
    const round = i32x4.splat(rounding);
    storeHalf(at, 0, i32x4.add(e10, o3), round, shift);
    storeHalf(at, 7, i32x4.sub(e10, o3), round, shift);
    storeHalf(at, 1, i32x4.add(e11, o2), round, shift);
    storeHalf(at, 6, i32x4.sub(e11, o2), round, shift);
    storeHalf(at, 2, i32x4.add(e12, o1), round, shift);
    storeHalf(at, 5, i32x4.sub(e12, o1), round, shift);
    storeHalf(at, 3, i32x4.add(e13, o0), round, shift);
    storeHalf(at, 4, i32x4.sub(e13, o0), round, shift);
  }
}

@inline
function dot(pairs: v128, a: i16, b: i16): v128 {
  return i32x4.dot_i16x8_s(pairs, i16x8(a, b, a, b, a, b, a, b));
}

@inline
function interleaveLow(a: v128, b: v128): v128 {
  return i16x8.shuffle(a, b, 0, 8, 1, 9, 2, 10, 3, 11);
}

@inline
function interleaveHigh(a: v128, b: v128): v128 {
  return i16x8.shuffle(a, b, 4, 12, 5, 13, 6, 14, 7, 15);
}

/** Four results of row `row`, rounded and shifted, as 16-bit lanes at `at` (the row's first or second half). */
@inline
function storeHalf(at: usize, row: usize, value: v128, round: v128, shift: i32): void {
  const scaled = i32x4.shr_s(i32x4.add(value, round), shift);
  v128.store64_lane(at + (row << 4), i16x8.narrow_i32x4_s(scaled, scaled), 0);
}

/** Transposes the 8x8 16-bit matrix at `from` into `to`. */
function transpose(from: usize, to: usize): void {
  const r0 = v128.load(from), r1 = v128.load(from, 16), r2 = v128.load(from, 32), r3 = v128.load(from, 48);
  const r4 = v128.load(from, 64), r5 = v128.load(from, 80), r6 = v128.load(from, 96), r7 = v128.load(from, 112);
  const a0 = interleaveLow(r0, r1), a1 = interleaveHigh(r0, r1);
  const a2 = interleaveLow(r2, r3), a3 = interleaveHigh(r2, r3);
  const a4 = interleaveLow(r4, r5), a5 = interleaveHigh(r4, r5);
  const a6 = interleaveLow(r6, r7), a7 = interleaveHigh(r6, r7);
  const b0 = i32x4.shuffle(a0, a2, 0, 4, 1, 5), b1 = i32x4.shuffle(a0, a2, 2, 6, 3, 7);
  const b2 = i32x4.shuffle(a1, a3, 0, 4, 1, 5), b3 = i32x4.shuffle(a1, a3, 2, 6, 3, 7);
  const b4 = i32x4.shuffle(a4, a6, 0, 4, 1, 5), b5 = i32x4.shuffle(a4, a6, 2, 6, 3, 7);
  const b6 = i32x4.shuffle(a5, a7, 0, 4, 1, 5), b7 = i32x4.shuffle(a5, a7, 2, 6, 3, 7);
  v128.store(to, i64x2.shuffle(b0, b4, 0, 2));
  v128.store(to, i64x2.shuffle(b0, b4, 1, 3), 16);
  v128.store(to, i64x2.shuffle(b1, b5, 0, 2), 32);
  v128.store(to, i64x2.shuffle(b1, b5, 1, 3), 48);
  v128.store(to, i64x2.shuffle(b2, b6, 0, 2), 64);
  v128.store(to, i64x2.shuffle(b2, b6, 1, 3), 80);
  v128.store(to, i64x2.shuffle(b3, b7, 0, 2), 96);
  v128.store(to, i64x2.shuffle(b3, b7, 1, 3), 112);
}

/** Row `row` of a block, dequantized in 16 bits. */
@inline
function dequantizedRow(block: usize, quant: usize, row: usize): v128 {
  return i16x8.mul(v128.load(block + (row << 4)), v128.load(quant + (row << 4)));
}

/** Lanes 0-3 (half 0) or 4-7 (half 1) of 16-bit lanes as 32-bit lanes. */
@inline
function widen(a: v128, half: i32): v128 {
  return half ? i32x4.extend_high_i16x8_s(a) : i32x4.extend_low_i16x8_s(a);
}

@inline
function interleave(a: v128, b: v128, half: i32): v128 {
  return half ? interleaveHigh(a, b) : interleaveLow(a, b);
}

/**
 * jidctred.c's 4x4 IDCT: the 8x8 transform's even outputs, from inputs 0-3 and
 * 5-7 of each column and row. The columns run 8 at a time; the rows, 4 at a time
 * after a transpose.
 */
function idct4x4(block: usize, quant: usize, out: usize, stride: usize): void {
  const x0 = dequantizedRow(block, quant, 0), x1 = dequantizedRow(block, quant, 1), x2 = dequantizedRow(block, quant, 2);
  const x3 = dequantizedRow(block, quant, 3), x5 = dequantizedRow(block, quant, 5), x6 = dequantizedRow(block, quant, 6);
  const x7 = dequantizedRow(block, quant, 7);
  const round = i32x4.splat(1 << 11);
  for (let half = 0; half < 2; half++) {
    const even0 = i32x4.shl(widen(x0, half), 14);
    const even2 = i32x4.dot_i16x8_s(interleave(x2, x6, half), i16x8(15137, -6270, 15137, -6270, 15137, -6270, 15137, -6270));
    const p75 = interleave(x7, x5, half), p31 = interleave(x3, x1, half);
    const odd0 = i32x4.add(dot(p75, -1730, 11893), dot(p31, -17799, 8697));
    const odd2 = i32x4.add(dot(p75, -4176, -4926), dot(p31, 7373, 20995));
    const e10 = i32x4.add(even0, even2), e12 = i32x4.sub(even0, even2);
    // WORK2: 4 rows of 8 i32 (the column pass's outputs), each half of a row 16 bytes.
    const at = WORK2 + (<usize>half << 4);
    v128.store(at, i32x4.shr_s(i32x4.add(i32x4.add(e10, odd2), round), 12));
    v128.store(at, i32x4.shr_s(i32x4.add(i32x4.add(e12, odd0), round), 12), 32);
    v128.store(at, i32x4.shr_s(i32x4.add(i32x4.sub(e12, odd0), round), 12), 64);
    v128.store(at, i32x4.shr_s(i32x4.add(i32x4.sub(e10, odd2), round), 12), 96);
  }
  // Columns of the 4 rows, lanes = rows.
  transpose4(WORK2, 32, WORK);
  transpose4(WORK2 + 16, 32, WORK + 64);
  const c0 = v128.load(WORK), c1 = v128.load(WORK, 16), c2 = v128.load(WORK, 32), c3 = v128.load(WORK, 48);
  const c5 = v128.load(WORK, 80), c6 = v128.load(WORK, 96), c7 = v128.load(WORK, 112);
  const even0 = i32x4.shl(c0, 14);
  const even2 = i32x4.sub(i32x4.mul(c2, i32x4.splat(15137)), i32x4.mul(c6, i32x4.splat(6270)));
  const odd0 = i32x4.add(
    i32x4.add(i32x4.mul(c7, i32x4.splat(-1730)), i32x4.mul(c5, i32x4.splat(11893))),
    i32x4.add(i32x4.mul(c3, i32x4.splat(-17799)), i32x4.mul(c1, i32x4.splat(8697))));
  const odd2 = i32x4.add(
    i32x4.add(i32x4.mul(c7, i32x4.splat(-4176)), i32x4.mul(c5, i32x4.splat(-4926))),
    i32x4.add(i32x4.mul(c3, i32x4.splat(7373)), i32x4.mul(c1, i32x4.splat(20995))));
  const e10 = i32x4.add(even0, even2), e12 = i32x4.sub(even0, even2);
  // Output columns 0-3 (lanes = rows), with the rounding and the sample centre.
  const centre = i32x4.splat((1 << 18) + (128 << 19));
  v128.store(WORK, i32x4.shr_s(i32x4.add(i32x4.add(e10, odd2), centre), 19));
  v128.store(WORK, i32x4.shr_s(i32x4.add(i32x4.add(e12, odd0), centre), 19), 16);
  v128.store(WORK, i32x4.shr_s(i32x4.add(i32x4.sub(e12, odd0), centre), 19), 32);
  v128.store(WORK, i32x4.shr_s(i32x4.add(i32x4.sub(e10, odd2), centre), 19), 48);
  transpose4(WORK, 16, WORK2);
  const rows01 = i16x8.narrow_i32x4_s(v128.load(WORK2), v128.load(WORK2, 16));
  const rows23 = i16x8.narrow_i32x4_s(v128.load(WORK2, 32), v128.load(WORK2, 48));
  const samples = i8x16.narrow_i16x8_u(rows01, rows23);
  v128.store32_lane(out, samples, 0);
  v128.store32_lane(out + stride, samples, 1);
  v128.store32_lane(out + 2 * stride, samples, 2);
  v128.store32_lane(out + 3 * stride, samples, 3);
}

/** Transposes 4 rows of 4 i32 (rows `step` bytes apart) into 4 consecutive vectors at `to`. */
@inline
function transpose4(from: usize, step: usize, to: usize): void {
  const r0 = v128.load(from), r1 = v128.load(from + step), r2 = v128.load(from + 2 * step), r3 = v128.load(from + 3 * step);
  const a0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5), a1 = i32x4.shuffle(r0, r1, 2, 6, 3, 7);
  const a2 = i32x4.shuffle(r2, r3, 0, 4, 1, 5), a3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
  v128.store(to, i64x2.shuffle(a0, a2, 0, 2));
  v128.store(to, i64x2.shuffle(a0, a2, 1, 3), 16);
  v128.store(to, i64x2.shuffle(a1, a3, 0, 2), 32);
  v128.store(to, i64x2.shuffle(a1, a3, 1, 3), 48);
}

/** jidctred.c's 2x2 IDCT, from inputs 0, 1, 3, 5 and 7 of each column and row: columns 8 at a time, then the two rows. */
function idct2x2(block: usize, quant: usize, out: usize, stride: usize): void {
  const x0 = dequantizedRow(block, quant, 0), x1 = dequantizedRow(block, quant, 1), x3 = dequantizedRow(block, quant, 3);
  const x5 = dequantizedRow(block, quant, 5), x7 = dequantizedRow(block, quant, 7);
  const round = i32x4.splat(1 << 12);
  for (let half = 0; half < 2; half++) {
    const even = i32x4.shl(widen(x0, half), 15);
    const odd = i32x4.add(dot(interleave(x7, x5, half), -5906, 6967), dot(interleave(x3, x1, half), -10426, 29692));
    const at = WORK2 + (<usize>half << 4);
    v128.store(at, i32x4.shr_s(i32x4.add(i32x4.add(even, odd), round), 13));
    v128.store(at, i32x4.shr_s(i32x4.add(i32x4.sub(even, odd), round), 13), 32);
  }
  for (let y: usize = 0; y < 2; y++) {
    const row = WORK2 + (y << 5);
    const even = load<i32>(row) << 15;
    const odd = -load<i32>(row, 28) * 5906 + load<i32>(row, 20) * 6967 - load<i32>(row, 12) * 10426 + load<i32>(row, 4) * 29692;
    store<u8>(out + y * stride, clampSample((even + odd + (1 << 19)) >> 20));
    store<u8>(out + y * stride + 1, clampSample((even - odd + (1 << 19)) >> 20));
  }
}

/** jidctred.c's 1x1 IDCT: the DC's mean, range-limited as libjpeg's C code does (it has no SIMD twin). */
function idct1x1(block: usize, quant: usize, out: usize): void {
  const dc = <i32>load<i16>(block) * <i32>load<i16>(quant); // in int, as jidctred.c multiplies
  const centred = (dc + 4) >> 3;
  const wrapped = (centred << 22) >> 22; // libjpeg's range-limit table repeats every 1024
  store<u8>(out, clampSample(wrapped));
}
