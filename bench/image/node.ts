// The Node part of npm run bench:image: each path from a photo's bytes to the
// network's input tensor, and the network's own inference, alternating in this
// process.
import { decodeImage } from "../../runtime/image/decode.ts";
import type { Model } from "../../runtime/index.ts";
import { preprocess, type Preprocessing, type RgbaImage } from "../../runtime/preprocess.ts";
import type { Contender } from "../timing.ts";
import type { Kernel } from "./kernel.ts";
import type { Path } from "./node-paths.ts";
import type { Photo } from "./photos.ts";
import { alternateWithin } from "./rounds.ts";

export interface TimedRow {
  path: string;
  photo: string;
  /** The pixels the preprocessing starts from. */
  decodedAt: string;
  times: number[];
}

export const INFERENCE = "MixNet-M inference, run(input)";

export interface NodeSetup {
  paths: Path[];
  jpegs: Photo[];
  png: Photo;
  kernel: Kernel;
  model: Model;
  input: Float32Array;
  p: Preprocessing;
}

export async function timeNode({ paths, jpegs, png, kernel, model, input, p }: NodeSetup, budgetMs: number): Promise<{ rows: TimedRow[]; rounds: number }> {
  const decodedAt = new Map<string, string>();
  const contender = (path: string, photo: Photo, decode: () => Promise<RgbaImage>, js = false): Contender => {
    const name = `${path} | ${photo.name}`;
    return {
      name,
      run: async () => {
        const image = await decode();
        if (js) preprocess(image, p);
        else kernel(image);
        decodedAt.set(name, `${image.width}x${image.height}`);
      },
    };
  };
  const contenders: Contender[] = [
    ...jpegs.flatMap((photo) => paths.map((path) => contender(path.name, photo, () => path.decode(photo), path.js))),
    contender("mixc (PNG)", png, () => decodeImage(png.bytes)),
    { name: INFERENCE, run: () => model.run(input) },
  ];
  const { times, rounds } = await alternateWithin(contenders, budgetMs);
  const rows = contenders.map(({ name }) => {
    const [path, photo = ""] = name.split(" | ");
    return { path: path!, photo, decodedAt: decodedAt.get(name) ?? "", times: times.get(name)! };
  });
  return { rows, rounds };
}
