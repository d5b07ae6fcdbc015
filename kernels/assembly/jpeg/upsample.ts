// Upsampling of subsampled components to the output's size, as libjpeg-turbo's
// jdsample.c does it: "fancy" (triangle-filter) upsampling by 2 across, down or
// both, with its alternating rounding, when the output is not at 1/8 scale;
// plain repetition for other whole ratios.
import { fail, Fault } from "./errors";
import { Component, maxH, maxV, minBlockSize, outputWidth } from "./frame";

export const enum Upsampling {
  None, // the component already has the output's size
  FancyAcross, // h2v1
  FancyDown, // h1v2
  FancyBoth, // h2v2
  Repeat, // hExpand x vExpand copies of each sample
}

/** Picks the method for a scaled component (jdsample.c, jinit_upsampler). */
export function chooseUpsampling(c: Component): void {
  const fancy = minBlockSize > 1; // libjpeg has no context rows at 1/8 scale
  const hIn = (c.h * c.blockSize) / minBlockSize;
  const vIn = (c.v * c.blockSize) / minBlockSize;
  c.upsampling = Upsampling.Repeat;
  if (hIn == maxH && vIn == maxV) c.upsampling = Upsampling.None;
  else if (hIn * 2 == maxH && vIn == maxV && fancy && c.sampledWidth > 2) c.upsampling = Upsampling.FancyAcross;
  else if (hIn == maxH && vIn * 2 == maxV && fancy) c.upsampling = Upsampling.FancyDown;
  else if (hIn * 2 == maxH && vIn * 2 == maxV && fancy && c.sampledWidth > 2) c.upsampling = Upsampling.FancyBoth;
  else if (maxH % hIn != 0 || maxV % vIn != 0) fail(Fault.FractionalSampling);
  c.hExpand = maxH / hIn;
  c.vExpand = maxV / vIn;
}

/** Component sample row `row` (clamped to the component's rows) in its ring of recent rows. */
@inline
function sampleRow(c: Component, row: i32): usize {
  const clamped = min(max(row, 0), c.sampledHeight - 1);
  return c.ring + <usize>(clamped % c.ringRows) * <usize>c.stride;
}

/** The component's samples for output row `y` (at least outputWidth of them). */
export function upsampledRow(c: Component, y: i32): usize {
  const method = c.upsampling;
  if (method == Upsampling.None) return sampleRow(c, y);
  const out = c.upsampled;
  if (method == Upsampling.FancyAcross) {
    fancyAcross(sampleRow(c, y), out, c.sampledWidth);
  } else if (method == Upsampling.FancyDown || method == Upsampling.FancyBoth) {
    // Output rows 2i and 2i + 1 weigh row i by 3/4 and the row above or below it by 1/4.
    const near = sampleRow(c, y >> 1);
    const far = sampleRow(c, y & 1 ? (y >> 1) + 1 : (y >> 1) - 1);
    if (method == Upsampling.FancyDown) fancyDown(near, far, out, y & 1 ? 2 : 1);
    else fancyBoth(near, far, out, c.sampledWidth);
  } else {
    const from = sampleRow(c, y / c.vExpand);
    if (c.hExpand == 1) return from;
    repeatAcross(from, out, c.hExpand);
  }
  return out;
}

// The fancy methods run 8 samples at a time in 16-bit lanes, reading one sample
// beyond each end of a row (the ring has room); the two edge samples, where
// libjpeg repeats the edge instead, are then redone one at a time.

/** 8 samples from `at` as 16-bit lanes. */
@inline
function samples8(at: usize): v128 {
  return i16x8.extend_low_i8x16_u(v128.load64_zero(at));
}

/** Stores 8 even and 8 odd outputs (16-bit lanes) as 16 bytes, interleaved. */
@inline
function storePairs(out: usize, even: v128, odd: v128): void {
  v128.store(out, i8x16.narrow_i16x8_u(i16x8.shuffle(even, odd, 0, 8, 1, 9, 2, 10, 3, 11), i16x8.shuffle(even, odd, 4, 12, 5, 13, 6, 14, 7, 15)));
}

/** h2v1: 3/4 of a sample and 1/4 of its left or right neighbour (edges repeat), rounded 1 and 2. */
function fancyAcross(from: usize, out: usize, count: i32): void {
  const one = i16x8.splat(1), two = i16x8.splat(2);
  for (let i = 0; i < count; i += 8) {
    const here = i16x8.mul(samples8(from + i), i16x8.splat(3));
    const even = i16x8.shr_u(i16x8.add(i16x8.add(here, samples8(from + i - 1)), one), 2);
    const odd = i16x8.shr_u(i16x8.add(i16x8.add(here, samples8(from + i + 1)), two), 2);
    storePairs(out + 2 * i, even, odd);
  }
  for (let edge = 0; edge < count; edge += max(count - 1, 1)) {
    const here = <i32>load<u8>(from + edge) * 3;
    store<u8>(out + 2 * edge, (here + <i32>load<u8>(from + max(edge - 1, 0)) + 1) >> 2);
    store<u8>(out + 2 * edge + 1, (here + <i32>load<u8>(from + min(edge + 1, count - 1)) + 2) >> 2);
  }
}

/** h1v2: 3/4 of the near row and 1/4 of the far one, rounded by `bias` (1 above, 2 below). */
function fancyDown(near: usize, far: usize, out: usize, bias: i32): void {
  const rounding = i16x8.splat(<i16>bias);
  for (let x = 0; x < outputWidth; x += 8) {
    const sum = i16x8.add(i16x8.add(i16x8.mul(samples8(near + x), i16x8.splat(3)), samples8(far + x)), rounding);
    v128.store64_lane(out + x, i8x16.narrow_i16x8_u(i16x8.shr_u(sum, 2), sum), 0);
  }
}

/** 3 near + far for 8 columns from `offset`. */
@inline
function columnSums(near: usize, far: usize, offset: i32): v128 {
  return i16x8.add(i16x8.mul(samples8(near + offset), i16x8.splat(3)), samples8(far + offset));
}

/** h2v2: column sums 3 near + far, then 3/4 of a sum and 1/4 of its neighbour's, rounded 8 and 7, over 16. */
function fancyBoth(near: usize, far: usize, out: usize, count: i32): void {
  const eight = i16x8.splat(8), seven = i16x8.splat(7);
  for (let i = 0; i < count; i += 8) {
    const here = i16x8.mul(columnSums(near, far, i), i16x8.splat(3));
    const even = i16x8.shr_u(i16x8.add(i16x8.add(here, columnSums(near, far, i - 1)), eight), 4);
    const odd = i16x8.shr_u(i16x8.add(i16x8.add(here, columnSums(near, far, i + 1)), seven), 4);
    storePairs(out + 2 * i, even, odd);
  }
  for (let edge = 0; edge < count; edge += max(count - 1, 1)) {
    const left = max(edge - 1, 0), right = min(edge + 1, count - 1);
    const here = (<i32>load<u8>(near + edge) * 3 + <i32>load<u8>(far + edge)) * 3;
    store<u8>(out + 2 * edge, (here + <i32>load<u8>(near + left) * 3 + <i32>load<u8>(far + left) + 8) >> 4);
    store<u8>(out + 2 * edge + 1, (here + <i32>load<u8>(near + right) * 3 + <i32>load<u8>(far + right) + 7) >> 4);
  }
}

function repeatAcross(from: usize, out: usize, expand: i32): void {
  for (let x = 0; x < outputWidth; x++) store<u8>(out + x, load<u8>(from + x / expand));
}
