// What each op means statically: its attributes, its parameter tensors and its
// output shape. Shape inference, the verifier and the stats all read this.
import type { Attrs, Op, OpKind } from "./types.ts";
import type { Act } from "../../kernels/activation.ts";

export type Padding = "symmetric" | "same";

/** Zero padding [before, after] along one axis. 'same' is TensorFlow's: the odd extra goes after. */
export function convPadding(mode: Padding, size: number, k: number, stride: number): [number, number] {
  if (mode === "symmetric") return [(k - 1) / 2, (k - 1) / 2];
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + k - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

export function convOutSize(mode: Padding, size: number, k: number, stride: number): number {
  const [before, after] = convPadding(mode, size, k, stride);
  return Math.floor((size + before + after - k) / stride) + 1;
}

/** The typed view of a conv op's attributes. */
export interface ConvAttrs {
  k: number[];
  cin: number[];
  cout: number[];
  dw: boolean;
  s: number;
  pad: Padding;
  w: string[];
  b?: string;
  /** Fused epilogue: activation after the bias. */
  act?: Act;
  /** Fused SE gating: a second input [N,C,1,1] scales the input channels. */
  gate?: boolean;
  /** Fused residual: a last input added after the activation. */
  res?: boolean;
}

export function convAttrs(op: Op): ConvAttrs {
  return op.attrs as unknown as ConvAttrs;
}

/** The shape of group g's weight tensor, OIHW. */
export function convWeightShape(a: ConvAttrs, g: number): number[] {
  return [a.cout[g]!, a.dw ? 1 : a.cin[g]!, a.k[g]!, a.k[g]!];
}

/** Weights of all groups: also the multiply-accumulates per output pixel. */
export const convWeightCount = (a: ConvAttrs): number => a.cout.reduce((n, _, g) => n + convWeightShape(a, g).reduce((x, y) => x * y, 1), 0);

type AttrType = "number" | "boolean" | "string" | "numbers" | "strings" | "param" | "params";

export interface OpDef {
  arity(attrs: Attrs): number;
  attrs: Record<string, { type: AttrType; optional?: boolean }>;
  /** Parameter tensors the op reads, with the shape each must have. */
  params(attrs: Attrs, inShapes: number[][]): { name: string; shape: number[] }[];
  outShape(attrs: Attrs, inShapes: number[][]): number[];
}

const sameShape = (_: Attrs, ins: number[][]) => [...ins[0]!];
const one = () => 1;
const two = () => 2;
const channels = (ins: number[][]) => ins[0]![1]!;

export const OPS: Record<OpKind, OpDef> = {
  conv: {
    arity: (attrs) => 1 + (attrs.gate ? 1 : 0) + (attrs.res ? 1 : 0),
    attrs: {
      k: { type: "numbers" },
      cin: { type: "numbers" },
      cout: { type: "numbers" },
      dw: { type: "boolean" },
      s: { type: "number" },
      pad: { type: "string" },
      w: { type: "params" },
      b: { type: "param", optional: true },
      act: { type: "string", optional: true },
      gate: { type: "boolean", optional: true },
      res: { type: "boolean", optional: true },
    },
    params(attrs) {
      const a = attrs as unknown as ConvAttrs;
      const total = a.cout.reduce((x, y) => x + y, 0);
      const weights = a.w.map((name, g) => ({ name, shape: convWeightShape(a, g) }));
      return a.b ? [...weights, { name: a.b, shape: [total] }] : weights;
    },
    outShape(attrs, ins) {
      const a = attrs as unknown as ConvAttrs;
      const [n, , h, w] = ins[0]!;
      const k = a.k[0]!;
      return [n!, a.cout.reduce((x, y) => x + y, 0), convOutSize(a.pad, h!, k, a.s), convOutSize(a.pad, w!, k, a.s)];
    },
  },
  batchnorm: {
    arity: one,
    attrs: { eps: { type: "number" }, gamma: { type: "param" }, beta: { type: "param" }, mean: { type: "param" }, var: { type: "param" } },
    params: (attrs, ins) => ["gamma", "beta", "mean", "var"].map((k) => ({ name: attrs[k] as string, shape: [channels(ins)] })),
    outShape: sameShape,
  },
  act: { arity: one, attrs: { fn: { type: "string" } }, params: () => [], outShape: sameShape },
  add: { arity: two, attrs: {}, params: () => [], outShape: sameShape },
  mean: { arity: one, attrs: {}, params: () => [], outShape: (_, ins) => [ins[0]![0]!, channels(ins), 1, 1] },
  mul: { arity: two, attrs: {}, params: () => [], outShape: sameShape },
  // Squeeze-and-excitation's gate: gate_fn(W2 act(W1 mean(x) + b1) + b2), shape [N,C,1,1]; gate_fn is sigmoid unless stated.
  se: {
    arity: one,
    attrs: { rd: { type: "number" }, act: { type: "string" }, gate_fn: { type: "string", optional: true }, w1: { type: "param" }, b1: { type: "param" }, w2: { type: "param" }, b2: { type: "param" } },
    params(attrs, ins) {
      const [rd, c] = [attrs.rd as number, channels(ins)];
      return [
        { name: attrs.w1 as string, shape: [rd, c, 1, 1] },
        { name: attrs.b1 as string, shape: [rd] },
        { name: attrs.w2 as string, shape: [c, rd, 1, 1] },
        { name: attrs.b2 as string, shape: [c] },
      ];
    },
    outShape: (_, ins) => [ins[0]![0]!, channels(ins), 1, 1],
  },
  linear: {
    arity: one,
    attrs: { out: { type: "number" }, w: { type: "param" }, b: { type: "param" } },
    params: (attrs, ins) => [
      { name: attrs.w as string, shape: [attrs.out as number, channels(ins)] },
      { name: attrs.b as string, shape: [attrs.out as number] },
    ],
    outShape: (attrs, ins) => [ins[0]![0]!, attrs.out as number],
  },
};

/** Attributes any op may carry once the physical passes have run. */
export const PHYSICAL_ATTRS: OpDef["attrs"] = {
  layout: { type: "string", optional: true },
  cp: { type: "number", optional: true },
  ring: { type: "number", optional: true },
  at: { type: "number", optional: true },
  scratch: { type: "number", optional: true },
  scratch_bytes: { type: "number", optional: true },
  kernel: { type: "strings", optional: true },
  lanes: { type: "strings", optional: true },
  gpu: { type: "strings", optional: true },
};

/** The typed view of an SE op's attributes: `rd` reduced channels, the hidden `act`, the gate (gate_fn, see seGate) and the two layers' parameters. */
export interface SeAttrs {
  rd: number;
  act: Act;
  gate_fn?: Act;
  w1: string;
  b1: string;
  w2: string;
  b2: string;
}

export const seAttrs = (op: Op): SeAttrs => op.attrs as unknown as SeAttrs;

/** An SE op's gate activation: sigmoid unless the op states another. */
export const seGate = (op: Op): Act => seAttrs(op).gate_fn ?? "sigmoid";

/** The typed view of a linear op's attributes: `out` features, weight and bias parameters. */
export interface LinearAttrs {
  out: number;
  w: string;
  b: string;
}

export const linearAttrs = (op: Op): LinearAttrs => op.attrs as unknown as LinearAttrs;

/** The typed view of a batchnorm op's attributes. */
export interface BatchNormAttrs {
  eps: number;
  gamma: string;
  beta: string;
  mean: string;
  var: string;
}

export const batchNormAttrs = (op: Op): BatchNormAttrs => op.attrs as unknown as BatchNormAttrs;

/** The activation an op applies: an `act` op's function, a conv's fused epilogue, an SE op's hidden layer's; "none" where there is none. */
export const actOf = (op: Op): Act => ((op.op === "act" ? op.attrs.fn : op.attrs.act) as Act | undefined) ?? "none";

export function isOpKind(name: string): name is OpKind {
  return Object.hasOwn(OPS, name);
}

/** The names of the parameter tensors an op reads (its attributes typed param/params). */
export function paramNames(op: Op): string[] {
  return Object.entries(OPS[op.op].attrs)
    .filter(([, spec]) => spec.type === "param" || spec.type === "params")
    .flatMap(([key]) => (op.attrs[key] ?? []) as string | string[]);
}
