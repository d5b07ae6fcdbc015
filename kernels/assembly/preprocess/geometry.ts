// The resized image's size and the crop's place in it, as float64 integers (an
// image of extreme aspect ratio resizes to a longer side beyond 32 bits):
// torchvision's Resize(shorter side), timm's ResizeKeepRatio and CenterCrop.

/** Python's round(), half to even. */
export function roundHalfEven(x: f64): f64 {
  const whole = Math.floor(x);
  const fraction = x - whole; // exact
  return fraction > 0.5 || (fraction == 0.5 && whole % 2 != 0) ? whole + 1 : whole;
}

/** Resize(n): the longer side after the shorter one becomes `resize`, truncated. */
export function resizedLong(resize: i32, short: i32, long: i32): f64 {
  return Math.trunc((<f64>resize * <f64>long) / <f64>short);
}

/** ResizeKeepRatio([h, w]) divides both sides by the smaller of height / h and width / w. */
export function keepRatio(width: i32, height: i32, resizeHeight: i32, resizeWidth: i32): f64 {
  return Math.min(<f64>height / <f64>resizeHeight, <f64>width / <f64>resizeWidth);
}

/** CenterCrop's offset: round((size - crop) / 2). */
export function cropOffset(size: f64, crop: i32): f64 {
  return roundHalfEven((size - <f64>crop) / 2);
}
