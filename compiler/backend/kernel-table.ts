// The kernel table: one entry per op form, in the order they are tried. Each
// says which ops it takes and how each backend runs them (the wasm kernel calls,
// the WGSL dispatches). Both backends, the tests and the kernel benchmark read
// this table, so a new op form is one entry here.
import { UserError } from "../errors.ts";
import { convAttrs, type ConvAttrs } from "../ir/ops.ts";
import type { Graph, Op } from "../ir/types.ts";
import { depthwiseCalls, linearCalls, meanCalls, pointwiseCalls, seCalls, stemCalls, type KernelCall, type LoweringOptions } from "./wasm/calls.ts";
import { gpuDepthwise, gpuLinear, gpuMean, gpuPointwise, gpuSe, gpuStem, type PlannedDispatch } from "./webgpu/dispatches.ts";

export interface KernelEntry {
  /** The op form, as tests and benchmarks name it. */
  form: "depthwise" | "pointwise" | "stem" | "se" | "mean" | "linear";
  matches(g: Graph, op: Op): boolean;
  wasm(g: Graph, op: Op, o: LoweringOptions): KernelCall[];
  webgpu(g: Graph, op: Op): PlannedDispatch[];
}

const conv = (test: (a: ConvAttrs, g: Graph, op: Op) => boolean) => (g: Graph, op: Op) => op.op === "conv" && test(convAttrs(op), g, op);

export const KERNELS: readonly KernelEntry[] = [
  { form: "depthwise", matches: conv((a) => a.dw && !a.gate), wasm: depthwiseCalls, webgpu: gpuDepthwise },
  { form: "pointwise", matches: conv((a) => !a.dw && a.k.every((k) => k === 1) && a.s === 1), wasm: pointwiseCalls, webgpu: gpuPointwise },
  { form: "stem", matches: conv((a, g, op) => !a.dw && a.k.length === 1 && op.ins[0] === g.input.name && !a.gate && !a.res), wasm: stemCalls, webgpu: gpuStem },
  { form: "se", matches: (_, op) => op.op === "se", wasm: seCalls, webgpu: gpuSe },
  { form: "mean", matches: (_, op) => op.op === "mean", wasm: meanCalls, webgpu: gpuMean },
  { form: "linear", matches: (_, op) => op.op === "linear", wasm: linearCalls, webgpu: gpuLinear },
];

export const kernelFor = (g: Graph, op: Op): KernelEntry | undefined => KERNELS.find((k) => k.matches(g, op));

const showOp = (op: Op) => `%${op.out} = ${op.op}(${op.ins.map((i) => `%${i}`).join(", ")})`;

/** The WebAssembly kernel calls that run one op. */
export function lowerOp(g: Graph, op: Op, o: LoweringOptions): KernelCall[] {
  const entry = kernelFor(g, op);
  if (!entry) throw new UserError(`the WebAssembly backend has no kernel for ${showOp(op)} ${JSON.stringify(op.attrs)}`);
  return entry.wasm(g, op, o);
}

/** The WebGPU dispatches that run one op. */
export function gpuDispatches(g: Graph, op: Op): PlannedDispatch[] {
  const entry = kernelFor(g, op);
  if (!entry) throw new UserError(`the WebGPU backend has no kernel for ${showOp(op)}`);
  return entry.webgpu(g, op);
}

/** What runs one op on each backend, decided once by the lowering pass. */
export interface OpSchedule {
  form: KernelEntry["form"];
  /** The wasm kernel calls, with mul + add and with fused multiply-adds (the relaxed-SIMD twin). */
  wasm: KernelCall[];
  wasmFma: KernelCall[];
  gpu: PlannedDispatch[];
}

/** The graph's schedule, one entry per op, in order; both backends build from it. */
export function scheduleGraph(g: Graph): OpSchedule[] {
  return g.ops.map((op) => {
    const wasm = lowerOp(g, op, { fma: false }); // first: it names the op that no entry matches
    return { form: kernelFor(g, op)!.form, wasm, wasmFma: lowerOp(g, op, { fma: true }), gpu: gpuDispatches(g, op) };
  });
}

/** Every shader that these dispatches use, once. */
export const uniqueShaders = (dispatches: PlannedDispatch[]): PlannedDispatch["shader"][] => [...new Map(dispatches.map((d) => [d.shader.name, d.shader] as const)).values()];

/** Every shader the graph's dispatches use, once. */
export const gpuShaders = (g: Graph): PlannedDispatch["shader"][] => uniqueShaders(g.ops.flatMap((op) => gpuDispatches(g, op)));
