// The bundle's own preprocessing (its WebAssembly kernel, what model.classify
// runs) without the network: a second instance of the bundle's main module,
// whose input the kernel fills. So bytes -> input is timed apart from inference.
// Platform-neutral: the Chromium page uses it too.
import type { RgbaImage } from "../../runtime/preprocess.ts";
import { preprocessInPlace, type KernelExports } from "../../runtime/preprocess-kernel.ts";

/** Writes the network's input tensor for `image` into the instance's memory and returns a view of it. */
export type Kernel = (image: RgbaImage) => Float32Array;

export async function bundleKernel(bundle: Uint8Array<ArrayBuffer>, name: string, inputSize: number): Promise<Kernel> {
  const { instance } = await WebAssembly.instantiate(bundle, {});
  const exports = instance.exports as unknown as KernelExports & { input: WebAssembly.Global };
  return (image) => {
    preprocessInPlace(exports, image, name);
    return new Float32Array(exports.memory.buffer, exports.input.value as number, inputSize);
  };
}
