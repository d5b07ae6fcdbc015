// Runs a bundle's WebAssembly program: one instance, its memory holding the
// weights, the arena and the input; one call of `run` per inference.
import type { BundleMeta } from "./bundle.ts";

export interface Executor {
  run(input: Float32Array): Float32Array;
  dispose(): void;
}

interface Exports {
  memory: WebAssembly.Memory;
  run: () => void;
  input: WebAssembly.Global;
  output: WebAssembly.Global;
}

export async function createWasmExecutor(module: WebAssembly.Module, meta: BundleMeta): Promise<Executor> {
  let exports: Exports | undefined = (await WebAssembly.instantiate(module, {})).exports as unknown as Exports;
  const classes = meta.output.shape.reduce((a, b) => a * b, 1);
  return {
    run(input) {
      if (!exports) throw new Error("this model has been disposed");
      new Float32Array(exports.memory.buffer, exports.input.value as number, input.length).set(input);
      exports.run();
      return new Float32Array(exports.memory.buffer, exports.output.value as number, classes).slice();
    },
    dispose() {
      exports = undefined;
    },
  };
}
