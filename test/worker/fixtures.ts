// What the worker tests send: a small seeded network, the test images, raw
// inputs that differ from each other, and the answers the same bundle gives in Node.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { decodeImage } from "../../runtime/image/decode.ts";
import { softmaxTopK, type Model, type Prediction } from "../../runtime/index.ts";
import { shrinkOnLoadSide } from "../../runtime/preprocess-kernel.ts";
import { specFile } from "../spec-file.ts";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * `mixc compile --target worker` copies dist/worker.js, which `npm run build` (run
 * by `npm test`) bundles from runtime/: refuse to test a build older than its sources.
 */
export function checkWorkerBuilt(): void {
  const built = join(ROOT, "dist/worker.js");
  if (!existsSync(built)) throw new Error("dist/worker.js is missing: run npm run build");
  const sources = readdirSync(join(ROOT, "runtime"), { recursive: true, encoding: "utf8" }).map((f) => join(ROOT, "runtime", f));
  const newer = sources.filter((f) => statSync(f).mtimeMs > statSync(built).mtimeMs);
  if (newer.length) throw new Error(`dist/worker.js is older than ${newer.map((f) => f.slice(ROOT.length + 1)).join(", ")}: run npm run build`);
}

export const tmp = () => mkdtempSync(join(tmpdir(), "mixc-worker-"));

/** A small MixNet-like network with ImageNet's input, so that images go through the real preprocessing. */
export function tinySpec(): string {
  return specFile(`network tiny {
  input 3x224x224
  stem k=3 s=2 c=8 act=relu
  stage act=swish {
    ir k=3,5,7 e=3 c=16 s=2 se=0.25
    ir k=3,5 e=2 c=24 s=2
    ir k=3,5 e=2 c=16
  }
  head c=32 act=relu
  pool avg
  classifier classes=10
}
`);
}

const IMAGES = resolve(import.meta.dirname, "../fixtures-images");

/** Every PNG and JPEG test image: [file name, content type, bytes]; at least one of each, or the loops over them would test nothing. */
export function images(): [string, string, Uint8Array<ArrayBuffer>][] {
  const found = readdirSync(IMAGES)
    .filter((f) => /\.(png|jpg)$/.test(f))
    .sort()
    .map((f): [string, string, Uint8Array<ArrayBuffer>] => [f, f.endsWith(".png") ? "image/png" : "image/jpeg", new Uint8Array(readFileSync(join(IMAGES, f)))]);
  for (const type of ["image/png", "image/jpeg"]) if (!found.some(([, t]) => t === type)) throw new Error(`${IMAGES}: no ${type} test image`);
  return found;
}

/** `count` different inputs of `size` floats in [-1, 1), from a seeded generator. */
export function randomInputs(count: number, size: number, seed: number): Float32Array<ArrayBuffer>[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    const input = new Float32Array(size);
    for (let i = 0; i < size; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      input[i] = state / 2 ** 31 - 1;
    }
    return input;
  });
}

export const floatBytes = (input: Float32Array) => new Uint8Array(input.slice().buffer);

/** The answer the worker must give for a body (an image decoded as the worker decodes it), computed by the same bundle in Node. */
export async function expectedTop(model: Model, type: string, body: Uint8Array, k: number): Promise<Prediction[]> {
  if (type !== "application/x-float32") return model.classify(await decodeImage(body, { minShortSide: shrinkOnLoadSide(model.meta.preprocessing!) }), k);
  return softmaxTopK(await model.run(new Float32Array(body.slice().buffer)), k, model.meta.labels);
}
