// The mixc runtime: loads a bundle (bytes, a compiled WebAssembly.Module, a URL
// or a Response) and runs it. No Node-only imports: it runs the same in Node,
// browsers, web workers and edge workers.
/// <reference types="@webgpu/types" preserve="true" />
import { BundleError, readMeta, readProgram, type BundleMeta } from "./bundle-format.ts";
import { verifyBundle } from "./integrity.ts";
import type { Executor, LayerTime } from "./executor.ts";
import { createWasmExecutor } from "./wasm-executor.ts";
import type { ThreadsOption } from "./threads.ts";
import { GpuUnavailableError } from "./gpu-unavailable.ts";
import { firstNonFinite } from "./tensor.ts";
import { isRgba, shrinkOnLoadSide } from "./preprocess-kernel.ts";
import type { ImageSource } from "./image/source.ts";
import type { DecodeOptions } from "./image/types.ts";

export { BundleError, readMeta, type BundleMeta } from "./bundle-format.ts";
export { decodeTensor, TensorError } from "./tensor.ts";
export { shrinkOnLoadSide } from "./preprocess-kernel.ts";
export { verifyBundle } from "./integrity.ts";
export type { LayerTime } from "./executor.ts";
export type { RgbaImage } from "./preprocess.ts";
export type { ImageSource } from "./image/source.ts";
export type { DecodeOptions } from "./image/types.ts";

/** How runImage and classify decode an image given as bytes, a Blob or a DOM source. */
export interface ImageOptions extends Omit<DecodeOptions, "minShortSide"> {
  /** Decode a JPEG at full size, PIL's pixels exactly (default false: shrink-on-load to twice the resize, several times faster). */
  exact?: boolean;
}
export type { SimdVariant } from "./wasm-executor.ts";
export { hasRelaxedSimd } from "./wasm-executor.ts";
export type { ThreadsOption } from "./threads.ts";
export { isThreadCount, MAX_THREADS } from "./thread-sync.ts";
export { GpuUnavailableError } from "./gpu-unavailable.ts";

export type ModelSource = Uint8Array | ArrayBuffer | WebAssembly.Module | URL | string | Response;

export type Backend = "wasm" | "webgpu";

export interface LoadOptions {
  /** "auto" (the default): WebGPU where there is a GPU, an adapter and the bundle has a WebGPU program, else wasm. */
  backend?: Backend | "auto";
  /** The WebGPU entry point (default navigator.gpu); in Node, Dawn's (npm webgpu). */
  gpu?: GPU;
  /** Use the bundle's fused multiply-add code where the engine has relaxed SIMD (default true). */
  relaxedSimd?: boolean;
  /**
   * Run two inferences at load (default true), so that the first real one runs optimised code: V8 first
   * runs WebAssembly from its baseline compiler and optimises a function only after it has run. false
   * saves their time where a single inference follows the load.
   */
  warmup?: boolean;
  /** The relaxed-SIMD twin as its own compiled module, for engines that forbid compiling wasm at run time (workerd); `mixc compile --target worker` writes it. */
  relaxedModule?: WebAssembly.Module;
  /**
   * Threads for the wasm backend (default 1): each layer's work is shared between the calling thread and
   * threads - 1 workers over one shared memory, with bitwise the same logits as one thread. "auto": the
   * host's cores, at most 4. Needs shared memory and workers: Node's worker_threads, or in browsers a
   * cross-origin-isolated page; elsewhere the model runs on one thread and `fallback` says why.
   */
  threads?: ThreadsOption;
  /** WebGPU arithmetic (default "f32"); "f16" runs the 1x1 convolutions in half precision where the adapter has shader-f16, else float32 saying why in `fallback`. */
  gpuPrecision?: "f32" | "f16";
}

export interface Prediction {
  index: number;
  label: string | null;
  probability: number;
  logit: number;
}

export interface Model {
  readonly meta: BundleMeta;
  readonly backend: Backend;
  /** Which code runs: on wasm plain SIMD ("simd128") or its fused multiply-add twin ("relaxed-simd"); on WebGPU the adapter ("vendor architecture"). */
  readonly variant: string;
  /** Why a faster path is not taken, when it is not: WebGPU (under "auto"), the relaxed-SIMD twin, threads. */
  readonly fallback?: string;
  /** Threads each inference runs on (wasm; 1 on WebGPU, or where threads were asked for and are not available). */
  readonly threads: number;
  /** Logits for one normalised NCHW float32 input of the bundle's input shape. Rejects (TypeError) anything but a Float32Array, (RangeError) a wrong length or a NaN or infinite value, naming the first. */
  run(input: Float32Array): Promise<Float32Array>;
  /**
   * Logits for an image, preprocessed as the bundle declares (meta.preprocessing) by its own WebAssembly
   * code, identical to timm's evaluation transform. The image: RGBA pixels (ImageData, or decodeImage's
   * output), copied in once; PNG or JPEG bytes (Uint8Array, ArrayBuffer, Blob), decoded by mixc/image with
   * EXIF orientation applied and shrink-on-load to twice the resize (`options` changes either); in browsers
   * an ImageBitmap, a canvas or an <img>.
   */
  runImage(image: ImageSource, options?: ImageOptions): Promise<Float32Array>;
  /** runImage's top k classes. */
  classify(image: ImageSource, k?: number, options?: ImageOptions): Promise<Prediction[]>;
  /** Per-layer timings (medians over `runs`), for `mixc bench --per-layer`. */
  profile(runs?: number): Promise<LayerTime[]>;
  dispose(): void;
}

async function toModule(source: ModelSource): Promise<WebAssembly.Module> {
  // A compiled module has no bytes left to hash: it is trusted as the caller compiled it (integrity.ts).
  if (source instanceof WebAssembly.Module) return source;
  if (typeof source === "string" || source instanceof URL) source = await fetch(source);
  if (typeof Response !== "undefined" && source instanceof Response) {
    if (!source.ok) throw new BundleError(`cannot fetch the bundle: HTTP ${source.status}`);
    source = await source.arrayBuffer();
  }
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(source as ArrayBuffer);
  // Structure and hash before compiling: a damaged file is reported as such, not as whatever the compiler trips on.
  await verifyBundle(bytes);
  try {
    return await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
  } catch (e) {
    throw new BundleError(`corrupt bundle: ${(e as Error).message}`);
  }
}

export function softmaxTopK(logits: Float32Array, k: number, labels: string[] | null): Prediction[] {
  const max = logits.reduce((a, b) => Math.max(a, b), -Infinity);
  const sum = logits.reduce((s, v) => s + Math.exp(v - max), 0);
  return Array.from(logits, (logit, index) => ({ index, logit }))
    .sort((a, b) => b.logit - a.logit || a.index - b.index)
    .slice(0, k)
    .map(({ index, logit }) => ({ index, label: labels?.[index] ?? null, probability: Math.exp(logit - max) / sum, logit }));
}

/** The WebGPU executor, or under "auto" why WebGPU is not used. */
async function webGpu(module: WebAssembly.Module, meta: BundleMeta, options: LoadOptions): Promise<Executor | string> {
  try {
    const program = readProgram(module);
    if (!program) throw new GpuUnavailableError("this bundle has no WebGPU program");
    const gpu = options.gpu ?? globalThis.navigator?.gpu;
    if (!gpu) throw new GpuUnavailableError("no WebGPU here (navigator.gpu is missing)");
    // Loaded only here, so that a page or worker on wasm never downloads the WebGPU executor.
    const { createWebGpuExecutor } = await import("./webgpu-executor.ts");
    return await createWebGpuExecutor(module, meta, program, gpu, options.gpuPrecision);
  } catch (e) {
    if (options.backend !== "webgpu" && e instanceof GpuUnavailableError) return `WebGPU unavailable: ${e.message}`;
    throw e;
  }
}

export async function loadModel(source: ModelSource, options: LoadOptions = {}): Promise<Model> {
  const backend = options.backend ?? "auto";
  if (!["wasm", "webgpu", "auto"].includes(backend)) throw new Error(`unknown backend '${backend}'`);
  if (![undefined, "f32", "f16"].includes(options.gpuPrecision)) throw new Error(`unknown gpuPrecision '${options.gpuPrecision}' (f32 or f16)`);
  // The threads' code is a chunk of its own, loaded only where threads are asked for.
  const threads = options.threads === undefined ? 1 : await (await import("./threads.ts")).resolveThreads(options.threads);
  const module = await toModule(source);
  const meta = readMeta(module);
  const gpu = backend === "wasm" ? undefined : await webGpu(module, meta, options);
  const onGpu = typeof gpu === "object";
  let executor: Executor | undefined = onGpu ? gpu : await createWasmExecutor(module, meta, { relaxed: options.relaxedSimd ?? true, warmup: options.warmup ?? true, relaxedModule: options.relaxedModule, threads });
  const { variant } = executor;
  const fallback = [onGpu ? undefined : gpu, executor.fallback].filter(Boolean).join("; ");
  const size = meta.input.shape.reduce((a, b) => a * b, 1);
  const run = async (input: Float32Array) => {
    if (!executor) throw new Error("this model has been disposed");
    if (!(input instanceof Float32Array)) throw new TypeError("run() takes a Float32Array");
    if (input.length !== size) throw new RangeError(`run() needs ${size} values (${meta.input.shape.join("x")}, NCHW), got ${input.length}`);
    const bad = firstNonFinite(input);
    if (bad >= 0) throw new RangeError(`run() input value ${bad} is ${input[bad]}; the input must be finite (a NaN or an infinity would turn every logit into NaN)`);
    return executor.run(input);
  };
  const runImage = async (image: ImageSource, { exact = false, ...decode }: ImageOptions = {}) => {
    if (!executor) throw new Error("this model has been disposed");
    const p = meta.preprocessing;
    if (!p) throw new Error(`the bundle '${meta.name}' declares no image preprocessing for its ${meta.input.shape.join("x")} input (a spec's 'preprocess' statement), so runImage and classify cannot take an image; give run() the input tensor`);
    // The decoders are a chunk of their own, loaded only for an image still to decode.
    const pixels = isRgba(image) ? image : await (await import("./image/source.ts")).toRgba(image, exact ? decode : { ...decode, minShortSide: shrinkOnLoadSide(p) });
    if (!executor) throw new Error("this model has been disposed");
    return executor.runImage(pixels);
  };
  return {
    meta,
    backend: onGpu ? "webgpu" : "wasm",
    variant,
    ...(fallback ? { fallback } : {}),
    threads: executor.threads ?? 1,
    run,
    runImage,
    async classify(image, k = 5, options) {
      return softmaxTopK(await runImage(image, options), k, meta.labels);
    },
    async profile(runs = 10) {
      if (!executor) throw new Error("this model has been disposed");
      return executor.profile(runs);
    },
    dispose() {
      executor?.dispose();
      executor = undefined;
    },
  };
}
