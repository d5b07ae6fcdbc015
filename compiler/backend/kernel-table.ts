// The kernel table: one entry per op form, in the order they are tried. Each
// says which ops it takes, which packed weight blocks it stores, and how each
// backend runs it (the wasm kernel calls, the WGSL dispatches), both reading
// those blocks by their index in the op's list. Both backends, the tests and
// the kernel benchmark read this table, so a new op form is one entry here.
import { UserError } from "../errors.ts";
import { convAttrs, type ConvAttrs } from "../ir/ops.ts";
import type { Graph, Op } from "../ir/types.ts";
import { depthwiseCalls, linearCalls, meanCalls, pointwiseCalls, seCalls, stemCalls, type KernelCall, type LoweringOptions } from "./wasm/calls.ts";
import { gpuDepthwise, gpuLinear, gpuMean, gpuPointwise, gpuSe, gpuStem, type PlannedDispatch } from "./webgpu/dispatches.ts";
import { bandCalls } from "./wasm/band-calls.ts";
import { readsRing, ringRows } from "../ir/physical.ts";
import { depthwiseWeights, linearWeights, noWeights, pointwiseWeights, seWeights, stemWeights, type WeightBlock } from "./weight-blocks.ts";

export interface KernelEntry {
  /** The op form, as tests and benchmarks name it. */
  form: "depthwise" | "pointwise" | "stem" | "se" | "mean" | "linear";
  matches(g: Graph, op: Op): boolean;
  /** The op's packed weights, which both backends read in place. */
  weights(g: Graph, op: Op): WeightBlock[];
  wasm(g: Graph, op: Op, o: LoweringOptions): KernelCall[];
  webgpu(g: Graph, op: Op): PlannedDispatch[];
}

const conv = (test: (a: ConvAttrs, g: Graph, op: Op) => boolean) => (g: Graph, op: Op) => op.op === "conv" && test(convAttrs(op), g, op);

export const KERNELS: readonly KernelEntry[] = [
  { form: "depthwise", matches: conv((a) => a.dw && !a.gate), weights: depthwiseWeights, wasm: depthwiseCalls, webgpu: gpuDepthwise },
  { form: "pointwise", matches: conv((a) => !a.dw && a.k.every((k) => k === 1) && a.s === 1), weights: pointwiseWeights, wasm: pointwiseCalls, webgpu: gpuPointwise },
  { form: "stem", matches: conv((a, g, op) => !a.dw && a.k.length === 1 && op.ins[0] === g.input.name && !a.gate && !a.res), weights: stemWeights, wasm: stemCalls, webgpu: gpuStem },
  { form: "se", matches: (_, op) => op.op === "se", weights: seWeights, wasm: seCalls, webgpu: gpuSe },
  { form: "mean", matches: (_, op) => op.op === "mean", weights: noWeights, wasm: meanCalls, webgpu: gpuMean },
  { form: "linear", matches: (_, op) => op.op === "linear", weights: linearWeights, wasm: linearCalls, webgpu: gpuLinear },
];

export const kernelFor = (g: Graph, op: Op): KernelEntry | undefined => KERNELS.find((k) => k.matches(g, op));

const showOp = (op: Op) => `%${op.out} = ${op.op}(${op.ins.map((i) => `%${i}`).join(", ")})`;

/** The op's entry; `backend` names what has no kernel for it otherwise. */
function entryFor(g: Graph, op: Op, backend: string, detail = ""): KernelEntry {
  const entry = kernelFor(g, op);
  if (!entry) throw new UserError(`${backend} has no kernel for ${showOp(op)}${detail}`);
  return entry;
}

/** The WebAssembly kernel calls that run one op. */
export function lowerOp(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  return entryFor(g, op, "the WebAssembly backend", ` ${JSON.stringify(op.attrs)}`).wasm(g, op, o);
}

/** The packed weight blocks of one op, in the order the bundle stores them. */
export function weightBlocks(g: Graph, op: Op): WeightBlock[] {
  return entryFor(g, op, "mixc").weights(g, op);
}

/** The WebGPU dispatches that run one op. */
export function gpuDispatches(g: Graph, op: Op): PlannedDispatch[] {
  return entryFor(g, op, "the WebGPU backend").webgpu(g, op);
}

/** What runs one op on each backend, decided once by the lowering pass. */
export interface OpSchedule {
  form: KernelEntry["form"];
  /** The op's packed weight blocks; the calls and the dispatches name them by index. */
  weights: WeightBlock[];
  /** The kernel functions that compute the op, in the order of its calls. */
  kernels: string[];
  /**
   * The wasm kernel calls of the op's step, with mul + add and with fused multiply-adds (the relaxed-SIMD
   * twin). A band-fused pair's calls are all in the depthwise's step; the 1x1's step has none.
   */
  wasm: KernelCall[];
  wasmFma: KernelCall[];
  gpu: PlannedDispatch[];
}

/** The graph's schedule, one entry per op, in order; both backends build from it. */
export function scheduleGraph(g: Graph): OpSchedule[] {
  const steps = (o: LoweringOptions) =>
    g.ops.map((op, i) => {
      if (ringRows(op) !== undefined) return [];
      return readsRing(g, i) ? bandCalls(g, i - 1, o) : lowerOp(g, op, o);
    });
  const own = g.ops.map((op) => lowerOp(g, op, { fma: false }).map((c) => c.kernel)); // first: it names the op that no entry matches
  const [wasm, wasmFma] = [steps({ fma: false }), steps({ fma: true })];
  // A band-fused depthwise's kernels are those of its step that are not its 1x1's (the ring's variants of its own).
  const kernels = g.ops.map((_, i) => (readsRing(g, i) ? [...new Set(wasm[i]!.map((c) => c.kernel))].filter((k) => !own[i - 1]!.includes(k)) : own[i]!));
  return g.ops.map((op, i) => ({ form: kernelFor(g, op)!.form, weights: weightBlocks(g, op), kernels: kernels[i]!, wasm: wasm[i]!, wasmFma: wasmFma[i]!, gpu: gpuDispatches(g, op) }));
}

/** Every shader that these dispatches use, once. */
export const uniqueShaders = (dispatches: PlannedDispatch[]): PlannedDispatch["shader"][] => [...new Map(dispatches.map((d) => [d.shader.name, d.shader] as const)).values()];

/** Every shader the graph's dispatches use, once. */
export const gpuShaders = (g: Graph): PlannedDispatch["shader"][] => uniqueShaders(g.ops.flatMap((op) => gpuDispatches(g, op)));
