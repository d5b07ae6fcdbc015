// Expansion of weights stored as float16 or int8 (compiler/backend/wasm/
// weight-storage.ts) into the packed float32 layout the kernels read. The
// module's start function calls one expansion per packed run, then clears
// the staging area, so that the instance's memory is what a float32 bundle's is.
import type { StoredDtype } from "./packed.ts";
import { forLoop, get, i32, i32Locals } from "./wat.ts";

export const expandName = (dtype: StoredDtype) => `expand_${dtype}`;
export const ZERO = "zero_bytes";

const splat = (n: number) => `(v128.const i32x4 ${n} ${n} ${n} ${n})`;
const advance = (name: string, bytes: number | string) => `(local.set $${name} (i32.add (local.get $${name}) ${typeof bytes === "number" ? i32(bytes) : bytes}))`;

/** Four halves at $src -> f32x4 (finite halves only: the encoder rejects the rest). */
const halvesToFloats = `(local.set $h (v128.load16x4_u (local.get $src)))
      (local.set $m (i32x4.shl (v128.and (local.get $h) ${splat(0x7fff)}) ${i32(13)}))
      (local.set $e (v128.and (local.get $m) ${splat(0x0f800000)}))
      (local.set $m (i32x4.add (local.get $m) ${splat(112 << 23)}))
      ;; zero or subnormal: rebias one exponent higher and subtract 2^-14, exactly
      (local.set $m (v128.bitselect
        (f32x4.sub (i32x4.add (local.get $m) ${splat(1 << 23)}) ${splat(113 << 23)})
        (local.get $m)
        (i32x4.eq (local.get $e) ${splat(0)})))
      (v128.or (local.get $m) (i32x4.shl (v128.and (local.get $h) ${splat(0x8000)}) ${i32(16)}))`;

/** Four int8 at $src -> f32x4, exact. */
const int8ToFloats = `(f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load32_zero (local.get $src)))))`;

/** Rows x cols (a multiple of 4) of stored weights into float32 at $dst. */
function matrix(dtype: StoredDtype): string {
  const store = (value: string, srcBytes: number) => `(v128.store (local.get $dst) ${value})
      ${advance("dst", 16)}
      ${advance("src", srcBytes)}`;
  if (dtype === "f16") return forLoop("i", i32(0), `(i32.mul (local.get $rows) (local.get $cols))`, 4, store(halvesToFloats, 8));
  // One scale per output channel: per column (lane) or per row.
  const loop = (scale: string) => forLoop("r", i32(0), get("rows"), 1, forLoop("c", i32(0), get("cols"), 4, store(`(f32x4.mul ${int8ToFloats} ${scale})`, 4)));
  return `(local.set $scales (local.get $src))
  ${advance("src", `(i32.shl (select (local.get $rows) (local.get $cols) (local.get $byRow)) ${i32(2)})`)}
  (if (local.get $byRow)
    (then ${loop(`(v128.load32_splat (i32.add (local.get $scales) (i32.shl (local.get $r) ${i32(2)})))`)})
    (else ${loop(`(v128.load (i32.add (local.get $scales) (i32.shl (local.get $c) ${i32(2)})))`)}))`;
}

/** (dst, src, blocks, keep, rows, cols, byRow): one packed run, block by block: kept floats, then the matrix. */
export function expandKernel(dtype: StoredDtype): string {
  return `(func $${expandName(dtype)} (param $dst i32) (param $src i32) (param $blocks i32) (param $keep i32) (param $rows i32) (param $cols i32) (param $byRow i32)
  ${i32Locals(["b", "i", "r", "c", "scales"])} (local $h v128) (local $m v128) (local $e v128)
  ${forLoop(
    "b",
    i32(0),
    get("blocks"),
    1,
    `${forLoop("i", i32(0), get("keep"), 1, `(f32.store (local.get $dst) (f32.load (local.get $src)))\n    ${advance("dst", 4)}\n    ${advance("src", 4)}`)}
    ${matrix(dtype)}`,
  )})`;
}

/** (at, end): zeroes [at, end), both multiples of 16. */
export const zeroKernel = `(func $${ZERO} (param $at i32) (param $end i32)
  ${forLoop("at", get("at"), get("end"), 16, `(v128.store (local.get $at) ${splat(0)})`)})`;
