// What `mixc report` shows, as plain data: the network as compiled (stem,
// blocks, head; each op with its groups, what was fused into it and its
// shape), the memory plan, parameters and MACs per layer, the elementwise
// work the paper's FLOPS include, and the timing when there is one. The page
// embeds this object, so a reader (or a test) can check every number drawn.
import { readMeta } from "../../runtime/bundle-format.ts";
import { WEBGPU_SECTION } from "../../runtime/webgpu-program.ts";
import { UserError } from "../errors.ts";
import { convAttrs } from "../ir/ops.ts";
import { kernelNames } from "../ir/physical.ts";
import { computeStats, opMacs, type Stats } from "../ir/stats.ts";
import type { Graph, Op } from "../ir/types.ts";
import { arenaPlan, type ArenaPlan } from "./arena-buffers.ts";
import { elementwiseOps, type ElementwiseOps } from "./elementwise.ts";
import { paperModelOf, PAPER_MODELS, type PaperModel } from "./paper.ts";

export interface ReportGroup {
  k: number;
  cin: number;
  cout: number;
}

export interface ReportNode {
  name: string;
  op: string;
  /** "stem", "S.B" for blocks.S.B, or "head". */
  block: string;
  shape: number[];
  /** A convolution's groups (one for a plain convolution; several for a MixConv or a grouped 1x1). */
  groups?: ReportGroup[];
  depthwise?: boolean;
  stride?: number;
  /** What the fuse pass folded into the op: "act swish", "SE gate", "residual". */
  fused: string[];
  /** The op's other inputs by value name: the SE gate and the residual's source. */
  inputs: string[];
  kernels: string[];
  macs: number;
}

export interface ReportLayerTime {
  name: string;
  kernels: string[];
  macs: number;
  ms: number;
  gflops: number;
  share: number;
}

export interface ReportTiming {
  backend: string;
  variant: string;
  runs: number;
  median_ms: number;
  p10_ms: number;
  p90_ms: number;
  layers: ReportLayerTime[];
  /** "measured by mixc report" or the file it came from. */
  source: string;
}

export interface ReportPeak {
  gflops: number;
  /** "fused multiply-add (relaxed SIMD)" or "multiply then add (SIMD128)". */
  kind: string;
}

export interface ReportInput {
  /** Where the network came from: the spec (and the bundle). */
  source: string;
  /** The graph after shape inference (before folding and fusion): the stats' and the elementwise count's. */
  shaped: Graph;
  /** The graph after the last pass: fused, laid out, planned and lowered. */
  compiled: Graph;
  /** The bundle compiled from the spec (its metadata, and whether it carries a WebGPU program). */
  bundle: Uint8Array;
  timing?: ReportTiming;
  peak?: ReportPeak;
  /** Notes for the reader, such as where the weights came from. */
  notes: string[];
}

export interface Report {
  network: string;
  source: string;
  input: number[];
  output: number[];
  bundle: { compiler: string; weightsDtype: string; weightsBytes: number; weightsStoredBytes: number; codeBytes: number; arenaBytes: number; webgpu: boolean; layers: number };
  nodes: ReportNode[];
  memory: ArenaPlan;
  stats: Stats;
  elementwise: ElementwiseOps;
  paper: { models: PaperModel[]; match?: string };
  timing?: ReportTiming;
  peak?: ReportPeak;
  notes: string[];
}

const blockOf = (name: string) => /^blocks\.(\d+)\.(\d+)(\.|$)/.exec(name)?.slice(1, 3).join(".");

/** stem, S.B, head: ops before the first block are the stem's, after the last the head's. */
function blocks(ops: Op[]): string[] {
  const named = ops.map((op) => blockOf(op.out));
  const first = named.findIndex((b) => b !== undefined);
  return named.map((b, i) => b ?? (first < 0 || i < first ? "stem" : "head"));
}

function fusedInto(op: Op): string[] {
  const fused: string[] = [];
  if (op.op === "conv" && op.attrs.act !== undefined) fused.push(`act ${op.attrs.act}`);
  if (op.attrs.gate === true) fused.push("SE gate");
  if (op.attrs.res === true) fused.push("residual");
  if (op.op === "se") fused.push(`SE: pool, reduce, ${op.attrs.act}, expand, ${op.attrs.gate_fn ?? "sigmoid"}`);
  return fused;
}

function node(op: Op, block: string, paramShape: (name: string) => number[]): ReportNode {
  const base: ReportNode = { name: op.out, op: op.op, block, shape: op.shape!, fused: fusedInto(op), inputs: op.ins.slice(1), kernels: kernelNames(op), macs: opMacs(op, paramShape) };
  if (op.op !== "conv") return base;
  const a = convAttrs(op);
  return { ...base, groups: a.k.map((k, g) => ({ k, cin: a.cin[g]!, cout: a.cout[g]! })), depthwise: a.dw, stride: a.s };
}

/** The bundle's layers must be the compiled graph's ops, one for one, with the same MACs: else it came from another spec. */
function checkSameNetwork(source: string, layers: string[], ops: string[]): void {
  const at = layers.findIndex((layer, i) => layer !== ops[i]);
  if (at >= 0 || layers.length !== ops.length) {
    const i = at >= 0 ? at : Math.min(layers.length, ops.length);
    throw new UserError(`${source}: the bundle was not compiled from this spec: its layer ${i + 1} is ${layers[i] ?? "missing"}, the spec's is ${ops[i] ?? "missing"}`);
  }
}

export function buildReport(input: ReportInput): Report {
  const { compiled, shaped } = input;
  const module = new WebAssembly.Module(input.bundle as Uint8Array<ArrayBuffer>);
  const meta = readMeta(module);
  const paramShapes = new Map(compiled.params.map((p) => [p.name, p.shape]));
  const names = blocks(compiled.ops);
  const nodes = compiled.ops.map((op, i) => node(op, names[i]!, (name) => paramShapes.get(name)!));
  checkSameNetwork(input.source, meta.layers.map((l) => `${l.name} (${l.macs} MACs)`), nodes.map((n) => `${n.name} (${n.macs} MACs)`));
  return {
    network: meta.name,
    source: input.source,
    input: meta.input.shape,
    output: meta.output.shape,
    bundle: {
      compiler: meta.compiler,
      weightsDtype: meta.wasm.weightsDtype ?? "f32",
      weightsBytes: meta.wasm.weightsBytes,
      weightsStoredBytes: meta.wasm.weightsStoredBytes ?? meta.wasm.weightsBytes,
      codeBytes: meta.wasm.codeBytes,
      arenaBytes: meta.wasm.arenaBytes,
      webgpu: WebAssembly.Module.customSections(module, WEBGPU_SECTION).length > 0,
      layers: meta.layers.length,
    },
    nodes,
    memory: arenaPlan(compiled),
    stats: computeStats(shaped),
    elementwise: elementwiseOps(shaped),
    paper: { models: PAPER_MODELS, match: paperModelOf(meta.name)?.model },
    ...(input.timing ? { timing: input.timing } : {}),
    ...(input.peak ? { peak: input.peak } : {}),
    notes: input.notes,
  };
}
