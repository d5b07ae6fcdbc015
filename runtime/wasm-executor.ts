// Runs a bundle's WebAssembly program: one instance whose memory holds the
// weights, the arena and the input; one call of `run` per inference. Where the
// engine has relaxed SIMD and lets the bundle's fused multiply-add twin be
// compiled, that twin runs on the same memory instead.
import { BundleError, RELAXED_SECTION, TWIN_OF_SECTION, type BundleMeta } from "./bundle-format.ts";
import { layerTimes, type Executor } from "./executor.ts";
import { preprocessInPlace, type KernelExports } from "./preprocess-kernel.ts";

export type SimdVariant = "simd128" | "relaxed-simd";

interface Program {
  run: () => void;
  run_layer: (i: number) => void;
}

interface MainExports extends Program, KernelExports {
  input: WebAssembly.Global;
  output: WebAssembly.Global;
}

/** (func (param v128 v128 v128) (result v128) f32x4.relaxed_madd): valid only where relaxed SIMD is. */
const RELAXED_PROBE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 8, 1, 0x60, 3, 0x7b, 0x7b, 0x7b, 1, 0x7b, 3, 2, 1, 0, 10, 13, 1, 11, 0, 0x20, 0, 0x20, 1, 0x20, 2, 0xfd, 0x85, 2, 0x0b]);

export const hasRelaxedSimd = () => WebAssembly.validate(RELAXED_PROBE);

/**
 * The relaxed-SIMD twin, instantiated on the main module's memory: the module given
 * (compiled ahead from a file of its own, where the engine forbids compiling wasm at
 * run time, as workerd does) or else compiled from the bundle's section.
 */
async function relaxedTwin(module: WebAssembly.Module, meta: BundleMeta, memory: WebAssembly.Memory, ahead?: WebAssembly.Module): Promise<Program | string> {
  if (ahead) checkTwin(ahead, meta);
  const [section] = ahead ? [] : WebAssembly.Module.customSections(module, RELAXED_SECTION);
  if (!ahead && !section) return "the bundle has no relaxed-SIMD code";
  if (!hasRelaxedSimd()) return "this engine has no relaxed SIMD";
  try {
    const twin = await WebAssembly.instantiate(ahead ?? (await WebAssembly.compile(section!)), { env: { memory } });
    return twin.exports as unknown as Program;
  } catch (e) {
    return `the relaxed-SIMD code could not be ${ahead ? "instantiated" : "compiled"} here (${(e as Error).message})`;
  }
}

/** A twin from another bundle would run other weights' code on this memory: refuse it. */
function checkTwin(twin: WebAssembly.Module, meta: BundleMeta): void {
  const [section] = WebAssembly.Module.customSections(twin, TWIN_OF_SECTION);
  const of = section && new TextDecoder().decode(section);
  if (of !== meta.hash) throw new BundleError(`the relaxed-SIMD module is not this bundle's twin (it was written for ${of ? `bundle ${of.slice(0, 12)}` : "no mixc bundle"}, this is ${meta.hash.slice(0, 12)})`);
}

/** Inferences run at load (see createWasmExecutor). */
export const WARMUP_RUNS = 2;

export interface WasmOptions {
  /** Use the relaxed-SIMD twin where the engine has relaxed SIMD. */
  relaxed: boolean;
  /** Run WARMUP_RUNS inferences at load. */
  warmup: boolean;
  relaxedModule?: WebAssembly.Module;
}

export async function createWasmExecutor(module: WebAssembly.Module, meta: BundleMeta, { relaxed, warmup, relaxedModule }: WasmOptions): Promise<Executor> {
  let main: MainExports | undefined = (await WebAssembly.instantiate(module, {})).exports as unknown as MainExports;
  const twin = relaxed ? await relaxedTwin(module, meta, main.memory, relaxedModule) : "relaxed SIMD was turned off";
  let program: Program | undefined = typeof twin === "string" ? main : twin;
  // V8 first runs new code from its baseline compiler (Liftoff, 4-5x slower here) and swaps in
  // optimised code for a function's next call once it has done enough work. Inferences now, on
  // whatever the input holds, do that work, so that the first real inference runs optimised code
  // instead of taking 4-6x a warm one. Two, because one leaves the kernels of small layers short of
  // that work: after one, the first real inference took 1.7x a warm one in Chromium (after two, 0.9x).
  if (warmup) for (let i = 0; i < WARMUP_RUNS; i++) program.run();
  const classes = meta.output.shape.reduce((a, b) => a * b, 1);
  const live = () => {
    if (!main || !program) throw new Error("this model has been disposed");
    return { main, program };
  };
  const logits = (main: MainExports) => new Float32Array(main.memory.buffer, main.output.value as number, classes).slice();
  return {
    variant: typeof twin === "string" ? "simd128" : "relaxed-simd",
    ...(typeof twin === "string" ? { fallback: twin } : {}),
    async run(input) {
      const { main, program } = live();
      new Float32Array(main.memory.buffer, main.input.value as number, input.length).set(input);
      program.run();
      return logits(main);
    },
    async runImage(image) {
      const { main, program } = live();
      preprocessInPlace(main, image, meta.name);
      program.run();
      return logits(main);
    },
    async profile(runs) {
      const { program } = live();
      const samples = meta.layers.map(() => [] as number[]);
      for (let r = 0; r < runs; r++) {
        meta.layers.forEach((_, i) => {
          const t = performance.now();
          program.run_layer(i);
          samples[i]!.push(performance.now() - t);
        });
      }
      return layerTimes(meta.layers, samples);
    },
    dispose() {
      main = undefined;
      program = undefined;
    },
  };
}
