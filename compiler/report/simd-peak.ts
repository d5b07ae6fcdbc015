// The single-thread WebAssembly SIMD peak (GFLOP/s) of the machine it runs on:
// the ceiling `mixc report` draws each layer's GFLOP/s against. Each kernel
// updates ACCS independent f32x4 accumulators per loop iteration: enough
// dependency chains to cover the mul+add (or FMA) latency on every vector port
// (12 measured best on a 4 GHz Xeon: 10 lose ~10% of mul+add, 14 lose ~20% of FMA).
import binaryen from "binaryen";

const ACCS = 12;
const ITERS = 1_000_000; // ~2 ms per call at peak: short calls dodge preemption on a shared machine
const REPEATS = 50;

export interface SimdPeak {
  /** f32x4 multiply then add. */
  mulAdd: number;
  /** Relaxed SIMD's fused multiply-add; null where the engine lacks relaxed SIMD (Node 20 needs --experimental-wasm-relaxed-simd). */
  fma: number | null;
}

// 8 flops per accumulator update: 4 lanes x (mul + add), fused or not.
function kernel(update: (acc: string) => string): Uint8Array<ArrayBuffer> {
  const accs = Array.from({ length: ACCS }, (_, i) => `$a${i}`);
  // acc * 0.5 + 1 converges to 2: no overflow, no denormals.
  const wat = `(module (func (export "run") (param $n i32) (result f32)
    ${accs.map((a) => `(local ${a} v128)`).join(" ")}
    (local $m v128) (local $c v128)
    (local.set $m (f32x4.splat (f32.const 0.5)))
    (local.set $c (f32x4.splat (f32.const 1)))
    (loop $l
      ${accs.map((a) => `(local.set ${a} ${update(a)})`).join("\n      ")}
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    ;; the sum keeps every chain live
    (f32x4.extract_lane 0 ${accs.slice(1).reduce((s, a) => `(f32x4.add ${s} (local.get ${a}))`, `(local.get ${accs[0]})`)})))`;
  const mod = binaryen.parseText(wat);
  mod.setFeatures(binaryen.Features.SIMD128 | binaryen.Features.RelaxedSIMD);
  const bytes = new Uint8Array(mod.emitBinary()); // typed ArrayBuffer-backed, as BufferSource requires
  mod.dispose();
  return bytes;
}

function gflops(bytes: Uint8Array<ArrayBuffer>): number {
  const run = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.run as (n: number) => number;
  // Early calls run Liftoff code while TurboFan compiles in the background; the best call is the peak.
  let best = 0;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    run(ITERS);
    const s = (performance.now() - t0) / 1e3;
    best = Math.max(best, (ITERS * ACCS * 8) / s / 1e9);
  }
  return best;
}

/** Measures both peaks (about 0.2 s). The caller enables relaxed SIMD in Node 20 before any wasm compiles, if it wants the FMA peak. */
export function measureSimdPeak(): SimdPeak {
  const mulAdd = gflops(kernel((a) => `(f32x4.add (f32x4.mul (local.get ${a}) (local.get $m)) (local.get $c))`));
  const fmaBytes = kernel((a) => `(f32x4.relaxed_madd (local.get ${a}) (local.get $m) (local.get $c))`);
  return { mulAdd, fma: WebAssembly.validate(fmaBytes) ? gflops(fmaBytes) : null };
}

/** The peak a bundle's code can reach: FMA where it ran its relaxed-SIMD twin, else multiply then add. */
export function peakFor(variant: string, peak: SimdPeak): { gflops: number; kind: string } {
  return variant === "relaxed-simd" && peak.fma !== null ? { gflops: peak.fma, kind: "fused multiply-add, relaxed SIMD" } : { gflops: peak.mulAdd, kind: "multiply then add, SIMD128" };
}
