// What checking a bundle's sha256 at load costs: verifyBundle (the whole file
// hashed with crypto.subtle, as loadModel does for bytes, a URL or a Response)
// against WebAssembly.compile of the same bytes and the whole loadModel, on
// MixNet-M with seeded weights. Medians of alternating runs.
//   npx tsx bench/integrity.ts [SPEC] [RUNS]
import { compile } from "../compiler/compile.ts";
import { loadModel, verifyBundle } from "../runtime/index.ts";
import { alternate, median } from "./timing.ts";

const [spec = "specs/mixnet-m.mix", runs = "15"] = process.argv.slice(2);
const { bytes } = await compile(spec, { seed: 0 });
const times = await alternate(
  [
    { name: "verify", run: () => verifyBundle(bytes) },
    { name: "compile", run: () => WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>) },
    { name: "load", run: async () => (await loadModel(bytes, { backend: "wasm" })).dispose() },
  ],
  { warmup: 0, rounds: Number(runs) },
);
const [verify, compiled, load] = ["verify", "compile", "load"].map((name) => median(times.get(name)!));
console.log(`${spec}: ${(bytes.length / 1e6).toFixed(2)} MB bundle, ${runs} runs (medians)`);
console.log(`  verifyBundle (sha256 of the file)  ${verify!.toFixed(1)} ms  (${(bytes.length / 1e6 / (verify! / 1000)).toFixed(0)} MB/s)`);
console.log(`  WebAssembly.compile                ${compiled!.toFixed(1)} ms`);
console.log(`  loadModel (wasm), verify included  ${load!.toFixed(1)} ms: the check is ${((100 * verify!) / load!).toFixed(0)}% of it`);
