// What a mixc bundle says about itself: the JSON in its "mixc" custom section,
// and its WebGPU program (the "mixc.webgpu" section) when it has one.
import { WEBGPU_SECTION, type GpuProgram } from "./webgpu-program.ts";
import type { Preprocessing } from "./preprocess.ts";

export const BUNDLE_FORMAT = 1;
export const META_SECTION = "mixc";
const GPU_PROGRAM_FORMAT = 1;
/** The relaxed-SIMD (fused multiply-add) twin of the code, importing the main module's memory. */
export const RELAXED_SECTION = "mixc.relaxed-simd";
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
  };
  /** The kernel schedule, one entry per layer (run_layer(i)), for profiling. */
  layers: { name: string; kernels: string[]; macs: number }[];
  /** sha256 of the module's code and weights, hex. */
  hash: string;
}

export class BundleError extends Error {}

export function readMeta(module: WebAssembly.Module): BundleMeta {
  const sections = WebAssembly.Module.customSections(module, META_SECTION);
  if (sections.length !== 1) throw new BundleError("not a mixc bundle: the WebAssembly module has no mixc metadata section");
  let meta: BundleMeta;
  try {
    meta = JSON.parse(new TextDecoder().decode(sections[0]!));
  } catch {
    throw new BundleError("corrupt mixc bundle: its metadata is not valid JSON");
  }
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
