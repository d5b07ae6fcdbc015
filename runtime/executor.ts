// What the runtime asks of a backend (the wasm and the WebGPU executors).
import type { RgbaImage } from "./preprocess.ts";

export interface LayerTime {
  name: string;
  kernels: string[];
  macs: number;
  /** Median milliseconds over the profiled runs. */
  ms: number;
  gflops: number;
  /** The layer whose step runs this one (band fusion on WebAssembly): its ms and GFLOP/s include this layer's, whose own are 0. */
  timedWith?: string;
}

export interface Executor {
  /** Which code runs: "relaxed-simd" or "simd128" on wasm, the adapter ("vendor architecture") on WebGPU. */
  variant: string;
  /** Threads running each inference on wasm (absent: one). */
  threads?: number;
  /** Why a faster path is not taken, when it is not: the relaxed-SIMD twin, threads, half precision on WebGPU. */
  fallback?: string;
  run(input: Float32Array): Promise<Float32Array>;
  /** Logits for RGBA pixels, preprocessed by the bundle's own code (runtime/preprocess-kernel.ts) straight into its input. */
  runImage(image: RgbaImage): Promise<Float32Array>;
  /** Times each layer separately, `runs` times; the input is whatever the last run left. */
  profile(runs: number): Promise<LayerTime[]>;
  dispose(): void;
}

/** The median of each layer's samples, with its GFLOP/s (2 flops per MAC, over the layers its step runs). */
export function layerTimes(layers: { name: string; kernels: string[]; macs: number; timedWith?: string }[], samples: number[][]): LayerTime[] {
  // A step's work: its layer's MACs and those of the layers it runs (timedWith).
  const stepMacs = new Map(layers.map((l) => [l.name, l.timedWith ? 0 : l.macs]));
  for (const l of layers) if (l.timedWith) stepMacs.set(l.timedWith, stepMacs.get(l.timedWith)! + l.macs);
  return layers.map((l, i) => {
    if (l.timedWith) return { ...l, ms: 0, gflops: 0 };
    const sorted = samples[i]!.sort((a, b) => a - b);
    const ms = sorted[Math.floor(sorted.length / 2)]!;
    return { ...l, ms, gflops: ms > 0 ? (2 * stepMacs.get(l.name)!) / (ms * 1e6) : 0 };
  });
}
