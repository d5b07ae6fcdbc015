// The inline activations' throughput: each one applied in place over a
// 56x56x192 tensor (the largest swish in MixNet-M), on plain SIMD and with the
// relaxed-SIMD twin's fused multiply-adds; nanoseconds per element (median) and
// the largest error relative to float64.
//   npx tsx bench/activations.ts [ROUNDS]
import v8 from "node:v8";
import { assemble } from "../compiler/backend/wasm/module.ts";
import { ACT_LOCALS, activationGlobals, inPlace } from "../kernels/wasm/activation.ts";
import type { Act } from "../kernels/activation.ts";
import { forLoop, get, i32 } from "../kernels/wasm/wat.ts";
import { median } from "./timing.ts";

v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
// Optimised code from the start: the first modules of a process otherwise kept their baseline
// (Liftoff) code through all their rounds (relu, timed first, measured 0.22 ns/el against 0.08).
v8.setFlagsFromString("--no-liftoff");
const [rounds = "200"] = process.argv.slice(2);
const N = 56 * 56 * 192;
const REFERENCE: Record<Act, (x: number) => number> = {
  none: (x) => x,
  relu: (x) => Math.max(x, 0),
  relu6: (x) => Math.min(Math.max(x, 0), 6),
  swish: (x) => x / (1 + Math.exp(-x)),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  hswish: (x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6,
  hsigmoid: (x) => Math.min(Math.max(x + 3, 0), 6) / 6,
};

/** A module whose run(bytes) applies `act` in place to memory [0, bytes). */
function kernel(act: Act, fma: boolean) {
  const wat = `(module (memory (export "memory") ${Math.ceil((N * 4) / 65536)})
${activationGlobals()}
(func (export "run") (param $n i32) (local $i i32) ${ACT_LOCALS}
  ${forLoop("i", i32(0), get("n"), 16, inPlace(act, get("i"), fma))}))`;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(assemble(wat, fma) as Uint8Array<ArrayBuffer>));
  return instance.exports as { run: (bytes: number) => void; memory: WebAssembly.Memory };
}

const input = Float32Array.from({ length: N }, (_, i) => Math.sin(i * 0.37) * 8);
console.log(`in place over ${N} floats, ${rounds} rounds (medians)\n\nactivation  plain ns/el  relaxed ns/el  max rel err`);
for (const act of ["relu", "relu6", "swish", "sigmoid", "hswish", "hsigmoid"] as const) {
  const cells: string[] = [];
  let error = 0;
  for (const fma of [false, true]) {
    const { run, memory } = kernel(act, fma);
    const data = new Float32Array(memory.buffer, 0, N);
    const times: number[] = [];
    for (let r = 0; r < Number(rounds); r++) {
      data.set(input);
      const t = performance.now();
      run(N * 4);
      times.push(performance.now() - t);
    }
    input.forEach((x, i) => (error = Math.max(error, Math.abs(data[i]! - REFERENCE[act](x)) / Math.max(1e-3, Math.abs(REFERENCE[act](x))))));
    cells.push(((median(times) * 1e6) / N).toFixed(2));
  }
  console.log(`${act.padEnd(10)}  ${cells[0]!.padStart(10)}  ${cells[1]!.padStart(13)}  ${error.toExponential(1).padStart(11)}`);
}
