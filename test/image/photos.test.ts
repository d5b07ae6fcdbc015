// The Fashion-MNIST samples as phone photos: each 28x28 image scaled up (bicubic)
// to 3024x3024 and centred on a 12 MP canvas, saved by PIL as a baseline JPEG, a
// progressive JPEG, and a portrait photo stored sideways with EXIF orientation 8
// (read without it, 9 of the 10 change class). On every path each keeps the
// class the 28x28 original gets: decodeImage's default (full size) and its
// shrink-on-load to twice the resize, then classify; and classify(bytes), by
// default shrinking on load, with { exact: true } at full size, which must give
// those same logits. The photos are made here by PIL (too big to commit);
// without PIL the test skips, except under CI.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { decodeImage, type DecodeOptions } from "../../runtime/image/decode.ts";
import { loadModel, type Model, type Prediction } from "../../runtime/index.ts";
import { shrinkOnLoadSide } from "../../runtime/preprocess-kernel.ts";
import { makePhotos, whyNoPil, type PhotoJob } from "./make-photos.ts";

const SPEC = "specs/fashion-mixnet.mix";
const MODEL = "models/fashion-mixnet";
const SAMPLES: { file: string; label: number }[] = JSON.parse(readFileSync(`${MODEL}.json`, "utf8")).samples;

const noPil = whyNoPil();
if (noPil) {
  if (process.env.CI) throw new Error(`CI: the photo tests need PIL: ${noPil}`);
  console.warn(`skipping the Fashion-MNIST photo tests: ${noPil}`);
}

/** Landscape 4032x3024 (the item in the middle square); portrait is the same canvas upright, stored sideways. */
const FORMS = {
  baseline: { canvas: [4032, 3024] },
  progressive: { canvas: [4032, 3024], progressive: true },
  "portrait, orientation 8": { canvas: [3024, 4032], orientation: 8 },
} as const;
type Form = keyof typeof FORMS;

const argmax = (values: Float32Array) => values.reduce((best, v, i) => (v > values[best]! ? i : best), 0);

describe.skipIf(noPil)("Fashion-MNIST samples as 12 MP photos", () => {
  const dir = mkdtempSync(join(tmpdir(), "mixc-photos-"));
  const photo = (n: number, form: Form) => join(dir, `${n}-${form.replace(/\W+/g, "-")}.jpg`);
  let model: Model;

  beforeAll(async () => {
    const jobs: PhotoJob[] = SAMPLES.flatMap((s, n) => Object.entries(FORMS).map(([form, f]) => ({ enlarge: s.file, out: photo(n, form as Form), ...f, canvas: [...f.canvas] as [number, number] })));
    const [loaded] = await Promise.all([loadModel((await compile(SPEC, { weights: `${MODEL}.safetensors`, target: "wasm" })).bytes, { backend: "wasm" }), makePhotos(jobs)]);
    model = loaded;
  });
  afterAll(() => {
    model?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keep their class through decodeImage + classify and classify(bytes), at full size and shrunk on load, the portraits upright", async () => {
    const fast = shrinkOnLoadSide(model.meta.preprocessing!);
    /** Each path gives its logits in class order, and the size it decoded at where it says. */
    const logits = (top: Prediction[]) => Float32Array.from(top.sort((a, b) => a.index - b.index), (p) => p.logit);
    const decoded = async (bytes: Uint8Array, options: DecodeOptions) => {
      const image = await decodeImage(bytes, options);
      return { logits: logits(await model.classify(image, 10)), size: [image.width, image.height] };
    };
    const paths = {
      "decodeImage (default: full size)": (bytes: Uint8Array) => decoded(bytes, {}),
      "decodeImage, shrunk on load to twice the resize": (bytes: Uint8Array) => decoded(bytes, { minShortSide: fast }),
      "classify(bytes) (default: shrunk on load)": async (bytes: Uint8Array) => ({ logits: logits(await model.classify(bytes, 10)), size: undefined }),
      "classify(bytes, { exact: true })": async (bytes: Uint8Array) => ({ logits: logits(await model.classify(bytes, 10, { exact: true })), size: undefined }),
    };
    let worst = 0;
    let checked = 0;
    for (const [n, sample] of SAMPLES.entries()) {
      const [original] = await model.classify(new Uint8Array(readFileSync(sample.file)), 1);
      for (const form of Object.keys(FORMS) as Form[]) {
        const bytes = new Uint8Array(readFileSync(photo(n, form)));
        const results = [];
        for (const [path, run] of Object.entries(paths)) {
          const got = await run(bytes);
          const what = `${sample.file} as a ${form} photo, ${path}${got.size ? ` at ${got.size.join("x")}` : ""}`;
          expect(argmax(got.logits), what).toBe(original!.index);
          if (got.size) expect(got.size[0]! < got.size[1]!, `${what}: upright`).toBe(form.startsWith("portrait"));
          results.push(got);
          checked++;
        }
        const [full, shrunk, byDefault, exact] = results;
        // classify(bytes) decodes as decodeImage does: the same pixels, the same logits.
        expect(byDefault!.logits).toEqual(shrunk!.logits);
        expect(exact!.logits).toEqual(full!.logits);
        worst = Math.max(worst, ...full!.logits.map((v, c) => Math.abs(v - shrunk!.logits[c]!)));
      }
      // Stored sideways: read without its EXIF orientation, the portrait is a landscape.
      const stored = await decodeImage(new Uint8Array(readFileSync(photo(n, "portrait, orientation 8"))), { minShortSide: fast, orientation: "ignore" });
      expect(stored.width).toBeGreaterThan(stored.height);
    }
    console.log(`Fashion-MNIST photos: ${checked} classifications kept their class; largest logit difference shrunk on load vs full size ${worst.toFixed(4)}`);
    expect(checked).toBe(SAMPLES.length * 3 * 4);
  });
});
