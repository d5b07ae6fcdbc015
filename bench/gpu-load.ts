// What a WebGPU model's first inference costs on the CPU before any GPU work:
// loadModel and the first run on Dawn's null backend, which parses and
// validates every shader (Tint's front end) but translates, compiles and runs nothing; beside
// it the same on wasm. A real GPU adds its driver's shader compilation and the
// kernels' time to the first row; the goal for the whole first inference is
// 300 ms. bench/integrity.ts times two parts of loading, the sha256 check and
// WebAssembly.compile.
//   npx tsx bench/gpu-load.ts [SPEC] [ROUNDS]
import { create, globals } from "webgpu";
import { compile } from "../compiler/compile.ts";
import { loadModel, type LoadOptions } from "../runtime/index.ts";
import { alternate, median } from "./timing.ts";

const [spec = "specs/mixnet-m.mix", rounds = "15"] = process.argv.slice(2);
Object.assign(globalThis, globals);
const gpu = create(["backend=null"]);
const { bytes, meta } = await compile(spec, { seed: 0 });
const input = new Float32Array(meta.input.shape.reduce((a, b) => a * b, 1));

/** From bundle bytes to the first logits, the model disposed after. */
const firstInference = (options: LoadOptions) => async () => {
  const model = await loadModel(bytes, options);
  await model.run(input);
  model.dispose();
};

const times = await alternate(
  [
    { name: "loadModel + first run, webgpu on Dawn's null backend", run: firstInference({ backend: "webgpu", gpu }) },
    { name: "loadModel + first run, wasm (for comparison)", run: firstInference({ backend: "wasm" }) },
  ],
  { warmup: 2, rounds: Number(rounds) },
);
console.log(`${spec}: ${(bytes.length / 1e6).toFixed(2)} MB bundle, ${rounds} alternating rounds (medians)`);
for (const [name, samples] of times) console.log(`  ${name.padEnd(56)} ${median(samples).toFixed(1)} ms`);
