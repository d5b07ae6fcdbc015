// torchvision's Resize(shorter side) and CenterCrop, as float64 integers (an
// image of extreme aspect ratio resizes to a longer side beyond 32 bits).

/** The longer side after resizing: the shorter one becomes `resize`, the longer one is truncated. */
export function resizedLong(resize: i32, short: i32, long: i32): f64 {
  return Math.trunc((<f64>resize * <f64>long) / <f64>short);
}

/** Python's round((size - crop) / 2), half to even, as CenterCrop computes its offset. */
export function cropOffset(size: f64, crop: i32): f64 {
  const d = size - <f64>crop;
  const half = Math.floor(d / 2);
  return d - 2 * half == 1 && half % 2 == 1 ? half + 1 : half;
}
