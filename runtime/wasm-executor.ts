// Runs a bundle's WebAssembly program: one instance, its memory holding the
// weights, the arena and the input; one call of `run` per inference.
import type { BundleMeta } from "./bundle.ts";

export interface LayerTime {
  name: string;
  kernels: string[];
  macs: number;
  /** Median milliseconds over the profiled runs. */
  ms: number;
  gflops: number;
}

export interface Executor {
  run(input: Float32Array): Float32Array;
  /** Times each layer separately (run_layer), `runs` times; the input is whatever the last run left. */
  profile(runs: number): LayerTime[];
  dispose(): void;
}

interface Exports {
  memory: WebAssembly.Memory;
  run: () => void;
  run_layer: (i: number) => void;
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
    profile(runs) {
      if (!exports) throw new Error("this model has been disposed");
      const samples = meta.layers.map(() => [] as number[]);
      for (let r = 0; r < runs; r++) {
        meta.layers.forEach((_, i) => {
          const t = performance.now();
          exports!.run_layer(i);
          samples[i]!.push(performance.now() - t);
        });
      }
      return meta.layers.map((l, i) => {
        const ms = samples[i]!.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
        return { ...l, ms, gflops: ms > 0 ? (2 * l.macs) / (ms * 1e6) : 0 };
      });
    },
    dispose() {
      exports = undefined;
    },
  };
}
