// Expansion of weights stored as float16 or int8 (compiler/backend/wasm/
// weight-storage.ts) into the packed float32 layout the kernels read. The
// module's start function calls one expansion per packed run, then clears
// the staging area, so that the instance's memory is what a float32 bundle's is.
import type { StoredDtype } from "./packed.ts";
import { forLoop, get, i32, i32Locals, v128Locals } from "./wat.ts";

export const expandName = (dtype: StoredDtype) => `expand_${dtype}`;
export const ZERO = "zero_bytes";

const splat = (n: number) => `(v128.const i32x4 ${n} ${n} ${n} ${n})`;
const advance = (name: string, bytes: number | string) => `(local.set $${name} (i32.add (local.get $${name}) ${typeof bytes === "number" ? i32(bytes) : bytes}))`;

/** Four halves (u32 lanes) -> f32x4 (finite halves only: the encoder rejects the rest). */
const halvesToFloats = (halves: string) => `(local.set $h ${halves})
      (local.set $m (i32x4.shl (v128.and (local.get $h) ${splat(0x7fff)}) ${i32(13)}))
      (local.set $e (i32x4.eq (v128.and (local.get $m) ${splat(0x0f800000)}) ${splat(0)}))
      (local.set $m (i32x4.add (local.get $m) ${splat(112 << 23)}))
      ;; zero or subnormal ($e): rebias one exponent higher and subtract 2^-14, exactly
      (v128.store (local.get $dst) (v128.or
        (v128.bitselect (f32x4.sub (i32x4.add (local.get $m) ${splat(1 << 23)}) ${splat(113 << 23)}) (local.get $m) (local.get $e))
        (i32x4.shl (v128.and (local.get $h) ${splat(0x8000)}) ${i32(16)})))
      ${advance("dst", 16)}`;

/** Four int8 (i32 lanes) times a scale vector, exact, stored at $dst. */
const int8ToFloats = (ints: string, scale: string) => `(v128.store (local.get $dst) (f32x4.mul (f32x4.convert_i32x4_s ${ints}) ${scale}))
      ${advance("dst", 16)}`;
const load4int8 = `(i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load32_zero (local.get $src))))`;

/**
 * `body` for each `step` bytes of $src up to $end, then `tail` while any are
 * left. Flat loops with values in locals: the start function runs once, in
 * the baseline compiler's code, where this is many times faster than nested loops.
 */
const stream = (step: number, body: string, tail: string) => `(block $wide_done (loop $wide_next
    (br_if $wide_done (i32.gt_u (i32.add (local.get $src) ${i32(step)}) (local.get $end)))
    ${body}
    ${advance("src", step)}
    (br $wide_next)))
  ${tail}`;

const ifLeft = (body: string, bytes: number) => `(if (i32.lt_u (local.get $src) (local.get $end)) (then ${body} ${advance("src", bytes)}))`;

/** Rows x cols (a multiple of 4) of f16 into float32 at $dst: 8 at a time, then 4. */
const f16Matrix = `(local.set $end (i32.add (local.get $src) (i32.shl (i32.mul (local.get $rows) (local.get $cols)) ${i32(1)})))
  ${stream(
    16,
    `(local.set $v (v128.load (local.get $src)))
    ${halvesToFloats("(i32x4.extend_low_i16x8_u (local.get $v))")}
    ${halvesToFloats("(i32x4.extend_high_i16x8_u (local.get $v))")}`,
    ifLeft(halvesToFloats("(v128.load16x4_u (local.get $src))"), 8),
  )}`;

/** Row by row, 4 at a time, with each vector's scales. */
const rows = (scale: string) =>
  forLoop("r", i32(0), get("rows"), 1, forLoop("c", i32(0), get("cols"), 4, `${int8ToFloats(load4int8, scale)}\n      ${advance("src", 4)}`));

/**
 * Rows x cols of int8, one scale per column (lane) or row, into float32 at $dst.
 * Where 16 weights cover whole rows of lanes (cols 4, 8, 16: every kernel but SE),
 * 16 at a time with the scales in registers s0..s3; otherwise row by row.
 */
const int8Matrix = `(local.set $scales (local.get $src))
  ${advance("src", `(i32.shl (select (local.get $rows) (local.get $cols) (local.get $byRow)) ${i32(2)})`)}
  (local.set $end (i32.add (local.get $src) (i32.mul (local.get $rows) (local.get $cols))))
  (if (i32.and (i32.eqz (local.get $byRow)) (i32.eqz (i32.rem_u ${i32(16)} (local.get $cols))))
    (then
      ${[0, 1, 2, 3].map((k) => `(local.set $s${k} (v128.load (i32.add (local.get $scales) (i32.shl (i32.rem_u ${i32(4 * k)} (local.get $cols)) ${i32(2)}))))`).join("\n      ")}
      ${stream(
        16,
        `(local.set $v (v128.load (local.get $src)))
        (local.set $h (i16x8.extend_low_i8x16_s (local.get $v)))
        (local.set $v (i16x8.extend_high_i8x16_s (local.get $v)))
        ${int8ToFloats("(i32x4.extend_low_i16x8_s (local.get $h))", get("s0"))}
        ${int8ToFloats("(i32x4.extend_high_i16x8_s (local.get $h))", get("s1"))}
        ${int8ToFloats("(i32x4.extend_low_i16x8_s (local.get $v))", get("s2"))}
        ${int8ToFloats("(i32x4.extend_high_i16x8_s (local.get $v))", get("s3"))}`,
        // The last 4, 8 or 12 start a new run of 16: the same scales in order.
        [0, 1, 2].map((k) => ifLeft(int8ToFloats(load4int8, get(`s${k}`)), 4)).join("\n      "),
      )})
    (else (if (local.get $byRow)
      (then ${rows(`(v128.load32_splat (i32.add (local.get $scales) (i32.shl (local.get $r) ${i32(2)})))`)})
      (else ${rows(`(v128.load (i32.add (local.get $scales) (i32.shl (local.get $c) ${i32(2)})))`)}))))`;

/** (dst, src, blocks, keep, rows, cols, byRow): one packed run, block by block: kept floats, then the matrix. */
export function expandKernel(dtype: StoredDtype): string {
  return `(func $${expandName(dtype)} (param $dst i32) (param $src i32) (param $blocks i32) (param $keep i32) (param $rows i32) (param $cols i32) (param $byRow i32)
  ${i32Locals(["b", "i", "r", "c", "scales", "end"])} ${v128Locals(["v", "h", "m", "e", "s0", "s1", "s2", "s3"])}
  ${forLoop(
    "b",
    i32(0),
    get("blocks"),
    1,
    `${forLoop("i", i32(0), get("keep"), 1, `(f32.store (local.get $dst) (f32.load (local.get $src)))\n    ${advance("dst", 4)}\n    ${advance("src", 4)}`)}
    ${dtype === "f16" ? f16Matrix : int8Matrix}`,
  )})`;
}

/** (at, end): zeroes [at, end), both multiples of 16. */
export const zeroKernel = `(func $${ZERO} (param $at i32) (param $end i32)
  ${forLoop("at", get("at"), get("end"), 16, `(v128.store (local.get $at) ${splat(0)})`)})`;
