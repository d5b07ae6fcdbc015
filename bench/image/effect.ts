// What a path's pixels do to the network: each path's resized and cropped
// pixels against PIL's (max and mean |difference| in 0..255 levels), and the
// logits of that crop against the logits of PIL's (max |difference|, and whether
// the top class is the same).
import type { Model } from "../../runtime/index.ts";
import type { Preprocessing } from "../../runtime/preprocess.ts";
import { cropInput } from "./crops.ts";

export interface Effect {
  maxPixel: number;
  /** The largest pixel difference in each photo's crop. */
  maxPixelByPhoto: number[];
  meanPixel: number;
  maxLogit: number;
  /** The largest |logit| on PIL's crops: the scale maxLogit is small against. */
  logitScale: number;
  sameTop1: number;
  photos: number;
}

const argmax = (v: Float32Array) => v.reduce((best, x, i) => (x > v[best]! ? i : best), 0);

/** `crops[i]` is the path's crop of the photo whose PIL crop is `references[i]`. */
export async function effectOf(crops: Uint8Array[], references: Uint8Array[], model: Model, p: Preprocessing): Promise<Effect> {
  const effect: Effect = { maxPixel: 0, maxPixelByPhoto: [], meanPixel: 0, maxLogit: 0, logitScale: 0, sameTop1: 0, photos: crops.length };
  let sum = 0;
  for (const [i, crop] of crops.entries()) {
    const reference = references[i]!;
    if (crop.length !== reference.length) throw new Error(`a crop of ${crop.length} bytes against PIL's ${reference.length}`);
    let max = 0;
    for (let k = 0; k < crop.length; k++) {
      const d = Math.abs(crop[k]! - reference[k]!);
      sum += d;
      if (d > max) max = d;
    }
    effect.maxPixelByPhoto.push(max);
    effect.maxPixel = Math.max(effect.maxPixel, max);
    const got = await model.run(cropInput(crop, p));
    const want = await model.run(cropInput(reference, p));
    got.forEach((v, c) => (effect.maxLogit = Math.max(effect.maxLogit, Math.abs(v - want[c]!))));
    want.forEach((v) => (effect.logitScale = Math.max(effect.logitScale, Math.abs(v))));
    if (argmax(got) === argmax(want)) effect.sameTop1++;
  }
  effect.meanPixel = sum / crops.reduce((n, c) => n + c.length, 0);
  return effect;
}
