// A path's pixels as PIL's reference has them (resized, centre-cropped, uint8
// RGB, row by row) and that crop as the model's input, computed by
// runtime/preprocess.ts, the oracle the bundle's kernel is identical to.
// Platform-neutral: the Chromium page uses it too.
import { preprocess, sides, type Preprocessing, type RgbaImage } from "../../runtime/preprocess.ts";

/** The resized, centre-cropped pixels as crop x crop x 3 bytes: the normalisation undone (mean 0, std 1 gives v / 255 exactly). */
export function rgbCrop(image: RgbaImage, p: Preprocessing): Uint8Array {
  const unit = preprocess(image, { ...p, color: "rgb", mean: [0, 0, 0], std: [1, 1, 1] });
  const [height, width] = sides(p.crop);
  const plane = height * width;
  const out = new Uint8Array(plane * 3);
  for (let i = 0; i < plane; i++) for (let c = 0; c < 3; c++) out[i * 3 + c] = Math.round(unit[c * plane + i]! * 255);
  return out;
}

/** The model's input for a crop x crop x 3 crop: normalisation only (the resize is the identity). */
export function cropInput(rgb: Uint8Array, p: Preprocessing): Float32Array {
  const rgba = new Uint8Array((rgb.length / 3) * 4).fill(255);
  for (let i = 0, o = 0; i < rgb.length; i += 3, o += 4) rgba.set(rgb.subarray(i, i + 3), o);
  const [height, width] = sides(p.crop);
  return preprocess({ width, height, data: rgba }, { ...p, resize: p.crop });
}
