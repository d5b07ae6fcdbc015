// The bundle's preprocessing kernel against the JavaScript oracle
// (runtime/preprocess.ts) on phone-photo sizes, timm's 256 -> 224 transform:
// copying the RGBA pixels in and the kernel, against preprocess(); alternating,
// medians and their ratio, and a check that both give the same bits.
//   npx tsx bench/preprocess.ts [ROUNDS]
import { compile } from "../compiler/compile.ts";
import { preprocess, type RgbaImage } from "../runtime/preprocess.ts";
import { specFile } from "../test/spec-file.ts";
import { bundleKernel } from "./image/kernel.ts";
import { alternate, median } from "./timing.ts";

const [rounds = "15"] = process.argv.slice(2);
// Any network with a 3x224x224 input gets timm's ImageNet evaluation transform.
const spec = specFile("network bench {\n  input 3x224x224\n  stem c=8\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=4\n}\n");
const { bytes, meta } = await compile(spec, { seed: 1 });
const p = meta.preprocessing!;
const kernel = await bundleKernel(bytes as Uint8Array<ArrayBuffer>, meta.name, 3 * 224 * 224);

function photo(width: number, height: number): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i++) data[i] = (Math.imul(i, 2654435761) >>> 24) ^ ((i >> 12) & 0xff);
  return { width, height, data };
}

console.log(`${p.resize} -> ${p.crop} ${p.color}, ${rounds} rounds alternating (medians, ms)\n\nsource       kernel (copy + run)  JavaScript  JS / kernel  same bits`);
for (const [width, height] of [[4032, 3024], [3024, 4032], [1008, 756]] as const) {
  const image = photo(width, height);
  const same = Buffer.from(kernel(image).slice().buffer).equals(Buffer.from(preprocess(image, p).buffer));
  const times = await alternate(
    [
      { name: "kernel", run: () => kernel(image) },
      { name: "js", run: () => preprocess(image, p) },
    ],
    { warmup: 2, rounds: Number(rounds) },
  );
  const [k, js] = [median(times.get("kernel")!), median(times.get("js")!)];
  console.log(`${`${width}x${height}`.padEnd(13)}${k.toFixed(2).padStart(19)}  ${js.toFixed(2).padStart(10)}  ${(js / k).toFixed(1).padStart(11)}  ${same ? "yes" : "NO"}`);
}
