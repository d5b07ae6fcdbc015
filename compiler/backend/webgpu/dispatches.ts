// Lowering of one IR op to WebGPU dispatches: the WGSL shader (a pure function
// of the op's static parameters), the grid, and the u32 parameters once the
// memory layout is known. The weights are the op's packed blocks
// (../weight-blocks.ts), read in place and named by their index in the op's list.
// One function per op form; the kernel table (../kernel-table.ts) picks it.
import { actOf, convAttrs, convPadding, linearAttrs, seAttrs, seGate } from "../../ir/ops.ts";
import type { Graph, Op } from "../../ir/types.ts";
import { paddedChannels, valuePaddedChannels, valueShape } from "../../ir/physical.ts";
import { depthwiseRuns } from "../../passes/layout.ts";
import { pointwiseSegments } from "../../../kernels/segments.ts";
import { CHANNEL_BLOCK, LOGITS_BLOCK } from "../../../kernels/tiles.ts";
import { vec4Index } from "../../../kernels/wgsl/common.ts";
import { GPU_DEPTHWISE, gpuDepthwiseGrid, gpuDepthwiseName, gpuDepthwiseShader } from "../../../kernels/wgsl/depthwise.ts";
import { GPU_POINTWISE, gpuPointwiseGrid, gpuPointwiseName, gpuPointwiseShader, PW_WORKGROUP_BYTES } from "../../../kernels/wgsl/pointwise.ts";
import { GPU_LINEAR, GPU_MEAN, GPU_SE, gpuLinearGrid, gpuLinearName, gpuLinearShader, gpuMeanName, gpuMeanShader, gpuSeName, gpuSeShader, REDUCE_THREADS, reduceWorkgroupBytes } from "../../../kernels/wgsl/reduce.ts";
import { GPU_STEM, gpuStemGrid, gpuStemName, gpuStemShader } from "../../../kernels/wgsl/stem.ts";

/** Float indices, once memory is laid out. */
export interface GpuAddresses {
  /** A value's index in the arena buffer. */
  value(name: string): number;
  /** Float index in the weights buffer of the op's packed weight block `j`. */
  weights(j: number): number;
}

export interface PlannedDispatch {
  shader: {
    name: string;
    code: () => string;
    /** The same kernel in half precision (shader-f16), where there is one. */
    f16?: () => string;
    workgroupSize: [number, number, number];
    workgroupBytes: number;
  };
  workgroups: [number, number, number];
  params: (at: GpuAddresses) => number[];
}

const flat: [number, number, number] = [64, 1, 1];

const convShapes = (g: Graph, op: Op) => {
  const [, cin, h, w] = valueShape(g, op.ins[0]!) as [number, number, number, number];
  const [, , oh, ow] = op.shape as [number, number, number, number];
  return { cin, h, w, oh, ow };
};

export function gpuDepthwise(g: Graph, op: Op): PlannedDispatch[] {
  const a = convAttrs(op);
  const cp = paddedChannels(op);
  const { h, w, oh, ow } = convShapes(g, op);
  const runs = depthwiseRuns(a.k, a.cout, cp).map((r) => ({ ...r, padTop: convPadding(a.pad, h, r.k, a.s)[0], padLeft: convPadding(a.pad, w, r.k, a.s)[0] }));
  const p = { runs, stride: a.s, h, w, oh, ow, cin: valuePaddedChannels(g, op.ins[0]!), cout: cp, act: actOf(op) };
  return [
    {
      shader: { name: gpuDepthwiseName(p), code: () => gpuDepthwiseShader(p), workgroupSize: flat, workgroupBytes: 0 },
      workgroups: gpuDepthwiseGrid(p),
      // Run j's weights are the op's block j.
      params: (at) => GPU_DEPTHWISE.values({ x: at.value(op.ins[0]!), y: at.value(op.out) }, runs.map((_, j) => at.weights(j))),
    },
  ];
}

export function gpuPointwise(g: Graph, op: Op): PlannedDispatch[] {
  const a = convAttrs(op);
  const cp = paddedChannels(op);
  const { oh, ow } = convShapes(g, op);
  const p = { act: actOf(op), residual: !!a.res, gate: !!a.gate };
  const shader = { name: gpuPointwiseName(p), code: () => gpuPointwiseShader(p), f16: () => gpuPointwiseShader(p, true), workgroupSize: [16, 16, 1] as [number, number, number], workgroupBytes: PW_WORKGROUP_BYTES };
  const cpIn = valuePaddedChannels(g, op.ins[0]!);
  return pointwiseSegments(a.cin.map((c, i) => ({ cin: c, cout: a.cout[i]! })), cp).map((s, i) => ({
    shader,
    workgroups: gpuPointwiseGrid(oh * ow, s.blocks),
    // Segment i's weights are the op's block i.
    // A group starting inside a vec4 is read from that vec4's start, its `lead` channels masked off.
    params: (at) => {
      const lead = s.ciStart % 4;
      return GPU_POINTWISE.values({
        x: vec4Index(at.value(op.ins[0]!) + s.ciStart - lead),
        xs: vec4Index(cpIn),
        w: vec4Index(at.weights(i)),
        cin: s.cin,
        y: vec4Index(at.value(op.out) + s.block * CHANNEL_BLOCK),
        ys: vec4Index(cp),
        r: a.res ? vec4Index(at.value(op.ins.at(-1)!) + s.block * CHANNEL_BLOCK) : 0,
        np: oh * ow,
        nb: s.blocks,
        g: a.gate ? vec4Index(at.value(op.ins[1]!) + s.ciStart - lead) : 0,
        lead,
      });
    },
  }));
}

export function gpuStem(g: Graph, op: Op): PlannedDispatch[] {
  const a = convAttrs(op);
  const { cin, h, w, oh, ow } = convShapes(g, op);
  const k = a.k[0]!;
  const p = { cin, k, stride: a.s, h, w, oh, ow, padTop: convPadding(a.pad, h, k, a.s)[0], padLeft: convPadding(a.pad, w, k, a.s)[0], cout: paddedChannels(op), act: actOf(op) };
  return [
    {
      shader: { name: gpuStemName(p), code: () => gpuStemShader(p), workgroupSize: flat, workgroupBytes: 0 },
      workgroups: gpuStemGrid(p),
      params: (at) => GPU_STEM.values({ x: at.value(op.ins[0]!), w: at.weights(0), y: at.value(op.out) }),
    },
  ];
}

export function gpuSe(g: Graph, op: Op): PlannedDispatch[] {
  const cp = paddedChannels(op);
  const [, , h, w] = valueShape(g, op.ins[0]!);
  const p = { pixels: h! * w!, channels: cp, reduced: seAttrs(op).rd, act: actOf(op), gate: seGate(op) };
  const shader = { name: gpuSeName(p), code: () => gpuSeShader(p), workgroupSize: [REDUCE_THREADS, 1, 1] as [number, number, number], workgroupBytes: reduceWorkgroupBytes(cp, p.reduced) };
  return [{ shader, workgroups: [1, 1, 1], params: (at) => GPU_SE.values({ x: at.value(op.ins[0]!), w: at.weights(0), gate: at.value(op.out) }) }];
}

export function gpuMean(g: Graph, op: Op): PlannedDispatch[] {
  const cp = paddedChannels(op);
  const [, , h, w] = valueShape(g, op.ins[0]!);
  const shader = { name: gpuMeanName(h! * w!, cp), code: () => gpuMeanShader(h! * w!, cp), workgroupSize: [REDUCE_THREADS, 1, 1] as [number, number, number], workgroupBytes: reduceWorkgroupBytes(cp) };
  return [{ shader, workgroups: [1, 1, 1], params: (at) => GPU_MEAN.values({ x: at.value(op.ins[0]!), y: at.value(op.out) }) }];
}

export function gpuLinear(g: Graph, op: Op): PlannedDispatch[] {
  const cin = valueShape(g, op.ins[0]!)[1]!;
  const blocks = Math.ceil(linearAttrs(op).out / LOGITS_BLOCK);
  const shader = { name: gpuLinearName(cin, blocks), code: () => gpuLinearShader(cin, blocks), workgroupSize: flat, workgroupBytes: 0 };
  return [{ shader, workgroups: gpuLinearGrid(blocks), params: (at) => GPU_LINEAR.values({ x: at.value(op.ins[0]!), w: at.weights(0), y: at.value(op.out) }) }];
}
