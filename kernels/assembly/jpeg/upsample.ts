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
export function sampleRow(c: Component, row: i32): usize {
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

/** h2v1: 3/4 of a sample and 1/4 of its left or right neighbour (edges repeat), rounded 1 and 2. */
function fancyAcross(from: usize, out: usize, samples: i32): void {
  for (let i = 0; i < samples; i++) {
    const here = <i32>load<u8>(from + i) * 3;
    const left = <i32>load<u8>(from + max(i - 1, 0));
    const right = <i32>load<u8>(from + min(i + 1, samples - 1));
    store<u8>(out + 2 * i, (here + left + 1) >> 2);
    store<u8>(out + 2 * i + 1, (here + right + 2) >> 2);
  }
}

/** h1v2: 3/4 of the near row and 1/4 of the far one, rounded by `bias` (1 above, 2 below). */
function fancyDown(near: usize, far: usize, out: usize, bias: i32): void {
  for (let x = 0; x < outputWidth; x++) {
    store<u8>(out + x, (<i32>load<u8>(near + x) * 3 + <i32>load<u8>(far + x) + bias) >> 2);
  }
}

/** Room for the column sums of the widest component's row (i32 each), reserved by the plan. */
let columnSums: usize = 0;

export function setColumnSums(at: usize): void {
  columnSums = at;
}

/** h2v2: column sums 3 near + far, then 3/4 of a sum and 1/4 of its neighbour's, rounded 8 and 7, over 16. */
function fancyBoth(near: usize, far: usize, out: usize, samples: i32): void {
  for (let i = 0; i < samples; i++) {
    store<i32>(columnSums + (<usize>i << 2), <i32>load<u8>(near + i) * 3 + <i32>load<u8>(far + i));
  }
  for (let i = 0; i < samples; i++) {
    const here = load<i32>(columnSums + (<usize>i << 2)) * 3;
    const left = load<i32>(columnSums + (<usize>max(i - 1, 0) << 2));
    const right = load<i32>(columnSums + (<usize>min(i + 1, samples - 1) << 2));
    store<u8>(out + 2 * i, (here + left + 8) >> 4);
    store<u8>(out + 2 * i + 1, (here + right + 7) >> 4);
  }
}

function repeatAcross(from: usize, out: usize, expand: i32): void {
  for (let x = 0; x < outputWidth; x++) store<u8>(out + x, load<u8>(from + x / expand));
}
