// Pointwise (1x1) convolution as a matrix product over NHWC tensors:
// Y[p, co] = act(bias[co] + sum_ci X[p, ci] W[ci, co]) (+ R[p, co]).
// Register tile: 4 pixels x 8 output channels (8 f32x4 accumulators), the
// input broadcast one channel at a time. The input's pixel stride is static
// (one kernel per padded input width), so that a tile's four pixels are one
// pointer and constant offsets: a step of the channel loop then advances two
// pointers instead of five, which V8's x64 code is bound by. Pixels are walked in chunks so that
// a chunk of X stays in cache while every block of weights passes over it. The last pixels,
// fewer than a tile (1 of MobileNetV3's and MixNet's 49 at 7x7), go one pixel x 3 blocks at
// a time: a one-pixel tile of one block would take as long as a tile of four.
// Weights are packed per block of 8 output channels, bias first, then one row
// of 8 per input channel: the order the kernel reads them.
import { ACT_LOCALS, actInPass, applyAct, inPlace } from "./activation.ts";
import type { Act } from "../activation.ts";
import type { PointwiseSegment } from "../segments.ts";
import { laneBlocks, type PackedLayout } from "./packed.ts";
import { CHANNEL_BLOCK, CHANNEL_BLOCK_BYTES, PIXEL_TILE } from "../tiles.ts";
import { signature } from "../signature.ts";
import { forLoop, get, i32, i32Locals, lines, range, v128Locals, madd } from "./wat.ts";

export interface PointwiseParams {
  act: Act;
  residual: boolean;
  /** Fused multiply-add (relaxed SIMD) instead of mul + add. */
  fma: boolean;
  /** Bytes from one pixel's input channels to the next's (the input's padded channels x 4). */
  xs: number;
  /** Whether the pixels leave some after the last whole tile: only then has the tiled kernel code for them. */
  tail: boolean;
}

const NR = CHANNEL_BLOCK;
const MR = PIXEL_TILE;
const ROW_BYTES = CHANNEL_BLOCK_BYTES;

/**
 * The pointwise kernel's parameters: x/y/r are the addresses of pixel 0's first
 * input/output/residual channel, ys the output's pixel stride in bytes, np pixels, nb
 * blocks of 8 output channels, pc pixels per cache chunk (a multiple of 4).
 */
export const POINTWISE = signature("x", "w", "cin", "y", "ys", "r", "np", "nb", "pc");

/** What a pointwise kernel's code is specialised on: the input's channels, the epilogue, FMA. */
const specialisation = (p: PointwiseParams) => `x${p.xs / 4}_${p.act}${p.residual ? "_res" : ""}${p.fma ? "_fma" : ""}`;

export function pointwiseName(p: PointwiseParams): string {
  return `pw_gemm_${MR}x${NR}_${specialisation(p)}${p.tail ? "_tail" : ""}`;
}


const acc = (r: number, h: number) => `a${r}${h}`;

/** Input channels up to which the activation may go in a pass of its own (blockPass). */
const ACT_PASS_MAX_CIN = 64;

/**
 * Whether the tiles store without the activation, applied by a pass over the block's pixels of
 * the chunk instead (actInPass): on few input channels, where the epilogue is a large part of the
 * work, and without a residual (added after it). Measured with the pass: 1.05-1.12x as fast for
 * 24-40 input channels, the same at 80, 0.98x from 120.
 */
const blockPass = (p: PointwiseParams) => actInPass(p.act, p.fma) && !p.residual && p.xs / 4 <= ACT_PASS_MAX_CIN;

/** Where a chunk's whole tiles end: before its last pixels in a kernel with a tail, else at its end. */
const tilesEnd = (p: PointwiseParams) => get(p.tail ? "qend" : "pend");

/** Applies the activation in place to block $b's 8 channels of the chunk's tiled pixels (with a tail, there may be none). */
function activateBlock(p: PointwiseParams): string {
  const pass = `(local.set $yo (i32.add (local.get $y) (i32.add (i32.mul (local.get $p0) (local.get $ys)) (local.get $bo))))
      (local.set $p (local.get $p0))
      (loop $act_next
        ${inPlace(p.act, "(local.get $yo)", p.fma)}
        ${inPlace(p.act, "(i32.add (local.get $yo) (i32.const 16))", p.fma)}
        (local.set $yo (i32.add (local.get $yo) (local.get $ys)))
        (br_if $act_next (i32.lt_s (local.tee $p (i32.add (local.get $p) ${i32(1)})) ${tilesEnd(p)})))`;
  return p.tail ? `(if (i32.lt_s (local.get $p0) ${tilesEnd(p)}) (then ${pass}))` : pass;
}

/** Stores accumulator `a` (with the epilogue, `act`) at y + yo + offset. */
function store(p: PointwiseParams, act: Act, a: string, offset: number): string {
  let v = applyAct(act, get(a), p.fma);
  if (p.residual) v = `(f32x4.add ${v} (v128.load offset=${offset} (i32.add (local.get $r) (local.get $yo))))`;
  return `(v128.store offset=${offset} (i32.add (local.get $y) (local.get $yo)) ${v})`;
}

/**
 * One tile of 4 pixels x 8 channels: accumulate over cin, then the epilogue.
 * The tile's pixels are one pointer and constant offsets, so that a step's loads need
 * no address arithmetic (V8 hoists a step's loads and unrolls the loop twice by itself;
 * unrolling it here as well makes it spill accumulators).
 */
function tile(p: PointwiseParams): string {
  const act: Act = blockPass(p) ? "none" : p.act;
  return `
  ;; Every pixel's sums start at the bias, loaded once; each pixel's row of y is the last one's plus ys.
  (local.set $${acc(0, 0)} (v128.load (local.get $wb))) (local.set $${acc(0, 1)} (v128.load offset=16 (local.get $wb)))
  ${lines(MR - 1, (r) => `(local.set $${acc(r + 1, 0)} ${get(acc(0, 0))}) (local.set $${acc(r + 1, 1)} ${get(acc(0, 1))})`)}
  (local.set $xp (i32.add (local.get $x) (i32.mul (local.get $p) ${i32(p.xs)})))
  (local.set $wp (i32.add (local.get $wb) ${i32(ROW_BYTES)}))
  (local.set $k (local.get $cin))
  (loop $k_next
    (local.set $w0 (v128.load (local.get $wp)))
    (local.set $w1 (v128.load offset=16 (local.get $wp)))
    ${lines(MR, (r) => `(local.set $v (v128.load32_splat offset=${r * p.xs} (local.get $xp)))\n    ${madd(p.fma, acc(r, 0), get("v"), get("w0"))}\n    ${madd(p.fma, acc(r, 1), get("v"), get("w1"))}`)}
    (local.set $xp (i32.add (local.get $xp) ${i32(4)}))
    (local.set $wp (i32.add (local.get $wp) ${i32(ROW_BYTES)}))
    (br_if $k_next (local.tee $k (i32.sub (local.get $k) ${i32(1)}))))
  (local.set $yo (i32.add (i32.mul (local.get $p) (local.get $ys)) (local.get $bo)))
  ${lines(MR, (r) => `${r ? "(local.set $yo (i32.add (local.get $yo) (local.get $ys)))" : ""}\n  ${store(p, act, acc(r, 0), 0)}\n  ${store(p, act, acc(r, 1), 16)}`)}`;
}

/** The pointwise kernel; its parameters are POINTWISE's. */
export function pointwiseKernel(p: PointwiseParams): string {
  const accs = range(MR).flatMap((r) => [`a${r}0`, `a${r}1`]);
  return `(func $${pointwiseName(p)} ${POINTWISE.wasmParams}
  ${i32Locals(["p0", "pend", "b", "p", "wb", "bo", "wp", "k", "yo", "blockBytes", "xp", ...(p.tail ? ["qend", ...PIXEL_LOCALS] : [])])}
  ${v128Locals([...accs, "w0", "w1", "v"])} ${ACT_LOCALS}
  (local.set $blockBytes (i32.shl (i32.add (local.get $cin) ${i32(1)}) ${i32(Math.log2(ROW_BYTES))}))
  ${forLoop(
    "p0",
    i32(0),
    get("np"),
    0,
    `(local.set $pend (select (i32.add (local.get $p0) (local.get $pc)) (local.get $np) (i32.lt_s (i32.add (local.get $p0) (local.get $pc)) (local.get $np))))
    ${p.tail ? `(local.set $qend (i32.sub (local.get $pend) (i32.and (i32.sub (local.get $pend) (local.get $p0)) ${i32(MR - 1)})))` : ""}
    ${forLoop(
      "b",
      i32(0),
      get("nb"),
      1,
      `${atBlock}
      (local.set $p (local.get $p0))
      (block $quad_done (loop $quad_next
        (br_if $quad_done (i32.ge_s (local.get $p) ${tilesEnd(p)}))
        ${tile(p)}
        (local.set $p (i32.add (local.get $p) ${i32(MR)}))
        (br $quad_next)))
      ${blockPass(p) ? activateBlock(p) : ""}`,
    )}
    ${p.tail ? `;; the last pixels, fewer than a tile: each across several blocks at once
    ${forLoop("p", get("qend"), get("pend"), 1, pixelRow(p))}` : ""}
    (local.set $p0 (local.get $pend))`,
  )})`;
}

/** Blocks of weights one pixel's tile reads at once: six independent sums (three would be bound by the FMA's latency), and three weight streams in flight. */
const PIXEL_BLOCKS = 3;

/** Pointer to block j's next weight row in a pixel tile. */
const blockPointer = (j: number) => `$wp${j}`;

/** One pixel x `blocks` (1 to PIXEL_BLOCKS) blocks of 8 channels from block $b, with the epilogue. */
function pixelTile(p: PointwiseParams, blocks: number): string {
  const ws = range(blocks).map(blockPointer);
  return `${atBlock}
  (local.set ${ws[0]} (local.get $wb))
  ${lines(blocks - 1, (j) => `(local.set ${ws[j + 1]} (i32.add (local.get ${ws[j]}) (local.get $blockBytes)))`)}
  ${lines(blocks, (j) => `(local.set $${acc(j, 0)} (v128.load (local.get ${ws[j]}))) (local.set $${acc(j, 1)} (v128.load offset=16 (local.get ${ws[j]})))`)}
  (local.set $xp (i32.add (local.get $x) (i32.mul (local.get $p) ${i32(p.xs)})))
  (local.set $k (local.get $cin))
  (loop $k_next
    (local.set $v (v128.load32_splat (local.get $xp)))
    ${lines(blocks, (j) => `(local.set ${ws[j]} (i32.add (local.get ${ws[j]}) ${i32(ROW_BYTES)}))
    ${madd(p.fma, acc(j, 0), get("v"), `(v128.load (local.get ${ws[j]}))`)}
    ${madd(p.fma, acc(j, 1), get("v"), `(v128.load offset=16 (local.get ${ws[j]}))`)}`)}
    (local.set $xp (i32.add (local.get $xp) ${i32(4)}))
    (br_if $k_next (local.tee $k (i32.sub (local.get $k) ${i32(1)}))))
  (local.set $yo (i32.add (i32.mul (local.get $p) (local.get $ys)) (local.get $bo)))
  ${lines(blocks, (j) => `${store(p, p.act, acc(j, 0), j * ROW_BYTES)}\n  ${store(p, p.act, acc(j, 1), j * ROW_BYTES + 16)}`)}`;
}

/** Every block of pixel $p, PIXEL_BLOCKS at a time, then the rest one at a time. */
const pixelRow = (p: PointwiseParams) => `(local.set $b ${i32(0)})
    (block $group_done (loop $group_next
      (br_if $group_done (i32.gt_s (i32.add (local.get $b) ${i32(PIXEL_BLOCKS)}) (local.get $nb)))
      ${pixelTile(p, PIXEL_BLOCKS)}
      (local.set $b (i32.add (local.get $b) ${i32(PIXEL_BLOCKS)}))
      (br $group_next)))
    (block $rest_done (loop $rest_next
      (br_if $rest_done (i32.ge_s (local.get $b) (local.get $nb)))
      ${pixelTile(p, 1)}
      (local.set $b (i32.add (local.get $b) ${i32(1)}))
      (br $rest_next)))`;

/** The locals a pixel tile needs beyond the kernel's own. */
const PIXEL_LOCALS = range(PIXEL_BLOCKS).map((j) => blockPointer(j).slice(1));

/** Sets wb and bo to block b's weights and output offset. */
const atBlock = `(local.set $wb (i32.add (local.get $w) (i32.mul (local.get $b) (local.get $blockBytes))))
  (local.set $bo (i32.shl (local.get $b) ${i32(Math.log2(ROW_BYTES))}))`;

/** The kernel for layers of fewer pixels than a tile (a head on pooled features: one pixel). */
export function pointwisePixelName(p: PointwiseParams): string {
  return `pw_gemv_1x${PIXEL_BLOCKS * NR}_${specialisation(p)}`;
}

/**
 * Layers of fewer pixels than a tile, pixel by pixel (pixelRow); its parameters are
 * POINTWISE's (pc unused). A kernel of its own, so that the tiled kernel's code, which V8
 * compiles to a faster or slower channel loop as the function around it changes, stays as it is.
 */
export function pointwisePixelKernel(p: PointwiseParams): string {
  return `(func $${pointwisePixelName(p)} ${POINTWISE.wasmParams}
  ${i32Locals(["p", "b", "wb", "bo", "k", "yo", "blockBytes", "xp", ...PIXEL_LOCALS])}
  ${v128Locals([...range(PIXEL_BLOCKS).flatMap((j) => [acc(j, 0), acc(j, 1)]), "v"])} ${ACT_LOCALS}
  (local.set $blockBytes (i32.shl (i32.add (local.get $cin) ${i32(1)}) ${i32(Math.log2(ROW_BYTES))}))
  ${forLoop("p", i32(0), get("np"), 1, pixelRow(p))})`;
}

export const segmentFloats = (s: PointwiseSegment) => s.blocks * (s.cin + 1) * NR;

export const pointwiseLayout = (s: PointwiseSegment): PackedLayout => laneBlocks(s.blocks, s.cin, NR);

/** Packs one segment's blocks: bias, then a row of 8 per input channel; zero outside each channel's group. */
export function packPointwise(groups: { cin: number; cout: number; weights: ArrayLike<number> }[], bias: ArrayLike<number> | undefined, s: PointwiseSegment): Float32Array {
  const packed = new Float32Array(segmentFloats(s));
  let [ci0, co0, at] = [0, 0, 0];
  const owner: { g: number; ci0: number; co0: number }[] = [];
  groups.forEach((grp, g) => {
    for (let c = 0; c < grp.cout; c++) owner.push({ g, ci0, co0 });
    ci0 += grp.cin;
    co0 += grp.cout;
  });
  for (let b = s.block; b < s.block + s.blocks; b++) {
    for (let lane = 0; lane < NR; lane++) {
      const co = b * NR + lane;
      const o = owner[co];
      if (!o) continue;
      const grp = groups[o.g]!;
      packed[at + lane] = bias ? bias[co]! : 0;
      for (let ci = o.ci0; ci < o.ci0 + grp.cin; ci++) packed[at + NR * (1 + ci - s.ciStart) + lane] = grp.weights[(co - o.co0) * grp.cin + (ci - o.ci0)]!;
    }
    at += (s.cin + 1) * NR;
  }
  return packed;
}

/** Pixels per cache chunk: about 128 KiB of input rows, at least one tile. */
export function chunkPixels(cin: number, pixels: number): number {
  const fit = Math.max(MR, Math.floor(131072 / (cin * 4) / MR) * MR);
  return Math.min(fit, Math.ceil(pixels / MR) * MR);
}
