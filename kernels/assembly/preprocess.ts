// timm's evaluation transform for an RGBA image, bit-identical to
// runtime/preprocess.ts (PIL's convert, antialiased bicubic or bilinear
// resize with torchvision's or timm's sizes, CenterCrop, ToTensor, Normalize):
// only the crop is computed, the horizontal pass first into a uint8
// intermediate, then the vertical pass, then the float32 table. No allocation:
// the caller gives a staging area of stagingBytes(...) bytes holding the
// source's pixels at its start (which a gray image overwrites with its luma).
// The settings after width and height are runtime/preprocess-kernel.ts's kernelSettings.
import { coefficients } from "./preprocess/coefficients";
import { horizontalGray, horizontalRgb, splitWeights } from "./preprocess/horizontal";
import { luminance } from "./preprocess/luminance";
import { normalisationTable, normaliseRow } from "./preprocess/normalise";
import * as at from "./preprocess/plan";
import { verticalRow } from "./preprocess/vertical";

/** Bytes of staging a width x height source needs (the RGBA pixels first). */
export function stagingBytes(width: i32, height: i32, resizeHeight: i32, resizeWidth: i32, keepsRatio: bool, cropHeight: i32, cropWidth: i32, channels: i32, filter: i32): f64 {
  at.plan(width, height, resizeHeight, resizeWidth, keepsRatio, cropHeight, cropWidth, channels, filter);
  return at.end;
}

/** Writes the normalised [channels, cropHeight, cropWidth] float32 tensor at `output`. */
export function preprocess(
  staging: usize, width: i32, height: i32, resizeHeight: i32, resizeWidth: i32, keepsRatio: bool, cropHeight: i32, cropWidth: i32, channels: i32, filter: i32,
  mean0: f32, mean1: f32, mean2: f32, std0: f32, std1: f32, std2: f32, output: usize,
): void {
  at.plan(width, height, resizeHeight, resizeWidth, keepsRatio, cropHeight, cropWidth, channels, filter);
  const xTable = staging + <usize>at.xTable;
  const yTable = staging + <usize>at.yTable;
  const lut = staging + <usize>at.lut;
  const row = staging + <usize>at.row;
  const mid = staging + <usize>at.mid;
  coefficients(width, at.outWidth, at.left, cropWidth, filter, xTable);
  coefficients(height, at.outHeight, at.top, cropHeight, filter, yTable);
  normalisationTable(lut, channels, mean0, mean1, mean2, std0, std1, std2);
  if (channels == 1) {
    luminance(staging, <usize>at.y0 * <usize>width, <usize>at.y1 * <usize>width);
    horizontalGray(staging, width, at.y0, at.y1, xTable, cropWidth, at.xSlots, mid, at.midStride);
  } else {
    splitWeights(xTable, cropWidth, at.xSlots);
    horizontalRgb(staging, width, at.y0, at.y1, xTable, cropWidth, at.xSlots, mid, at.midStride);
  }
  for (let y = 0; y < cropHeight; y++) {
    verticalRow(mid, at.midStride, at.y0, yTable, cropHeight, at.ySlots, y, cropWidth * channels, row);
    normaliseRow(row, cropHeight, cropWidth, channels, lut, y, output);
  }
}
