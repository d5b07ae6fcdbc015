// The single-thread WebAssembly SIMD peak that mixc and its peers are measured
// against: the product's own measurement (compiler/report/simd-peak.ts, which
// `mixc report` draws against), with Node 20's relaxed-SIMD flag set first.
import v8 from "node:v8";
import { measureSimdPeak as measure, type SimdPeak } from "../compiler/report/simd-peak.ts";

export function measureSimdPeak(): SimdPeak {
  // Relaxed SIMD is behind a flag in Node 20 (V8 11.3); it must be set before compiling.
  v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
  return measure();
}
