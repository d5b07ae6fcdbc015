import { compile, interpret, loadModelSource, preprocess, readInput, runPipeline, UserError, writeFileAtomic, type Preprocessing, type WeightSource } from "../../compiler/index.ts";
import { decodeTensor, shrinkOnLoadSide, softmaxTopK, TensorError, type Backend, type Model, type RgbaImage } from "../../runtime/index.ts";
import { isBundlePath, loadBundle, loadBytes, type LoadChoices } from "../load-bundle.ts";
import { gpuPrecisionOption, gpuPrecisionUsage, webgpuUsage } from "../gpu.ts";
import { threadsOption, threadsUsage } from "../threads.ts";
import { intOption, MisuseError, type Command, type Io } from "../command.ts";
import { printNotes, weightOptions, weightSource, weightsUsage } from "../weights.ts";
import { decodeImage, ImageError } from "../../runtime/image/decode.ts";

/** Reads raw little-endian float32 NCHW data of exactly the graph's input size. */
function readTensor(path: string, shape: number[]): Float32Array {
  try {
    return decodeTensor(readInput(path, "input"), shape);
  } catch (e) {
    if (e instanceof TensorError) throw new UserError(`${path}: ${e.message}`);
    throw e;
  }
}

/** How --image files are decoded: shrink-on-load to twice the resize unless --exact; EXIF orientation unless --ignore-exif. */
interface ImageChoices {
  exact: boolean;
  ignoreExif: boolean;
}

async function readImage(path: string, p: Preprocessing | null, shape: number[], choices: ImageChoices): Promise<RgbaImage> {
  if (!p) throw new UserError(`--image needs a network that declares how images become its ${shape.join("x")} input: a 'preprocess' statement in its spec`);
  try {
    return await decodeImage(readInput(path, "image"), {
      ...(choices.exact ? {} : { minShortSide: shrinkOnLoadSide(p) }),
      orientation: choices.ignoreExif ? "ignore" : "exif",
    });
  } catch (e) {
    if (e instanceof ImageError) throw new UserError(`${path}: ${e.message}`);
    throw e;
  }
}

function concatFloats(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

type Runner = {
  /** The code that runs, and why a faster path is not taken (when it is not). */
  variant?: string;
  input: number[];
  preprocessing: Preprocessing | null;
  labels: string[] | null;
  logits(input: Float32Array): Promise<Float64Array | Float32Array>;
  /** Logits for decoded pixels: a bundle preprocesses them in its own code, the reference backend with runtime/preprocess.ts. */
  imageLogits(image: RgbaImage): Promise<Float64Array | Float32Array>;
  dispose?(): void;
};

const modelRunner = (model: Model): Runner => ({
  variant: [model.variant, model.threads > 1 ? `${model.threads} threads` : "", model.fallback].filter(Boolean).join("; "),
  input: model.meta.input.shape,
  preprocessing: model.meta.preprocessing,
  labels: model.meta.labels,
  logits: (x) => model.run(x),
  imageLogits: (image) => model.runImage(image),
  dispose: () => model.dispose(),
});

async function bundleRunner(path: string, backend: string, choices: LoadChoices): Promise<Runner> {
  if (backend === "reference") throw new MisuseError("a bundle runs on the wasm or webgpu backend, not 'reference'");
  return modelRunner(await loadBundle(path, backend as Backend, choices));
}

async function specRunner(spec: string, backend: string, source: WeightSource, choices: LoadChoices, io: Io): Promise<Runner> {
  if (backend !== "reference") {
    const { bytes, notes } = await compile(spec, source);
    printNotes(notes, io);
    return modelRunner(await loadBytes(spec, bytes, backend as Backend, choices));
  }
  const { graph, weights: bound, info, notes } = await loadModelSource(spec, source);
  printNotes(notes, io);
  const model = runPipeline({ graph, weights: bound });
  const logits = async (x: Float32Array) => interpret(model.graph, model.weights!, x).output.data;
  // The spec's preprocessing is there: readImage refuses images without it.
  return { input: graph.input.shape, ...info, logits, imageLogits: (image) => logits(preprocess(image, info.preprocessing!)) };
}

const BACKENDS = ["reference", "wasm", "webgpu"];

export const run: Command = {
  name: "run",
  summary: "run a bundle or a spec on an input or images and print the top classes",
  usage: [
    "mixc run BUNDLE|SPEC (--input FILE.bin | --image FILE.png|.jpg [FILE ...] [--exact] [--ignore-exif]) [--backend wasm|webgpu|reference] [--threads N|auto] [--gpu-precision f32|f16] [--pretrained | --weights FILE|hf:ORG/REPO | --seed N] [--labels FILE] [--output FILE.bin] [--top K]",
    "",
    "  --input FILE.bin      raw little-endian float32 NCHW, already normalised (as the fixtures' input.bin)",
    "  --image FILE ...      PNGs or JPEGs, preprocessed as the model declares (timm's evaluation transform:",
    "                        resize, centre crop, normalise; RGB or gray); several print one line per image",
    "  --exact               decode JPEGs at full size, PIL's pixels exactly (default: at the smallest n/8 scale",
    "                        that keeps the shorter side at least twice the resize's larger side, several times faster)",
    "  --ignore-exif         keep the stored pixels of a photo with an EXIF orientation, as PIL's Image.open does",
    "                        (default: turned upright, as browsers show it)",
    "  --backend NAME        wasm or webgpu (a bundle's program, or a spec compiled in memory), or reference (a spec, float64)",
    webgpuUsage(24),
    threadsUsage(24),
    gpuPrecisionUsage(24),
    "  for a spec:",
    ...weightsUsage(24),
    "  --output FILE.bin     write the logits as raw little-endian float32 (one row per image)",
    "  --top K               how many classes to print per input (default 5, 1 for several images)",
    "  --plain-simd          run plain SIMD code even where relaxed SIMD (fused multiply-add) is available",
  ].join("\n"),
  options: {
    input: { type: "string" },
    image: { type: "string" },
    ...weightOptions,
    backend: { type: "string" },
    "gpu-precision": { type: "string" },
    threads: { type: "string" },
    output: { type: "string" },
    top: { type: "string" },
    "plain-simd": { type: "boolean" },
    exact: { type: "boolean" },
    "ignore-exif": { type: "boolean" },
  },
  positionals: 1,
  maxPositionals: Infinity,
  async run(values, [target, ...moreImages], io) {
    const bundle = isBundlePath(target!);
    const backend = (values.backend as string | undefined) ?? (bundle ? "wasm" : "reference");
    if (!BACKENDS.includes(backend)) throw new MisuseError(`unknown backend '${backend}'; available: ${BACKENDS.join(", ")}`);
    if (bundle && Object.keys(weightOptions).some((name) => values[name] !== undefined)) throw new MisuseError("a bundle carries its weights and class names; --pretrained, --weights, --seed and --labels are for specs");
    if (!values.input === !values.image) throw new MisuseError("run needs one of --input FILE.bin or --image FILE");
    if (moreImages.length && !values.image) throw new MisuseError(`run takes 1 argument, got ${1 + moreImages.length}; more files are for --image`);
    if ((values.exact || values["ignore-exif"]) && !values.image) throw new MisuseError("--exact and --ignore-exif are for --image");
    const images = values.image ? [values.image as string, ...moreImages] : [];
    const k = intOption(values, "top", images.length > 1 ? 1 : 5, 1_000_000);
    const choices = { relaxedSimd: !values["plain-simd"], gpuPrecision: gpuPrecisionOption(values, backend), threads: threadsOption(values, backend) };
    const runner = bundle ? await bundleRunner(target!, backend, choices) : await specRunner(target!, backend, weightSource(values, io), choices, io);
    const outputs: Float32Array[] = [];
    let ms = 0;
    try {
      for (const path of images.length ? images : [values.input as string]) {
        // An image's time includes its preprocessing (inside the bundle), not its decoding.
        const input = images.length ? await readImage(path, runner.preprocessing, runner.input, { exact: Boolean(values.exact), ignoreExif: Boolean(values["ignore-exif"]) }) : readTensor(path, runner.input);
        const started = performance.now();
        outputs.push(Float32Array.from(await (input instanceof Float32Array ? runner.logits(input) : runner.imageLogits(input))));
        ms += performance.now() - started;
      }
    } finally {
      runner.dispose?.(); // releases the GPU device, whatever happened
    }
    const each = outputs.length > 1 ? ` per input over ${outputs.length}` : "";
    io.err(`${target}: ${backend} backend${runner.variant ? ` (${runner.variant})` : ""}, ${(ms / outputs.length).toFixed(1)} ms${each}\n`);
    if (values.output) writeFileAtomic(values.output as string, new Uint8Array(concatFloats(outputs).buffer));
    // One image or raw input: ranked lines; several images: each line starts with its file.
    const lines = outputs.flatMap((logits, n) =>
      softmaxTopK(logits, k, runner.labels).map((c, i) => {
        const line = `${i + 1}\tclass ${c.index}${c.label ? ` (${c.label})` : ""}\t${c.logit.toFixed(6)}\t${(c.probability * 100).toFixed(2)}%`;
        return images.length > 1 ? `${images[n]}\t${line}` : line;
      }),
    );
    io.out(lines.map((l) => `${l}\n`).join(""));
    return 0;
  },
};
