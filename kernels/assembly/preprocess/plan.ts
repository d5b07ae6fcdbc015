// Where everything lies in the staging area, for a width x height source:
//   [source RGBA, +16 bytes][x taps][y taps][table][row, +16][intermediate, +16]
// computed in float64 so that the size of any source is exact (the caller
// checks it fits before growing memory); every part 16-byte aligned.
import { cropOffset, keepRatio, resizedLong, roundHalfEven } from "./geometry";
import { tapEnd, tapSlots, tapStart, tapTableBytes } from "./coefficients";

const SLACK: f64 = 16; // SIMD reads and writes past a part's end

@inline
function align16(n: f64): f64 {
  return Math.ceil(n / 16) * 16;
}

export let outWidth: f64 = 0;
export let outHeight: f64 = 0;
export let left: f64 = 0;
export let top: f64 = 0;
export let xSlots: i32 = 0;
export let ySlots: i32 = 0;
/** The source rows the crop reads. */
export let y0: i32 = 0;
export let y1: i32 = 0;
/** Bytes between rows of the intermediate. */
export let midStride: i32 = 0;
/** Offsets from the staging area's start. */
export let xTable: f64 = 0;
export let yTable: f64 = 0;
export let lut: f64 = 0;
export let row: f64 = 0;
export let mid: f64 = 0;
export let end: f64 = 0;

/**
 * The plan for a width x height source. keepRatio: resize to cover
 * resizeHeight x resizeWidth (timm's ResizeKeepRatio), else the shorter side
 * to resizeHeight (torchvision's Resize; the two are equal).
 */
export function plan(width: i32, height: i32, resizeHeight: i32, resizeWidth: i32, keepsRatio: bool, cropHeight: i32, cropWidth: i32, channels: i32, filter: i32): void {
  if (keepsRatio) {
    const ratio = keepRatio(width, height, resizeHeight, resizeWidth);
    outWidth = roundHalfEven(<f64>width / ratio);
    outHeight = roundHalfEven(<f64>height / ratio);
  } else {
    const landscape = width > height;
    const long = resizedLong(resizeHeight, landscape ? height : width, landscape ? width : height);
    outWidth = landscape ? long : <f64>resizeHeight;
    outHeight = landscape ? <f64>resizeHeight : long;
  }
  left = cropOffset(outWidth, cropWidth);
  top = cropOffset(outHeight, cropHeight);
  xSlots = tapSlots(width, outWidth, filter);
  ySlots = tapSlots(height, outHeight, filter);
  y0 = tapStart(height, outHeight, top, filter);
  y1 = tapEnd(height, outHeight, top + <f64>(cropHeight - 1), filter);
  midStride = <i32>align16(<f64>(cropWidth * channels + 1)); // the RGB pass writes 4 bytes a pixel, so a byte past the row
  xTable = align16(<f64>width * <f64>height * 4 + SLACK);
  yTable = xTable + align16(<f64>tapTableBytes(cropWidth, xSlots));
  lut = yTable + align16(<f64>tapTableBytes(cropHeight, ySlots));
  row = lut + <f64>(channels * 256 * 4);
  mid = row + align16(<f64>(cropWidth * channels)) + SLACK;
  end = mid + <f64>((y1 - y0 + 1) & ~1) * <f64>midStride + SLACK; // an even number of rows: the RGB pass makes two at a time
}
