// The JPEG decoder's speed and memory (runtime/image/jpeg.ts): 12 MP phone-like
// photos (scripts/make-photos.py, 4032x3024 4:2:0 quality 90, baseline and
// progressive) decoded at full size and at the scale for minShortSide 512 (2/8),
// medians of several runs; and the wasm memory the decoder plans (and grows to)
// for those and for 50 MP (8192x6144) photos at minShortSide 512.
// Run: npx tsx bench/jpeg-decoder.ts [runs]
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { decodeJpeg, instantiateDecoder, jpegScale } from "../runtime/image/jpeg.ts";
import { makePhotos } from "../test/image/make-photos.ts";
import { median } from "./timing.ts";

const DIR = "/tmp/mixc-jpeg-bench";
const runs = Number(process.argv[2] ?? 15);
const LIMITS = { maxPixels: 64e6 };
const photos = {
  "12 MP baseline": { scene: 1, size: [4032, 3024] as [number, number], out: `${DIR}/baseline-12mp.jpg` },
  "12 MP progressive": { scene: 1, size: [4032, 3024] as [number, number], out: `${DIR}/progressive-12mp.jpg`, progressive: true },
  "50 MP baseline": { scene: 2, size: [8192, 6144] as [number, number], out: `${DIR}/baseline-50mp.jpg` },
  "50 MP progressive": { scene: 2, size: [8192, 6144] as [number, number], out: `${DIR}/progressive-50mp.jpg`, progressive: true },
};
mkdirSync(DIR, { recursive: true });
await makePhotos(Object.values(photos).filter((p) => !existsSync(p.out)));

for (const [name, photo] of Object.entries(photos).filter(([name]) => name.startsWith("12"))) {
  const bytes = new Uint8Array(readFileSync(photo.out));
  for (const minShortSide of [512, undefined]) {
    const times: number[] = [];
    let size = "";
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      const image = await decodeJpeg(bytes, LIMITS, minShortSide);
      if (i >= 2) times.push(performance.now() - started);
      size = `${image.width}x${image.height}`;
    }
    const scale = minShortSide ? "minShortSide 512" : "full size";
    console.log(`${name} (${(bytes.length / 2 ** 20).toFixed(2)} MiB), ${scale} -> ${size}: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms (${runs} runs)`);
  }
}

/** The memory the decoder grows to for a file at the scale minShortSide picks: its plan, read from a bare instance. */
async function decoderMemory(bytes: Uint8Array, minShortSide?: number): Promise<number> {
  const decoder = await instantiateDecoder(bytes);
  decoder.readHeader();
  return decoder.plan(jpegScale(decoder.imageWidth(), decoder.imageHeight(), minShortSide));
}

for (const [name, photo] of Object.entries(photos)) {
  const bytes = new Uint8Array(readFileSync(photo.out));
  for (const minShortSide of name.startsWith("50") ? [512] : [512, undefined]) {
    const started = performance.now();
    const image = await decodeJpeg(bytes, LIMITS, minShortSide);
    const elapsed = performance.now() - started;
    const scale = minShortSide ? "minShortSide 512" : "full size";
    const memory = await decoderMemory(bytes, minShortSide);
    console.log(`${name}, ${scale} -> ${image.width}x${image.height}: decoder memory ${(memory / 2 ** 20).toFixed(1)} MiB (pixels ${(image.data.byteLength / 2 ** 20).toFixed(1)} MiB; one decode ${elapsed.toFixed(0)} ms)`);
  }
}
