// A kernel's named parameters, in the order the kernel receives them. The
// kernel's parameter header (a wasm function's `(param ...)` list, the WGSL
// kernel's uniform struct) and its call sites' positional values are both made
// from it, so that neither is written by hand and they cannot disagree.

export interface Signature<N extends string> {
  readonly names: readonly N[];
  /** The call's positional values, each parameter given by name, then `tail` (a variable-length list after the named ones). */
  values(named: Record<N, number>, tail?: readonly number[]): number[];
  /** A wasm function's parameter list: `(param $x i32) (param $w i32) ...`. */
  readonly wasmParams: string;
  /** The WGSL struct of the uniform parameters, one u32 field per name, then `tail` fields `<tail>0`, `<tail>1`, ...: `struct Params { x: u32, w: u32 }`. */
  wgslStruct(tail?: number): string;
  /** A WGSL read of one parameter from the uniform struct: `P.x`. */
  wgsl(name: N): string;
  /** A WGSL read of the i-th value of the tail: `P.w0`. */
  wgslTail(i: number): string;
  /** WGSL bindings of the named parameters: `let x = P.x; let xs = P.xs;`. */
  wgslLets(...names: N[]): string;
}

/** The uniform struct's name and variable, as every WGSL kernel declares them (kernels/wgsl/common.ts). */
export const WGSL_PARAMS = { struct: "Params", variable: "P" } as const;

/** A signature; `tail` names the fields of a variable-length list after the named parameters (WGSL only). */
function make<const N extends string>(names: N[], tail: string): Signature<N> {
  const wgsl = (name: string) => `${WGSL_PARAMS.variable}.${name}`;
  return {
    names,
    values: (named, values = []) => [...names.map((n) => named[n]), ...values],
    wasmParams: names.map((n) => `(param $${n} i32)`).join(" "),
    wgslStruct: (count = 0) => `struct ${WGSL_PARAMS.struct} { ${[...names, ...Array.from({ length: count }, (_, i) => `${tail}${i}`)].map((n) => `${n}: u32`).join(", ")} }`,
    wgsl,
    wgslTail: (i) => wgsl(`${tail}${i}`),
    wgslLets: (...some) => some.map((n) => `let ${n} = ${wgsl(n)};`).join(" "),
  };
}

export function signature<const N extends string>(...names: N[]): Signature<N> {
  return make(names, "tail");
}

/** A signature whose named parameters are followed by a list of values, WGSL fields `<tail>0`, `<tail>1`, ... */
export function signatureWithTail<const N extends string>(tail: string, ...names: N[]): Signature<N> {
  return make(names, tail);
}
