// What each op means statically: its attributes, its parameter tensors and its
// output shape. Shape inference, the verifier and the stats all read this.
import type { Attrs, Op, OpKind } from "./types.ts";

export type Padding = "symmetric" | "same";
export const ACT_FUNCTIONS = ["relu", "relu6", "swish", "sigmoid"];

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
}

export function convAttrs(op: Op): ConvAttrs {
  return op.attrs as unknown as ConvAttrs;
}

/** The shape of group g's weight tensor, OIHW. */
export function convWeightShape(a: ConvAttrs, g: number): number[] {
  return [a.cout[g]!, a.dw ? 1 : a.cin[g]!, a.k[g]!, a.k[g]!];
}

type AttrType = "number" | "boolean" | "string" | "numbers" | "strings" | "param" | "params";

export interface OpDef {
  arity: number;
  attrs: Record<string, { type: AttrType; optional?: boolean }>;
  /** Parameter tensors the op reads, with the shape each must have. */
  params(attrs: Attrs, inShapes: number[][]): { name: string; shape: number[] }[];
  outShape(attrs: Attrs, inShapes: number[][]): number[];
}

const sameShape = (_: Attrs, ins: number[][]) => [...ins[0]!];
const channels = (ins: number[][]) => ins[0]![1]!;

export const OPS: Record<OpKind, OpDef> = {
  conv: {
    arity: 1,
    attrs: {
      k: { type: "numbers" },
      cin: { type: "numbers" },
      cout: { type: "numbers" },
      dw: { type: "boolean" },
      s: { type: "number" },
      pad: { type: "string" },
      w: { type: "params" },
      b: { type: "param", optional: true },
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
    arity: 1,
    attrs: { eps: { type: "number" }, gamma: { type: "param" }, beta: { type: "param" }, mean: { type: "param" }, var: { type: "param" } },
    params: (attrs, ins) => ["gamma", "beta", "mean", "var"].map((k) => ({ name: attrs[k] as string, shape: [channels(ins)] })),
    outShape: sameShape,
  },
  act: { arity: 1, attrs: { fn: { type: "string" } }, params: () => [], outShape: sameShape },
  add: { arity: 2, attrs: {}, params: () => [], outShape: sameShape },
  mean: { arity: 1, attrs: {}, params: () => [], outShape: (_, ins) => [ins[0]![0]!, channels(ins), 1, 1] },
  mul: { arity: 2, attrs: {}, params: () => [], outShape: sameShape },
  linear: {
    arity: 1,
    attrs: { out: { type: "number" }, w: { type: "param" }, b: { type: "param" } },
    params: (attrs, ins) => [
      { name: attrs.w as string, shape: [attrs.out as number, channels(ins)] },
      { name: attrs.b as string, shape: [attrs.out as number] },
    ],
    outShape: (attrs, ins) => [ins[0]![0]!, attrs.out as number],
  },
};

export function isOpKind(name: string): name is OpKind {
  return Object.hasOwn(OPS, name);
}

/** The names of the parameter tensors an op reads (its attributes typed param/params). */
export function paramNames(op: Op): string[] {
  return Object.entries(OPS[op.op].attrs)
    .filter(([, spec]) => spec.type === "param" || spec.type === "params")
    .flatMap(([key]) => (op.attrs[key] ?? []) as string | string[]);
}
