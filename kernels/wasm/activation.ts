// Activations on f32x4 vectors, for the fused epilogues. They are expanded
// inline (V8 does not inline wasm calls, and a call in an epilogue spills every
// live accumulator). exp uses Cephes' expf: x = n ln2 + r with |r| <= ln2/2,
// exp(r) ~ 1 + r + r^2 P(r) with a degree-5 P, 2^n built in the exponent bits;
// relative error about 1e-7, within float32 rounding of the results.
// Written for what V8 makes of them on x64: pmin/pmax are one instruction each
// where min/max take several (their NaN and -0 rules), n is rounded by adding
// 1.5 x 2^23 (whose bits then hold n, so no float-to-int conversion is needed),
// and the relaxed-SIMD twin fuses every multiply-add (bench/activations.ts
// times them).
import { f32x4 as literal, mulAdd, negMulAdd, v128Locals } from "./wat.ts";

export type Act = "none" | "relu" | "relu6" | "swish" | "sigmoid" | "hswish" | "hsigmoid";

/** Scratch locals the inline activations use; every kernel that applies one declares them. */
export const ACT_LOCALS = v128Locals(["act_v", "act_x", "act_t", "act_n", "act_r", "act_p"]);

/** Every constant the activations use, as immutable globals: short to write, parsed once, and faster in V8 than v128.const. */
const CONSTANTS = new Map<number, string>();
const f32x4 = (x: number) => {
  if (!CONSTANTS.has(x)) CONSTANTS.set(x, `$act_c${CONSTANTS.size}`);
  return `(global.get ${CONSTANTS.get(x)})`;
};

const CEPHES = [1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1];
/** Adding 1.5 x 2^23 rounds a float below 2^22 in magnitude to an integer n, held in the sum's low mantissa bits. */
const ROUNDER = 12582912;
const ZERO = "(v128.const i32x4 0 0 0 0)";
const local = (name: string) => `(local.get $act_${name})`;

/** exp of the vector in $act_x (clobbers the scratch locals); an expression. */
function exp(fma: boolean): string {
  return `(block (result v128)
  (local.set $act_x (f32x4.pmin (f32x4.pmax ${local("x")} ${f32x4(-87.3)}) ${f32x4(88.3)}))
  (local.set $act_t ${mulAdd(fma, local("x"), f32x4(Math.LOG2E), f32x4(ROUNDER))})
  (local.set $act_n (f32x4.sub ${local("t")} ${f32x4(ROUNDER)}))
  (local.set $act_r ${negMulAdd(fma, local("n"), f32x4(-2.12194440e-4), negMulAdd(fma, local("n"), f32x4(0.693359375), local("x")))})
  (local.set $act_p ${f32x4(CEPHES[0]!)})
  ${CEPHES.slice(1).map((c) => `(local.set $act_p ${mulAdd(fma, local("p"), local("r"), f32x4(c))})`).join("\n  ")}
  (local.set $act_p (f32x4.add ${mulAdd(fma, local("p"), `(f32x4.mul ${local("r")} ${local("r")})`, local("r"))} ${f32x4(1)}))
  ;; 2^n: n + 127 in the exponent field; the rounder's own bits shift out.
  (f32x4.mul ${local("p")} (i32x4.shl (i32x4.add ${local("t")} (v128.const i32x4 127 127 127 127)) (i32.const 23))))`;
}

/** The globals the activations read; every module that uses them includes this once. */
export function activationGlobals(): string {
  for (const act of ["relu6", "swish", "sigmoid", "hswish"] as const) applyAct(act, "", false);
  return [...CONSTANTS].map(([x, name]) => `(global ${name} v128 ${literal(x)})`).join("\n");
}

/** Activations cheap enough to expand at every store; exp-based ones are worth sharing where few values need them. */
export const isCheap = (act: Act) => act !== "swish" && act !== "sigmoid";

/** relu6(x + 3) / 6, adding 3 first as timm does (x / 6 + 1/2 loses the small values near x = -3). */
const hardSigmoid = (v: string) => `(f32x4.mul (f32x4.pmin (f32x4.pmax (f32x4.add ${v} ${f32x4(3)}) ${ZERO}) ${f32x4(6)}) ${f32x4(1 / 6)})`;

/** Applies `act` in place to the vector at address expression `addr`. */
export const inPlace = (act: Act, addr: string, fma: boolean) => `(v128.store ${addr} ${applyAct(act, `(v128.load ${addr})`, fma)})`;

/** The epilogue expression applying `act` to the vector expression `v`; `fma` in the relaxed-SIMD twin. */
export function applyAct(act: Act, v: string, fma: boolean): string {
  switch (act) {
    case "none":
      return v;
    case "relu":
      return `(f32x4.pmax ${v} ${ZERO})`;
    case "relu6":
      return `(f32x4.pmin (f32x4.pmax ${v} ${ZERO}) ${f32x4(6)})`;
    case "swish":
      // x / (1 + exp(-x)), x kept in $act_v while exp works on -x.
      return `(block (result v128) (local.set $act_v ${v}) (local.set $act_x (f32x4.neg ${local("v")}))
  (f32x4.div ${local("v")} (f32x4.add ${f32x4(1)} ${exp(fma)})))`;
    case "hsigmoid":
      return hardSigmoid(v);
    case "hswish":
      return `(block (result v128) (local.set $act_v ${v}) (f32x4.mul ${local("v")} ${hardSigmoid(local("v"))}))`;
    case "sigmoid":
      return `(block (result v128) (local.set $act_x (f32x4.neg ${v}))
  (f32x4.div ${f32x4(1)} (f32x4.add ${f32x4(1)} ${exp(fma)})))`;
  }
}
