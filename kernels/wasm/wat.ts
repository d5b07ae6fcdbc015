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
/** acc += a * b on f32x4, fused (relaxed SIMD) or as mul + add. */
export const madd = (fma: boolean, acc: string, a: string, b: string) =>
  fma ? `(local.set $${acc} (f32x4.relaxed_madd ${a} ${b} (local.get $${acc})))` : `(local.set $${acc} (f32x4.add (local.get $${acc}) (f32x4.mul ${a} ${b})))`;

export const i32Locals = (names: string[]) => names.map((n) => `(local $${n} i32)`).join(" ");
