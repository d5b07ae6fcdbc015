// Runs a bundle's WebAssembly program: one instance whose memory holds the
// weights, the arena and the input; one call of `run` per inference. Where the
// engine has relaxed SIMD and lets the bundle's fused multiply-add twin be
// compiled, that twin runs on the same memory instead.
import { RELAXED_SECTION, type BundleMeta } from "./bundle.ts";
import { layerTimes, type Executor } from "./executor.ts";

export type SimdVariant = "simd128" | "relaxed-simd";

interface Program {
  run: () => void;
  run_layer: (i: number) => void;
}

interface MainExports extends Program {
  memory: WebAssembly.Memory;
  input: WebAssembly.Global;
  output: WebAssembly.Global;
}

/** (func (param v128 v128 v128) (result v128) f32x4.relaxed_madd): valid only where relaxed SIMD is. */
const RELAXED_PROBE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 8, 1, 0x60, 3, 0x7b, 0x7b, 0x7b, 1, 0x7b, 3, 2, 1, 0, 10, 13, 1, 11, 0, 0x20, 0, 0x20, 1, 0x20, 2, 0xfd, 0x85, 2, 0x0b]);

export const hasRelaxedSimd = () => WebAssembly.validate(RELAXED_PROBE);

async function relaxedTwin(module: WebAssembly.Module, memory: WebAssembly.Memory): Promise<Program | string> {
  const [section] = WebAssembly.Module.customSections(module, RELAXED_SECTION);
  if (!section) return "the bundle has no relaxed-SIMD code";
  if (!hasRelaxedSimd()) return "this engine has no relaxed SIMD";
  try {
    const twin = await WebAssembly.instantiate(await WebAssembly.compile(section), { env: { memory } });
    return twin.exports as unknown as Program;
  } catch (e) {
    return `the relaxed-SIMD code could not be compiled here (${(e as Error).message})`;
  }
}

export async function createWasmExecutor(module: WebAssembly.Module, meta: BundleMeta, relaxed: boolean): Promise<Executor> {
  let main: MainExports | undefined = (await WebAssembly.instantiate(module, {})).exports as unknown as MainExports;
  const twin = relaxed ? await relaxedTwin(module, main.memory) : "relaxed SIMD was turned off";
  let program: Program | undefined = typeof twin === "string" ? main : twin;
  const classes = meta.output.shape.reduce((a, b) => a * b, 1);
  const live = () => {
    if (!main || !program) throw new Error("this model has been disposed");
    return { main, program };
  };
  return {
    variant: typeof twin === "string" ? "simd128" : "relaxed-simd",
    ...(typeof twin === "string" ? { fallback: twin } : {}),
    async run(input) {
      const { main, program } = live();
      new Float32Array(main.memory.buffer, main.input.value as number, input.length).set(input);
      program.run();
      return new Float32Array(main.memory.buffer, main.output.value as number, classes).slice();
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
