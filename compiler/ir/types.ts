// The graph IR: plain data. One printer (print.ts) and one parser (parse.ts)
// map it to and from text; the verifier (verify.ts) checks its invariants.

export type Attr = number | boolean | string | Attr[];
export type Attrs = Record<string, Attr>;

export type OpKind = "conv" | "batchnorm" | "act" | "add" | "mean" | "mul" | "linear" | "se";

export interface Op {
  op: OpKind;
  /** The value this op defines (SSA: defined once). */
  out: string;
  ins: string[];
  attrs: Attrs;
  /** Output shape (NCHW, or [N, features] for linear); absent before shape inference. */
  shape?: number[];
}

export interface Param {
  name: string;
  shape: number[];
}

export interface Graph {
  name: string;
  input: { name: string; shape: number[] };
  ops: Op[];
  output: string;
  /** Every weight tensor the ops refer to, by name. */
  params: Param[];
  /** Facts about the whole graph that later passes add (e.g. the arena size). */
  attrs?: Attrs;
}
