// What the runtime asks of a backend (the wasm and the WebGPU executors).
import type { RgbaImage } from "./preprocess.ts";

export interface LayerTime {
  name: string;
  kernels: string[];
  macs: number;
  /** Median milliseconds over the profiled runs. */
  ms: number;
  gflops: number;
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

/** The median of each layer's samples, with its GFLOP/s (2 flops per MAC). */
export function layerTimes(layers: { name: string; kernels: string[]; macs: number }[], samples: number[][]): LayerTime[] {
  return layers.map((l, i) => {
    const sorted = samples[i]!.sort((a, b) => a - b);
    const ms = sorted[Math.floor(sorted.length / 2)]!;
    return { ...l, ms, gflops: ms > 0 ? (2 * l.macs) / (ms * 1e6) : 0 };
  });
}
