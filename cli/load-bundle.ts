// Reading a bundle from the command line: load it with the runtime (on WebGPU
// through Dawn), turning its errors into one-line user errors that name the file.
import { readInput, UserError } from "../compiler/index.ts";
import { BundleError, GpuUnavailableError, loadModel, type Backend, type LoadOptions, type Model } from "../runtime/index.ts";
import { nodeGpu } from "./gpu.ts";

/** A path is taken as a bundle when it names a .wasm file. */
export const isBundlePath = (path: string) => path.endsWith(".wasm");

/** What the commands choose of how a bundle loads. */
export type LoadChoices = Pick<LoadOptions, "relaxedSimd" | "gpuPrecision" | "threads">;

export async function loadBundle(path: string, backend: Backend, choices: LoadChoices = {}): Promise<Model> {
  const bytes = readInput(path, "bundle");
  return loadBytes(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), backend, choices);
}

/** Loads bundle bytes on `backend`; `name` says where they came from in errors. */
export async function loadBytes(name: string, bytes: Uint8Array, backend: Backend, choices: LoadChoices = {}): Promise<Model> {
  const gpu = backend === "webgpu" ? await nodeGpu() : undefined;
  try {
    return await loadModel(bytes, { backend, ...choices, gpu });
  } catch (e) {
    if (e instanceof BundleError || e instanceof GpuUnavailableError) throw new UserError(`${name}: ${e.message}`);
    throw e;
  }
}
