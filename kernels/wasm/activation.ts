// Activations on f32x4 vectors, for the fused epilogues. They are expanded
// inline (V8 does not inline wasm calls, and a call in an epilogue spills every
// live accumulator). swish and sigmoid need exp(-x): -x = n ln2 - r with
// |r| <= ln2/2, exp(-r) by a degree-5 polynomial fitted for relative error
// (2.1e-7 in float32 on that range), 2^n built in the exponent bits.
// Written for what V8 makes of them on x64: pmin/pmax are one instruction each
// where min/max take several (their NaN and -0 rules), n is rounded by adding
// 1.5 x 2^23 + 127 (whose bits then hold n + 127, ready to shift into the
// exponent, so no float-to-int conversion is needed), one multiply-add reduces
// the range, and the relaxed-SIMD twin fuses every multiply-add
// (bench/activations.ts times them).
import { f32x4 as literal, mulAdd, v128Locals } from "./wat.ts";
import type { Act } from "../activation.ts";


/** Scratch locals the inline activations use; every kernel that applies one declares them. */
export const ACT_LOCALS = v128Locals(["act_v", "act_x", "act_t", "act_n", "act_r", "act_p"]);

/** Every constant the activations use, as immutable globals: short to write, parsed once, and faster in V8 than v128.const. */
const CONSTANTS = new Map<number, string>();
const f32x4 = (x: number) => {
  if (!CONSTANTS.has(x)) CONSTANTS.set(x, `$act_c${CONSTANTS.size}`);
  return `(global.get ${CONSTANTS.get(x)})`;
};

/** exp(-s) ~ sum EXP_NEG[i] s^i for |s| <= ln2/2: a near-minimax fit for relative error (least squares with Lawson reweighting in float64, rounded to float32). */
const EXP_NEG = [1.0000001192092896, -0.9999997019767761, 0.49998894333839417, -0.16667574644088745, 0.041915420442819595, -0.008297649212181568];
/** Adding 1.5 x 2^23 rounds a float below 2^22 in magnitude to an integer n; adding 127 more leaves n + 127, the biased exponent, in the sum's low mantissa bits. */
const ROUNDER = 12582912 + 127;
const ZERO = "(v128.const i32x4 0 0 0 0)";
const local = (name: string) => `(local.get $act_${name})`;

/** 1 + exp(-x) of the vector in $act_x (clobbers the scratch locals); an expression. */
function onePlusExpNeg(fma: boolean): string {
  return `(block (result v128)
  ;; -x within float32's normal exponents: 2^n must neither overflow nor underflow the exponent field.
  (local.set $act_x (f32x4.pmin (f32x4.pmax ${local("x")} ${f32x4(-88.3)}) ${f32x4(87.3)}))
  (local.set $act_t ${mulAdd(fma, local("x"), f32x4(-Math.LOG2E), f32x4(ROUNDER))})
  (local.set $act_n (f32x4.sub ${local("t")} ${f32x4(ROUNDER)}))
  ;; s = x + n ln2 = -r; a single ln2 costs at most 5e-6 relative error at |x| = 88, where the results are 0 or x.
  (local.set $act_r ${mulAdd(fma, local("n"), f32x4(Math.LN2), local("x"))})
  (local.set $act_p ${f32x4(EXP_NEG[5]!)})
  ${EXP_NEG.slice(0, 5).reverse().map((c) => `(local.set $act_p ${mulAdd(fma, local("p"), local("r"), f32x4(c))})`).join("\n  ")}
  ;; 1 + p 2^n: t's low bits hold n + 127; shifted into the exponent field, the rounder's own bits shift out.
  ${mulAdd(fma, local("p"), `(i32x4.shl ${local("t")} (i32.const 23))`, f32x4(1))})`;
}

/** The globals the activations read; every module that uses them includes this once. */
export function activationGlobals(): string {
  for (const act of ["relu6", "swish", "sigmoid", "hswish"] as const) applyAct(act, "", false);
  return [...CONSTANTS].map(([x, name]) => `(global ${name} v128 ${literal(x)})`).join("\n");
}

/** relu6(x + 3) / 6, adding 3 first as timm does (x / 6 + 1/2 loses the small values near x = -3). */
const hardSigmoid = (v: string) => `(f32x4.mul (f32x4.pmin (f32x4.pmax (f32x4.add ${v} ${f32x4(3)}) ${ZERO}) ${f32x4(6)}) ${f32x4(1 / 6)})`;

/**
 * Whether a kernel should store its tiles as they are and apply `act` in a pass of its own: an
 * exp-based one (swish, sigmoid) in the relaxed-SIMD twin. Inline, V8 computes a tile's epilogues
 * together and spills their values and constants to the stack; on plain SIMD the pass measured
 * no faster. Each kernel adds its own limits.
 */
export const actInPass = (act: Act, fma: boolean) => fma && (act === "swish" || act === "sigmoid");

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
      // x / (1 + exp(-x)), x kept in $act_v while onePlusExpNeg clobbers $act_x.
      return `(block (result v128) (local.set $act_v ${v}) (local.set $act_x ${local("v")})
  (f32x4.div ${local("v")} ${onePlusExpNeg(fma)}))`;
    case "hsigmoid":
      return hardSigmoid(v);
    case "hswish":
      return `(block (result v128) (local.set $act_v ${v}) (f32x4.mul ${local("v")} ${hardSigmoid(local("v"))}))`;
    case "sigmoid":
      return `(block (result v128) (local.set $act_x ${v})
  (f32x4.div ${f32x4(1)} ${onePlusExpNeg(fma)}))`;
  }
}
