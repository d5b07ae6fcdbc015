// The table-driven kernel sweep's networks, compiled once per process and shared
// by the WebAssembly tester (test/kernels/kernel-table.test.ts), Dawn in Node
// (kernels.test.ts) and Chromium (test/browser/webgpu-kernels.test.ts). The
// networks are the shape grid of test/kernels/kernel-grid.ts, one set per entry
// of the kernel table.
import { kernelFor } from "../../compiler/backend/kernel-table.ts";
import { compile } from "../../compiler/compile.ts";
import { interpret } from "../../compiler/interp/interpret.ts";
import { paddedChannels, wholeFloats } from "../../compiler/ir/physical.ts";
import { gpuArena } from "../../compiler/backend/webgpu/program.ts";
import type { Op } from "../../compiler/ir/types.ts";
import { GRID } from "../kernels/kernel-grid.ts";
import { maxAbsDiff, tolerance } from "../shared.ts";
import { specFile } from "../spec-file.ts";

/** Every sweep network's body by name. */
export const NETWORKS: Record<string, string> = Object.assign({}, ...Object.values(GRID));

/** A sweep network as a spec file; returns its path. */
export const writeSpec = (name: string, body: string): string => specFile(`network ${name} {\n  ${body}\n}\n`, `${name}.mix`);

const prepared = new Map<string, ReturnType<typeof compileCase>>();

/**
 * A sweep network compiled, its reference values, the WebGPU runner's arguments
 * and a check of its per-layer results; once per process, the runs on several
 * backends only read them.
 */
export function prepare(name: string, body: string): ReturnType<typeof compileCase> {
  if (!prepared.has(name)) prepared.set(name, compileCase(name, body));
  return prepared.get(name)!;
}

export interface LayerCheck {
  layer: string;
  /** The kernel table entry that ran it. */
  form: string;
  difference: number;
  tolerance: number;
  /** Padding channels (beyond the logical ones) that do not hold zero. */
  dirtyPadding: number;
}

async function compileCase(name: string, body: string) {
  const { bytes, gpu, program, model } = await compile(writeSpec(name, body), { seed: 5 });
  const { graph, weights } = model;
  const input = new Float32Array(graph.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.fround(Math.sin(i * 0.61) * 1.3));
  const reference = interpret(graph, weights!, input, () => true).values;
  const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, {});
  const memory = (instance.exports as { memory: WebAssembly.Memory }).memory;
  // Each layer's output in the GPU's arena buffer (a band-fused 1x1's whole, where the wasm arena holds a ring).
  const gpuValue = gpuArena(graph, program).value;
  const outputs = Object.fromEntries(graph.ops.map((op) => [op.out, [gpuValue(op.out), wholeFloats(op)]]));
  const args = { program: gpu!, weights: Array.from(new Uint8Array(memory.buffer, 0, gpu!.weightsBytes)), input: Array.from(input), features: [], outputs };
  /** One layer's NHWC output (cp physical channels) against the interpreter's NCHW value. */
  const checkLayer = (op: Op, got: ArrayLike<number>): LayerCheck => {
    const cp = paddedChannels(op);
    const [, ch, h = 1, w = 1] = op.shape!;
    const nchw = new Float64Array(ch! * h * w);
    let dirtyPadding = 0;
    for (let p = 0; p < h * w; p++) {
      for (let c = 0; c < ch!; c++) nchw[c * h * w + p] = got[p * cp + c]!;
      // The SE gate's padding is never read as channels.
      if (op.op !== "se") for (let c = ch!; c < cp; c++) if (got[p * cp + c] !== 0) dirtyPadding++;
    }
    const ref = reference.get(op.out)!.data;
    return { layer: op.out, form: kernelFor(graph, op)!.form, difference: maxAbsDiff(nchw, ref), tolerance: tolerance(ref), dirtyPadding };
  };
  /** Every layer checked, given each layer's arena slice. */
  const check = (arenas: Record<string, ArrayLike<number>>) => graph.ops.map((op) => checkLayer(op, arenas[op.out]!));
  return { graph, bytes, program, args, check, checkLayer };
}
