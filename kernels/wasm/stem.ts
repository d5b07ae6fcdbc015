// Dense k x k convolution reading the network's NCHW input (the stem), writing
// NHWC. Interior columns, whose windows lie inside the input's width, go 4 output
// pixels x 8 channels at a time, tap by tap in loops (one weight row times the 4
// pixels' inputs: 8 accumulators, 4 inputs and 2 weight vectors, which V8 holds
// without spilling); clipped rows skip their kernel rows by a runtime range. The
// border columns and the rest go one pixel at a time, every tap unrolled with its
// bounds check. Weights per block of 8 channels: bias, then [cin][k][k] rows of 8.
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

/** x, w, y: NCHW input, packed weights, NHWC output; output rows [row0, row0 + rows) (threads share rows out). */
export const STEM = signature("x", "w", "y", "row0", "rows");

/** Output pixels per interior tile. */
const T = 4;

/** Output columns whose windows lie inside the input's width, tiled T at a time: [from, to). */
function interiorTiles(p: StemParams): { from: number; to: number } {
  const left = (ox: number) => ox * p.stride - p.padLeft;
  const inside = (ox: number) => left(ox) >= 0 && left(ox) + p.k <= p.w;
  const from = Math.min(p.ow, ...Array.from({ length: p.ow }, (_, ox) => ox).filter(inside));
  let to = from;
  while (to < p.ow && inside(to)) to++;
  return { from, to: from + Math.floor((to - from) / T) * T };
}

/** One pixel at output column $ox (row $oy), every block of 8 channels, each tap bounds-checked. */
function pixel(p: StemParams): string {
  const { k, stride: s } = p;
  const taps = range(p.cin).flatMap((ci) => range(k).flatMap((ky) => range(k).map((kx) => ({ ci, ky, kx }))));
  const tap = ({ ci, ky, kx }: { ci: number; ky: number; kx: number }, t: number) => `
      (if (i32.and (local.get $vy${ky}) (local.get $vx${kx})) (then
        (local.set $v (v128.load32_splat offset=${(ci * p.h * p.w + ky * p.w + kx) * 4} (local.get $xb)))
        ${madd(p.fma, "a0", get("v"), `(v128.load offset=${ROW_BYTES + t * ROW_BYTES} (local.get $wb))`)}
        ${madd(p.fma, "a1", get("v"), `(v128.load offset=${ROW_BYTES + 16 + t * ROW_BYTES} (local.get $wb))`)}))`;
  return `(local.set $ix (i32.sub (i32.mul (local.get $ox) ${i32(s)}) ${i32(p.padLeft)}))
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
      )}`;
}

/** T pixels from output column $ox (row $oy), whole windows across, kernel rows [$ky0, $ky0 + $nky): every block of 8 channels. */
function tile(p: StemParams): string {
  const { k, stride: s } = p;
  const acc = (i: number, h: number) => `a${i}${h}`;
  const blockBytes = (p.cin * k * k + 1) * ROW_BYTES;
  return `(local.set $xt (i32.add (local.get $xrow) (i32.mul (local.get $ox) ${i32(s * 4)})))
      (local.set $yo (i32.add (local.get $y) (i32.mul (i32.add (i32.mul (local.get $oy) ${i32(p.ow)}) (local.get $ox)) ${i32(p.cout * 4)})))
      (local.set $wb (local.get $w))
      ${forLoop(
        "b",
        i32(0),
        i32(p.cout / CHANNEL_BLOCK),
        1,
        `${lines(T, (i) => `(local.set $${acc(i, 0)} (v128.load (local.get $wb))) (local.set $${acc(i, 1)} (v128.load offset=16 (local.get $wb)))`)}
        (local.set $xb (local.get $xt))
        (local.set $wk (i32.add (local.get $wb) (local.get $wky)))
        (local.set $ci ${i32(p.cin)})
        (loop $ci_next
          (local.set $ky (local.get $nky))
          (loop $ky_next
            (local.set $kx ${i32(k)})
            (loop $kx_next
              (local.set $w0 (v128.load (local.get $wk)))
              (local.set $w1 (v128.load offset=16 (local.get $wk)))
              ${lines(T, (i) => `(local.set $x${i} (v128.load32_splat offset=${i * s * 4} (local.get $xb)))`)}
              ${lines(T, (i) => `${madd(p.fma, acc(i, 0), get(`x${i}`), get("w0"))} ${madd(p.fma, acc(i, 1), get(`x${i}`), get("w1"))}`)}
              (local.set $xb (i32.add (local.get $xb) ${i32(4)}))
              (local.set $wk (i32.add (local.get $wk) ${i32(ROW_BYTES)}))
              (br_if $kx_next (local.tee $kx (i32.sub (local.get $kx) ${i32(1)}))))
            (local.set $xb (i32.add (local.get $xb) ${i32((p.w - k) * 4)}))
            (br_if $ky_next (local.tee $ky (i32.sub (local.get $ky) ${i32(1)}))))
          (local.set $xb (i32.add (local.get $xb) (local.get $xskip)))
          (local.set $wk (i32.add (local.get $wk) (local.get $wskip)))
          (br_if $ci_next (local.tee $ci (i32.sub (local.get $ci) ${i32(1)}))))
        ${lines(T, (i) => `(v128.store offset=${i * p.cout * 4} (local.get $yo) ${applyAct(p.act, get(acc(i, 0)), p.fma)})
        (v128.store offset=${i * p.cout * 4 + 16} (local.get $yo) ${applyAct(p.act, get(acc(i, 1)), p.fma)})`)}
        (local.set $yo (i32.add (local.get $yo) ${i32(ROW_BYTES)}))
        (local.set $wb (i32.add (local.get $wb) ${i32(blockBytes)}))`,
      )}`;
}

export function stemKernel(p: StemParams): string {
  const { k, stride: s } = p;
  const tiles = interiorTiles(p);
  return `(func $${stemName(p)} ${STEM.wasmParams}
  ${i32Locals(["oy", "oy1", "ox", "b", "wb", "xb", "yo", "iy", "ix", "ky0", "nky", "wky", "xrow", "xt", "wk", "ci", "ky", "kx", "xskip", "wskip", "tend", ...range(k).flatMap((i) => [`vy${i}`, `vx${i}`])])}
  ${v128Locals(["a0", "a1", "v", "w0", "w1", ...range(T).flatMap((i) => [`a${i}0`, `a${i}1`, `x${i}`])])} ${ACT_LOCALS}
  (local.set $oy1 (i32.add (local.get $row0) (local.get $rows)))
  ${forLoop(
    "oy",
    get("row0"),
    get("oy1"),
    1,
    `(local.set $iy (i32.sub (i32.mul (local.get $oy) ${i32(s)}) ${i32(p.padTop)}))
    ${lines(k, (ky) => `(local.set $vy${ky} (i32.lt_u (i32.add (local.get $iy) ${i32(ky)}) ${i32(p.h)}))`)}
    ;; the kernel rows inside the input: [ky0, ky0 + nky)
    (local.set $ky0 (select (i32.sub ${i32(0)} (local.get $iy)) ${i32(0)} (i32.lt_s (local.get $iy) ${i32(0)})))
    (local.set $nky (i32.sub ${i32(p.h)} (local.get $iy)))
    (local.set $nky (i32.sub (select ${i32(k)} (local.get $nky) (i32.gt_s (local.get $nky) ${i32(k)})) (local.get $ky0)))
    ;; input row iy + ky0 at column -padLeft (channel 0), kernel row ky0's first tap from a block's bias, and the skips from one input channel to the next
    (local.set $xrow (i32.add (local.get $x) (i32.shl (i32.sub (i32.mul (i32.add (local.get $iy) (local.get $ky0)) ${i32(p.w)}) ${i32(p.padLeft)}) ${i32(2)})))
    (local.set $wky (i32.add (i32.mul (local.get $ky0) ${i32(k * ROW_BYTES)}) ${i32(ROW_BYTES)}))
    (local.set $xskip (i32.mul (i32.sub ${i32(p.h)} (local.get $nky)) ${i32(p.w * 4)}))
    (local.set $wskip (i32.mul (i32.sub ${i32(k)} (local.get $nky)) ${i32(k * ROW_BYTES)}))
    ;; a row whose window misses the input (only padding) leaves its tiles to the checked path
    (local.set $tend (select ${i32(tiles.to)} ${i32(tiles.from)} (i32.gt_s (local.get $nky) ${i32(0)})))
    ${tiles.to > tiles.from ? forLoop("ox", i32(tiles.from), get("tend"), T, tile(p)) : ""}
    ;; the other columns, one loop (one copy of the long checked code) that jumps over the tiles
    (local.set $ox ${i32(0)})
    (block $px_done (loop $px_next
      (if (i32.eq (local.get $ox) ${i32(tiles.from)}) (then (local.set $ox (local.get $tend))))
      (br_if $px_done (i32.ge_s (local.get $ox) ${i32(p.ow)}))
      ${pixel(p)}
      (local.set $ox (i32.add (local.get $ox) ${i32(1)}))
      (br $px_next)))`,
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
