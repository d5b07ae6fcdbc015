// Small helpers for writing WebAssembly text: loops and repeated lines.

/** `for (i = from; i < to; i += step) body` as a block/loop pair. */
export function forLoop(i: string, from: string, to: string, step: number, body: string): string {
  return `(local.set $${i} ${from})
(block $${i}_done (loop $${i}_next
  (br_if $${i}_done (i32.ge_s (local.get $${i}) ${to}))
  ${body}
  (local.set $${i} (i32.add (local.get $${i}) (i32.const ${step})))
  (br $${i}_next)))`;
}

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
export const lines = (n: number, f: (i: number) => string) => range(n).map(f).join("\n");
export const get = (name: string) => `(local.get $${name})`;
export const i32 = (n: number) => `(i32.const ${n})`;
export const f32x4 = (x: number) => `(v128.const f32x4 ${x} ${x} ${x} ${x})`;
/** Declares v128 locals. */
export const v128Locals = (names: string[]) => names.map((n) => `(local $${n} v128)`).join(" ");
/** a * b + c on f32x4, fused (relaxed SIMD) or as mul + add. */
export const mulAdd = (fma: boolean, a: string, b: string, c: string) => (fma ? `(f32x4.relaxed_madd ${a} ${b} ${c})` : `(f32x4.add ${c} (f32x4.mul ${a} ${b}))`);
/** acc += a * b on f32x4, fused (relaxed SIMD) or as mul + add. */
export const madd = (fma: boolean, acc: string, a: string, b: string) => `(local.set $${acc} ${mulAdd(fma, a, b, get(acc))})`;

export const i32Locals = (names: string[]) => names.map((n) => `(local $${n} i32)`).join(" ");
