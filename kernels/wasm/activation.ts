// Activations on f32x4 vectors, for the fused epilogues. exp is computed by
// range reduction (x = n ln2 + r) and a degree-6 polynomial, relative error
// about 1e-7, well inside float32 rounding of the results.
import { f32x4 } from "./wat.ts";

export type Act = "none" | "relu" | "relu6" | "swish" | "sigmoid";

/** Helper functions every module includes once. */
export const ACTIVATION_FUNCTIONS = `
(func $exp4 (param $x v128) (result v128) (local $n v128) (local $r v128) (local $p v128)
  (local.set $x (f32x4.min (f32x4.max (local.get $x) ${f32x4(-87.3)}) ${f32x4(88.3)}))
  (local.set $n (f32x4.nearest (f32x4.mul (local.get $x) ${f32x4(1.4426950408889634)})))
  (local.set $r (f32x4.sub (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) ${f32x4(0.693145751953125)}))
    (f32x4.mul (local.get $n) ${f32x4(1.428606765330187e-6)})))
  (local.set $p ${f32x4(1 / 720)})
  ${[1 / 120, 1 / 24, 1 / 6, 0.5, 1, 1].map((c) => `(local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) ${f32x4(c)}))`).join("\n  ")}
  (f32x4.mul (local.get $p)
    (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $n)) (v128.const i32x4 127 127 127 127)) (i32.const 23))))
(func $sigmoid4 (param $x v128) (result v128)
  (f32x4.div ${f32x4(1)} (f32x4.add ${f32x4(1)} (call $exp4 (f32x4.neg (local.get $x))))))
(func $swish4 (param $x v128) (result v128)
  (f32x4.div (local.get $x) (f32x4.add ${f32x4(1)} (call $exp4 (f32x4.neg (local.get $x))))))
`;

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
      return `(call $swish4 ${v})`;
    case "sigmoid":
      return `(call $sigmoid4 ${v})`;
  }
}
