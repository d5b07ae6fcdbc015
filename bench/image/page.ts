// The Chromium page of npm run bench:image (bundled by esbuild with the package's
// dist/ entries, mixc/image and mixc/runtime): each path from a photo's bytes to
// the network's input, alternating, beside the network's inference; and the
// browser paths' resized crops, for comparing with PIL's.
import { decodeImage } from "mixc/image";
import { loadModel } from "mixc/runtime";
import { resizedSize, type RgbaImage } from "../../runtime/preprocess.ts";
import { shrinkOnLoadSide } from "../../runtime/preprocess-kernel.ts";
import { rgbCrop } from "./crops.ts";
import { bundleKernel } from "./kernel.ts";
import { alternateWithin } from "./rounds.ts";

export interface PagePhoto {
  url: string;
  name: string;
  width: number;
  height: number;
}

export interface PageResult {
  rows: { path: string; photo: string; decodedAt: string; times: number[] }[];
  rounds: number;
  /** Base64 crops (crop x crop x 3) of the compared photos, by path. */
  crops: Record<string, string[]>;
  browser: string;
}

type Decode = (bytes: Uint8Array<ArrayBuffer>, photo: PagePhoto) => Promise<RgbaImage>;

const INFERENCE = "MixNet-M inference, run(input)";

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

/** WebCodecs: the browser's decoder, which scales JPEGs in the DCT to the size asked for (or the next n/8 below it). */
async function imageDecoder(bytes: Uint8Array<ArrayBuffer>, width: number, height: number): Promise<RgbaImage> {
  const decoder = new ImageDecoder({ data: bytes, type: "image/jpeg", desiredWidth: width, desiredHeight: height });
  const { image } = await decoder.decode();
  const data = new Uint8Array(image.displayWidth * image.displayHeight * 4);
  await image.copyTo(data, { format: "RGBA", colorSpace: "srgb" });
  const decoded = { width: image.displayWidth, height: image.displayHeight, data };
  image.close();
  decoder.close();
  return decoded;
}

/** createImageBitmap resizing straight to the model's resize size, read back through a canvas. */
async function bitmap(bytes: Uint8Array<ArrayBuffer>, width: number, height: number): Promise<RgbaImage> {
  const image = await createImageBitmap(new Blob([bytes], { type: "image/jpeg" }), { resizeWidth: width, resizeHeight: height, resizeQuality: "high" });
  const context = new OffscreenCanvas(width, height).getContext("2d")!;
  context.drawImage(image, 0, 0);
  image.close();
  return context.getImageData(0, 0, width, height);
}

function base64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

async function bench(timed: PagePhoto[], compared: PagePhoto[], budgetMs: number): Promise<PageResult> {
  const bundle = await fetchBytes("/model.wasm");
  const model = await loadModel(bundle, { backend: "wasm" });
  const p = model.meta.preprocessing!;
  const kernel = await bundleKernel(bundle, model.meta.name, model.meta.input.shape.reduce((a, b) => a * b, 1));
  const input = new Float32Array((await fetchBytes("/input.bin")).buffer);
  const fast = { minShortSide: shrinkOnLoadSide(p) };
  /** The size mixc's fast path decodes a photo at: ImageDecoder is asked for the same. */
  const fastSize = new Map<string, [number, number]>();
  const paths: Record<string, Decode> = {
    "mixc fast (shrink-on-load)": (bytes) => decodeImage(bytes, fast),
    "mixc exact (full size)": (bytes) => decodeImage(bytes),
    "ImageDecoder at mixc fast's size": (bytes, photo) => imageDecoder(bytes, ...fastSize.get(photo.url)!),
    "createImageBitmap, resized (high)": (bytes, photo) => bitmap(bytes, ...resizedSize(photo.width, photo.height, p.resize)),
  };
  const files = new Map(await Promise.all([...timed, ...compared].map(async (photo) => [photo.url, await fetchBytes(photo.url)] as const)));
  for (const [url, bytes] of files) {
    const { width, height } = await decodeImage(bytes, fast);
    fastSize.set(url, [width, height]);
  }

  const decodedAt = new Map<string, string>();
  const contenders = timed.flatMap((photo) =>
    Object.entries(paths).map(([path, decode]) => ({
      name: `${path} | ${photo.name}`,
      run: async () => {
        const image = await decode(files.get(photo.url)!, photo);
        kernel(image);
        decodedAt.set(`${path} | ${photo.name}`, `${image.width}x${image.height}`);
      },
    })),
  );
  contenders.push({ name: INFERENCE, run: () => model.run(input).then(() => undefined) });
  const { times, rounds } = await alternateWithin(contenders, budgetMs);
  const rows = contenders.map(({ name }) => {
    const [path, photo = ""] = name.split(" | ");
    return { path: path!, photo, decodedAt: decodedAt.get(name) ?? "", times: times.get(name)! };
  });

  const browserPaths = ["ImageDecoder at mixc fast's size", "createImageBitmap, resized (high)"];
  const crops: Record<string, string[]> = {};
  for (const path of browserPaths) {
    crops[path] = [];
    for (const photo of compared) crops[path].push(base64(rgbCrop(await paths[path]!(files.get(photo.url)!, photo), p)));
  }
  model.dispose();
  return { rows, rounds, crops, browser: navigator.userAgent };
}

Object.assign(globalThis, { bench });
