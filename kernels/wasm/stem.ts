// Dense k x k convolution reading the network's NCHW input (the stem), writing
// NHWC. Few MACs, so one output pixel x 8 channels at a time, every tap unrolled
// with its bounds check. Weights per block of 8 channels: bias, then
// [cin][k][k] rows of 8.
import { ACT_LOCALS, applyAct } from "./activation.ts";
import type { StemGeometry } from "../geometry.ts";
import { laneBlocks, type PackedLayout } from "./packed.ts";
import { forLoop, get, i32, i32Locals, lines, madd, range, v128Locals } from "./wat.ts";
import { CHANNEL_BLOCK, CHANNEL_BLOCK_BYTES } from "../tiles.ts";
import { signature } from "../signature.ts";

const ROW_BYTES = CHANNEL_BLOCK_BYTES;

export interface StemParams extends StemGeometry {
  /** Fused multiply-add (relaxed SIMD) instead of mul + add. */
  fma: boolean;
}

export function stemName(p: StemParams): string {
  return `conv_nchw_k${p.k}_s${p.stride}_${p.cin}x${p.h}x${p.w}_p${p.padTop}.${p.padLeft}_c${p.cout}_${p.act}${p.fma ? "_fma" : ""}`;
}

/** x, w, y: NCHW input, packed weights, NHWC output. */
export const STEM = signature("x", "w", "y");

export function stemKernel(p: StemParams): string {
  const { k, stride: s } = p;
  const taps = range(p.cin).flatMap((ci) => range(k).flatMap((ky) => range(k).map((kx) => ({ ci, ky, kx }))));
  const tap = ({ ci, ky, kx }: { ci: number; ky: number; kx: number }, t: number) => `
      (if (i32.and (local.get $vy${ky}) (local.get $vx${kx})) (then
        (local.set $v (v128.load32_splat offset=${(ci * p.h * p.w + ky * p.w + kx) * 4} (local.get $xb)))
        ${madd(p.fma, "a0", get("v"), `(v128.load offset=${ROW_BYTES + t * ROW_BYTES} (local.get $wb))`)}
        ${madd(p.fma, "a1", get("v"), `(v128.load offset=${ROW_BYTES + 16 + t * ROW_BYTES} (local.get $wb))`)}))`;
  return `(func $${stemName(p)} ${STEM.wasmParams}
  ${i32Locals(["oy", "ox", "b", "wb", "xb", "yo", "iy", "ix", ...range(k).flatMap((i) => [`vy${i}`, `vx${i}`])])}
  ${v128Locals(["a0", "a1", "v"])} ${ACT_LOCALS}
  ${forLoop(
    "oy",
    i32(0),
    i32(p.oh),
    1,
    `(local.set $iy (i32.sub (i32.mul (local.get $oy) ${i32(s)}) ${i32(p.padTop)}))
    ${lines(k, (ky) => `(local.set $vy${ky} (i32.lt_u (i32.add (local.get $iy) ${i32(ky)}) ${i32(p.h)}))`)}
    ${forLoop(
      "ox",
      i32(0),
      i32(p.ow),
      1,
      `(local.set $ix (i32.sub (i32.mul (local.get $ox) ${i32(s)}) ${i32(p.padLeft)}))
      ${lines(k, (kx) => `(local.set $vx${kx} (i32.lt_u (i32.add (local.get $ix) ${i32(kx)}) ${i32(p.w)}))`)}
      (local.set $xb (i32.add (local.get $x) (i32.shl (i32.add (i32.mul (local.get $iy) ${i32(p.w)}) (local.get $ix)) ${i32(2)})))
      (local.set $yo (i32.add (local.get $y) (i32.mul (i32.add (i32.mul (local.get $oy) ${i32(p.ow)}) (local.get $ox)) ${i32(p.cout * 4)})))
      ${forLoop(
        "b",
        i32(0),
        i32(p.cout / CHANNEL_BLOCK),
        1,
        `(local.set $wb (i32.add (local.get $w) (i32.mul (local.get $b) ${i32((taps.length + 1) * ROW_BYTES)})))
        (local.set $a0 (v128.load (local.get $wb)))
        (local.set $a1 (v128.load offset=16 (local.get $wb)))
        ${taps.map(tap).join("")}
        (v128.store (i32.add (local.get $yo) (i32.shl (local.get $b) ${i32(Math.log2(ROW_BYTES))})) ${applyAct(p.act, get("a0"), p.fma)})
        (v128.store offset=16 (i32.add (local.get $yo) (i32.shl (local.get $b) ${i32(Math.log2(ROW_BYTES))})) ${applyAct(p.act, get("a1"), p.fma)})`,
      )}`,
    )}`,
  )})`;
}

export const stemLayout = (coutPadded: number, taps: number): PackedLayout => laneBlocks(coutPadded / CHANNEL_BLOCK, taps, CHANNEL_BLOCK);

/** Packs [cout][cin][k][k] weights per block of 8 output channels, bias first. */
export function packStem(weights: ArrayLike<number>, bias: ArrayLike<number>, cout: number, coutPadded: number, taps: number): Float32Array {
  const packed = new Float32Array((coutPadded / CHANNEL_BLOCK) * (taps + 1) * CHANNEL_BLOCK);
  for (let co = 0; co < cout; co++) {
    const base = Math.floor(co / CHANNEL_BLOCK) * (taps + 1) * CHANNEL_BLOCK + (co % CHANNEL_BLOCK);
    packed[base] = bias[co]!;
    for (let t = 0; t < taps; t++) packed[base + CHANNEL_BLOCK * (t + 1)] = weights[co * taps + t]!;
  }
  return packed;
}
