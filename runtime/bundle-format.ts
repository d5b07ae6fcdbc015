// What a mixc bundle says about itself: the JSON in its "mixc" custom section,
// and its WebGPU program (the "mixc.webgpu" section) when it has one.
import { WEBGPU_SECTION, type GpuProgram } from "./webgpu-program.ts";
import type { Preprocessing } from "./preprocess.ts";

/** 2: the hash covers the whole file (integrity.ts); 1 hashed the sections before the metadata. */
export const BUNDLE_FORMAT = 2;
export const META_SECTION = "mixc";
const GPU_PROGRAM_FORMAT = 1;
/** The relaxed-SIMD (fused multiply-add) twin of the code, importing the main module's memory. */
export const RELAXED_SECTION = "mixc.relaxed-simd";
/** The threaded twins (see thread-sync.ts) of the plain-SIMD and the relaxed-SIMD code, importing a shared memory of meta.wasm.memoryPages. */
export const THREADS_SECTION = "mixc.threads";
export const THREADS_RELAXED_SECTION = "mixc.threads.relaxed-simd";
/** In the twin written as a module of its own (edge workers): the hash of the bundle it belongs to. */
export const TWIN_OF_SECTION = "mixc.twin-of";

export interface BundleMeta {
  format: number;
  name: string;
  compiler: string;
  input: { shape: number[]; layout: "NCHW"; dtype: "float32" };
  output: { shape: number[]; dtype: "float32" };
  /** How an image becomes the input; null when the network declares none (an input that is not a 1- or 3-channel square). */
  preprocessing: Preprocessing | null;
  /** Class names, when the weights came with them (the checkpoint's `labels` metadata). */
  labels: string[] | null;
  wasm: {
    features: string[];
    variants: string[];
    /** Bytes of float32 weights in memory. */
    weightsBytes: number;
    /** How they are stored when not as float32 (absent: float32): the start function expands them; biases stay float32. */
    weightsDtype?: "f16" | "int8";
    weightsStoredBytes?: number;
    arenaBytes: number;
    codeBytes: number;
    /** The memory's limits in 64 KiB pages, which the threaded code's shared memory repeats (absent: a bundle without threaded code). */
    memoryPages?: { initial: number; maximum: number };
  };
  /** The kernel schedule, one entry per layer (run_layer(i)), for profiling. */
  /** timedWith: on WebAssembly the layer runs inside that layer's step (band fusion), whose time includes it. */
  layers: { name: string; kernels: string[]; macs: number; timedWith?: string }[];
  /** sha256 of the whole file with these 64 hex digits as '0's (format 1: of the sections before the metadata), checked at load. */
  hash: string;
}

export class BundleError extends Error {}

export function readMeta(module: WebAssembly.Module): BundleMeta {
  const sections = WebAssembly.Module.customSections(module, META_SECTION);
  if (sections.length !== 1) throw new BundleError("not a mixc bundle: the WebAssembly module has no mixc metadata section");
  return parseMeta(new Uint8Array(sections[0]!));
}

/** The metadata section's contents as metadata this runtime reads. */
export function parseMeta(section: Uint8Array): BundleMeta {
  let meta: BundleMeta;
  try {
    meta = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(section));
  } catch {
    throw new BundleError("corrupt mixc bundle: its metadata is not valid JSON");
  }
  if (typeof meta !== "object" || meta === null) throw new BundleError("corrupt mixc bundle: its metadata is not a JSON object");
  if (typeof meta.format !== "number" || meta.format > BUNDLE_FORMAT) {
    throw new BundleError(`this bundle has format ${meta.format}; this runtime reads format ${BUNDLE_FORMAT} and older: update mixc`);
  }
  return meta;
}

/** The bundle's WebGPU program, or null when it was compiled for the CPU only. */
export function readProgram(module: WebAssembly.Module): GpuProgram | null {
  const [section] = WebAssembly.Module.customSections(module, WEBGPU_SECTION);
  if (!section) return null;
  let program: GpuProgram;
  try {
    program = JSON.parse(new TextDecoder().decode(section));
  } catch {
    throw new BundleError("corrupt mixc bundle: its WebGPU program is not valid JSON");
  }
  if (program.format !== GPU_PROGRAM_FORMAT) throw new BundleError(`this bundle's WebGPU program has format ${program.format}; this runtime reads format ${GPU_PROGRAM_FORMAT}: update mixc`);
  return program;
}
