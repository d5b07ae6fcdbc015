// Each layer of a compiled network run alone (its run_layer(i) export), in a loop long
// enough to time, the best loop counting; and each layer's floating-point work. Shared by
// npm run bench (GFLOP/s per kernel group) and npm run bench:kernels (per table entry).
import { kernelFor } from "../compiler/backend/kernel-table.ts";
import type { compile } from "../compiler/compile.ts";
import { opMacs } from "../compiler/ir/stats.ts";
import type { Graph } from "../compiler/ir/types.ts";
import { readsRing, ringRows } from "../compiler/ir/physical.ts";

type Compiled = Awaited<ReturnType<typeof compile>>;

/** Shortest timed loop, and how many loops per layer (the best counts). */
const LOOP_MS = 2;

/**
 * Whole-network runs before any layer is timed, and calls of each layer before its loops:
 * a fresh module runs V8's baseline code until its optimised code is compiled in the
 * background, which a 2 ms warm-up did not always outlast: two modules of the same code then
 * differed by up to 13% in a network's layer sum; with this warm-up, by 0.02-1.1%, with one
 * outlier of 6.5% (MixNet-M, relaxed SIMD).
 */
const WARMUP_RUNS = 20;
const WARMUP_CALLS = 30;

/** Best time of one call of `run`, in seconds. */
function bestSeconds(run: () => void, loops: number): number {
  for (let i = 0; i < WARMUP_CALLS; i++) run();
  let n = 1;
  for (let t0 = performance.now(); performance.now() - t0 < LOOP_MS; n *= 2) for (let i = 0; i < n; i++) run();
  let best = Infinity;
  for (let l = 0; l < loops; l++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) run();
    best = Math.min(best, (performance.now() - t0) / 1e3 / n);
  }
  return best;
}

/** Seconds per layer, on the plain SIMD module and on the relaxed-SIMD twin (which shares its memory). */
export async function layerSeconds(compiled: Compiled, loops: number): Promise<{ simd128: number[]; relaxed: number[] }> {
  const { instance } = await WebAssembly.instantiate(compiled.bytes as Uint8Array<ArrayBuffer>, {});
  const main = instance.exports as unknown as { memory: WebAssembly.Memory; run: () => void; run_layer: (i: number) => void };
  const twin = (await WebAssembly.instantiate(compiled.program.relaxedCode as Uint8Array<ArrayBuffer>, { env: { memory: main.memory } })).instance.exports as { run: () => void; run_layer: (i: number) => void };
  const seconds = (program: typeof twin) => {
    for (let i = 0; i < WARMUP_RUNS; i++) program.run();
    return compiled.model.graph.ops.map((_, i) => bestSeconds(() => program.run_layer(i), loops));
  };
  return { simd128: seconds(main), relaxed: seconds(twin) };
}

/** Floating-point operations per layer: 2 per multiply-accumulate; a mean adds every input element once. */
export function layerFlops(compiled: Compiled): number[] {
  const { graph, weights } = compiled.model;
  const elements = (name: string) => graph.ops.find((o) => o.out === name)!.shape!.reduce((a, b) => a * b, 1);
  return graph.ops.map((op) => (op.op === "mean" ? elements(op.ins[0]!) : 2 * opMacs(op, (name) => [weights!.get(name)!.length])));
}

/** A band-fused 1x1 and its depthwise (compiler/passes/band-fusion.ts) run in one layer's step, so they are timed together, under this name. */
export const IN_BANDS = "1x1 + depthwise, in bands";

/** Layer i's kernel-table form, or IN_BANDS. */
export function layerForm(graph: Graph, i: number): string {
  const inBands = ringRows(graph.ops[i]!) !== undefined || readsRing(graph, i);
  return inBands ? IN_BANDS : kernelFor(graph, graph.ops[i]!)!.form;
}

/** Layer i's kernel group: its form, and for 1x1 convolutions the fused activation too. */
export function kernelGroup(graph: Graph, i: number): string {
  const form = layerForm(graph, i);
  return form === "pointwise" ? `pointwise, ${(graph.ops[i]!.attrs.act as string | undefined) ?? "no activation"}` : form;
}
