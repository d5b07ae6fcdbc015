// Activations on f32x4 vectors, for the fused epilogues. They are expanded
// inline (V8 does not inline wasm calls, and a call in an epilogue spills every
// live accumulator). exp uses Cephes' expf: x = n ln2 + r with |r| <= ln2/2,
// exp(r) ~ 1 + r + r^2 P(r) with a degree-5 P, 2^n built in the exponent bits;
// relative error about 1e-7, within float32 rounding of the results.
import { f32x4 as literal, v128Locals } from "./wat.ts";

export type Act = "none" | "relu" | "relu6" | "swish" | "sigmoid";

/** Scratch locals the inline activations use; every kernel that applies one declares them. */
export const ACT_LOCALS = v128Locals(["act_v", "act_x", "act_n", "act_r", "act_p"]);

/** Every constant the activations use, as immutable globals: short to write, parsed once. */
const CONSTANTS = new Map<number, string>();
const f32x4 = (x: number) => {
  if (!CONSTANTS.has(x)) CONSTANTS.set(x, `$act_c${CONSTANTS.size}`);
  return `(global.get ${CONSTANTS.get(x)})`;
};

const CEPHES = [1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1];

/** exp of the vector in $act_x (clobbers the scratch locals); an expression. */
const exp = `(block (result v128)
  (local.set $act_x (f32x4.min (f32x4.max (local.get $act_x) ${f32x4(-87.3)}) ${f32x4(88.3)}))
  (local.set $act_n (f32x4.nearest (f32x4.mul (local.get $act_x) ${f32x4(1.4426950408889634)})))
  (local.set $act_r (f32x4.sub (f32x4.sub (local.get $act_x) (f32x4.mul (local.get $act_n) ${f32x4(0.693359375)}))
    (f32x4.mul (local.get $act_n) ${f32x4(-2.12194440e-4)})))
  (local.set $act_p ${f32x4(CEPHES[0]!)})
  ${CEPHES.slice(1).map((c) => `(local.set $act_p (f32x4.add (f32x4.mul (local.get $act_p) (local.get $act_r)) ${f32x4(c)}))`).join("\n  ")}
  (local.set $act_p (f32x4.add (f32x4.add (f32x4.mul (local.get $act_p) (f32x4.mul (local.get $act_r) (local.get $act_r))) (local.get $act_r)) ${f32x4(1)}))
  (f32x4.mul (local.get $act_p)
    (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $act_n)) (v128.const i32x4 127 127 127 127)) (i32.const 23))))`;

/** The globals the activations read; every module that uses them includes this once. */
export function activationGlobals(): string {
  for (const act of ["relu6", "swish", "sigmoid"] as const) applyAct(act, "");
  return [...CONSTANTS].map(([x, name]) => `(global ${name} v128 ${literal(x)})`).join("\n");
}

/** Activations cheap enough to expand at every store; exp-based ones are worth sharing where few values need them. */
export const isCheap = (act: Act) => act === "none" || act === "relu" || act === "relu6";

/** Applies `act` in place to the vector at address expression `addr`. */
export const inPlace = (act: Act, addr: string) => `(v128.store ${addr} ${applyAct(act, `(v128.load ${addr})`)})`;

/** The epilogue expression applying `act` to the vector expression `v`. */
export function applyAct(act: Act, v: string): string {
  switch (act) {
    case "none":
      return v;
    case "relu":
      return `(f32x4.max ${v} (v128.const i32x4 0 0 0 0))`;
    case "relu6":
      return `(f32x4.min (f32x4.max ${v} (v128.const i32x4 0 0 0 0)) ${f32x4(6)})`;
    case "swish":
      // x / (1 + exp(-x)), x kept in $act_v while exp works on -x.
      return `(block (result v128) (local.set $act_v ${v}) (local.set $act_x (f32x4.neg (local.get $act_v)))
  (f32x4.div (local.get $act_v) (f32x4.add ${f32x4(1)} ${exp})))`;
    case "sigmoid":
      return `(block (result v128) (local.set $act_x (f32x4.neg ${v}))
  (f32x4.div ${f32x4(1)} (f32x4.add ${f32x4(1)} ${exp})))`;
  }
}
