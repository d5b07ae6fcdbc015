// A kernel's named parameters, in the order the kernel receives them. The
// kernel's parameter header (a wasm function's `(param ...)` list, the WGSL
// reads of the uniform block) and its call sites' positional values are both
// made from it, so that neither is written by hand and they cannot disagree.

export interface Signature<N extends string> {
  readonly names: readonly N[];
  /** The call's positional values, each parameter given by name, then `tail` (a variable-length list after the named ones). */
  values(named: Record<N, number>, tail?: readonly number[]): number[];
  /** A wasm function's parameter list: `(param $x i32) (param $w i32) ...`. */
  readonly wasmParams: string;
  /** A WGSL read of one parameter from the uniform block: `p(3u)`. */
  wgsl(name: N): string;
  /** A WGSL read of the i-th value of the tail. */
  wgslTail(i: number): string;
  /** WGSL bindings of the named parameters: `let x = p(0u); let xs = p(1u);`. */
  wgslLets(...names: N[]): string;
}

export function signature<const N extends string>(...names: N[]): Signature<N> {
  const wgsl = (name: N) => `p(${names.indexOf(name)}u)`;
  return {
    names,
    values: (named, tail = []) => [...names.map((n) => named[n]), ...tail],
    wasmParams: names.map((n) => `(param $${n} i32)`).join(" "),
    wgsl,
    wgslTail: (i) => `p(${names.length + i}u)`,
    wgslLets: (...some) => some.map((n) => `let ${n} = ${wgsl(n)};`).join(" "),
  };
}
