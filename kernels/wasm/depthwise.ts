// Depthwise convolution over NHWC tensors, one kernel size for a run of
// 4-channel blocks (a MixConv is lowered to one call per run of its groups).
// Every shape is static, so the generator bakes them in. Output pixels go a
// tile at a time, over a runtime loop on kernel rows, in one of two orders:
// - stride 1: a kernel row's k weights stay in registers while the row's
//   input columns pass once, each input vector multiplied into every pixel
//   whose window holds it (7 pixels share 13 loads for k = 7);
// - stride 2: tap by tap, each tap's weight multiplied into the pixels'
//   inputs, over a loop on kernel columns. V8 loads all of a basic block's
//   operands first, and at stride 2 a whole row's inputs spill accumulators
//   (measured slower at every tile size), so each tap is a block of its own.
// Border columns, whose windows are clipped, go in pieces whose clipped taps
// are left out (baked in); rows are clipped by the runtime kernel-row range.
// Weights are packed per block of 4 channels: bias, then k*k taps.
import { ACT_LOCALS, actInPass, applyAct, inPlace } from "./activation.ts";
import type { ConvGeometry } from "../geometry.ts";
import { laneBlocks, type PackedLayout } from "./packed.ts";
import { forLoop, get, i32, i32Locals, lines, range, v128Locals, madd } from "./wat.ts";
import { signature } from "../signature.ts";

export interface DepthwiseParams extends ConvGeometry {
  /** Channel stride (physical channels) of input and output, in floats. */
  cin: number;
  cout: number;
  fma: boolean;
  /**
   * Input rows held, 0 for all: the input is a ring of that many rows (row iy in slot iy mod ring),
   * which a fused expansion fills a band at a time (compiler/backend/wasm/band-fusion.ts).
   */
  ring: number;
}

export function depthwiseName(p: DepthwiseParams): string {
  return `dw_k${p.k}_s${p.stride}_${p.h}x${p.w}_p${p.padTop}.${p.padLeft}_c${p.cin}.${p.cout}${p.ring ? `_ring${p.ring}` : ""}_${p.act}${p.fma ? "_fma" : ""}`;
}

/** Whether a kernel row's inputs pass once (stride 1) rather than tap by tap. */
const slides = (p: { stride: number }) => p.stride === 1;

/**
 * Output pixels per tile: 7 at either stride. Stride 1: the best of 3-8 measured over MixNet's
 * and MobileNetV3's shapes. Tap by tap: 7 accumulators, 7 inputs and a weight fill V8's 15
 * vector registers; on MixNet-M's stride-2 layers 7 measured 1.02-1.20x as fast as 6 with FMA,
 * 0.98-1.26x on plain SIMD, and their output widths (56, 28, 14, 7) are whole tiles.
 */
const T = 7;

/** `count` consecutive output pixels from column `ox`; pixel i's window columns are [kx0[i], kx1[i]) (clipped at the borders). */
interface Piece {
  ox: number;
  count: number;
  kx0: number[];
  kx1: number[];
}

/**
 * Splits a row into pieces of T pixels from column 0 (the last may be shorter): the run of
 * pieces whose windows are all whole becomes a loop over T-pixel tiles, the rest (the borders,
 * each with some interior pixels, and the tail) stay pieces. Aligning the pieces to column 0
 * rather than to the first interior column gives the fewest pieces, none of a single border pixel.
 */
function rowPieces(p: DepthwiseParams): { pieces: Piece[]; tiles: { from: number; to: number } } {
  const { k, stride: s } = p;
  const left = (ox: number) => ox * s - p.padLeft;
  const piece = (ox: number, count: number): Piece => ({
    ox,
    count,
    kx0: range(count).map((i) => Math.max(0, -left(ox + i))),
    kx1: range(count).map((i) => Math.min(k, p.w - left(ox + i))),
  });
  const all = range(Math.ceil(p.ow / T)).map((c) => piece(c * T, Math.min(T, p.ow - c * T)));
  const whole = (c: Piece) => c.count === T && c.kx0.every((x) => x === 0) && c.kx1.every((x) => x === k);
  const first = all.findIndex(whole);
  if (first < 0) return { pieces: all, tiles: { from: 0, to: 0 } };
  let last = first;
  while (last < all.length && whole(all[last]!)) last++;
  return { pieces: [...all.slice(0, first), ...all.slice(last)], tiles: { from: first * T, to: last * T } };
}

/**
 * One kernel row for a piece's pixels, stride 1: the row's weights in registers, each input column
 * loaded once and multiplied into every pixel whose window holds it. Each pixel's sum takes the taps
 * in the same order as tap by tap. $xb: the input under window column 0 of the piece's first pixel;
 * $wk: the row's first tap. Neither moves.
 */
function slidingRow(p: DepthwiseParams, c: Piece): string {
  const { k, stride: s } = p;
  const xs = p.cin * 4;
  const inside = (i: number, kx: number) => kx >= 0 && c.kx0[i]! <= kx && kx < c.kx1[i]!;
  const uses = (j: number) => range(c.count).filter((i) => inside(i, j - i * s));
  const taps = range(k).filter((kx) => range(c.count).some((i) => inside(i, kx)));
  return [
    ...taps.map((kx) => `(local.set $w${kx} (v128.load offset=${kx * 16} (local.get $wk)))`),
    ...range((c.count - 1) * s + k).flatMap((j) =>
      uses(j).length === 0 ? [] : [`(local.set $xv (v128.load offset=${j * xs} (local.get $xb)))`, ...uses(j).map((i) => madd(p.fma, `a${i}`, get("xv"), get(`w${j - i * s}`)))],
    ),
  ].join("\n      ");
}

/**
 * One kernel row for a piece's pixels, tap by tap, from window column min(kx0): the columns split into
 * segments where the same pixels are inside their windows, each a loop over its taps (a loop, even of
 * one tap, so that no basic block holds more than one tap's loads). $xb and $wk walk column by column.
 */
function tapByTapRow(p: DepthwiseParams, c: Piece): string {
  const xs = p.cin * 4;
  const cuts = [...new Set([...c.kx0, ...c.kx1])].sort((a, b) => a - b);
  return cuts
    .slice(0, -1)
    .map((a, n) => {
      const b = cuts[n + 1]!;
      const active = range(c.count).filter((i) => c.kx0[i]! <= a && b <= c.kx1[i]!);
      return `(local.set $kx ${i32(b - a)})
      (loop $kx_next
        (local.set $w0 (v128.load (local.get $wk)))
        ${active.map((i) => `(local.set $x${i} (v128.load offset=${i * p.stride * xs} (local.get $xb)))`).join("\n        ")}
        ${active.map((i) => madd(p.fma, `a${i}`, get(`x${i}`), get("w0"))).join("\n        ")}
        (local.set $xb (i32.add (local.get $xb) ${i32(xs)}))
        (local.set $wk (i32.add (local.get $wk) ${i32(16)}))
        (br_if $kx_next (local.tee $kx (i32.sub (local.get $kx) ${i32(1)}))))`;
    })
    .join("\n      ");
}

/** Computes a piece's output pixels (from column `ox`, an i32 expression) for every channel block, over the row's kernel rows [$ky0, $ky1). */
function pixels(p: DepthwiseParams, ox: string, c: Piece): string {
  const { k, stride: s } = p;
  const xs = p.cin * 4;
  const ys = p.cout * 4;
  // Tap by tap starts at the piece's first window column and walks the row's columns it reaches.
  const kx0 = slides(p) ? 0 : Math.min(...c.kx0);
  const walked = slides(p) ? 0 : Math.max(...c.kx1) - kx0;
  return `(local.set $xt (i32.add (local.get $xrow) (i32.mul ${ox} ${i32(s * xs)})))
    (local.set $yt (i32.add (local.get $yrow) (i32.mul ${ox} ${i32(ys)})))
    (local.set $wb (local.get $w))
    ${forLoop(
      "cb16",
      i32(0),
      get("nb16"),
      16,
      `${lines(c.count, (i) => `(local.set $a${i} (v128.load (local.get $wb)))`)}
    (local.set $xb (i32.add (i32.add (local.get $xt) (local.get $cb16)) ${i32(kx0 * xs)}))
    (local.set $wk (i32.add (i32.add (local.get $wb) (local.get $wky)) ${i32(16 + kx0 * 16)}))
    ${p.ring ? "(local.set $slot (local.get $slot0))" : ""}
    ${forLoop(
      "ky",
      get("ky0"),
      get("ky1"),
      1,
      `${slides(p) ? slidingRow(p, c) : tapByTapRow(p, c)}
      (local.set $xb (i32.add (local.get $xb) ${i32((p.w - walked) * xs)}))
      (local.set $wk (i32.add (local.get $wk) ${i32((k - walked) * 16)}))
      ${p.ring ? wrapRow(p) : ""}`,
    )}
    (local.set $yb (i32.add (local.get $yt) (local.get $cb16)))
    ${lines(c.count, (i) => `(v128.store offset=${i * ys} (local.get $yb) ${applyAct(rowPass(p) ? "none" : p.act, get(`a${i}`), p.fma)})`)}
    (local.set $wb (i32.add (local.get $wb) ${i32((k * k + 1) * 16)}))`,
    )}`;
}

/**
 * Whether the tiles store without the activation, applied by a pass over each finished output
 * row instead (actInPass): k = 3 and 5 swish layers measured 1.23-1.35x as fast with it.
 */
const rowPass = (p: DepthwiseParams) => actInPass(p.act, p.fma);

/** Applies the activation in place to output row $oy's pixels, the run's channels of each. */
const activateRow = (p: DepthwiseParams) => `(local.set $yb (local.get $yrow))
    (local.set $px ${i32(p.ow)})
    (loop $px_next
      (local.set $cb16 ${i32(0)})
      (loop $cb_next
        ${inPlace(p.act, "(i32.add (local.get $yb) (local.get $cb16))", p.fma)}
        (br_if $cb_next (i32.lt_u (local.tee $cb16 (i32.add (local.get $cb16) ${i32(16)})) (local.get $nb16))))
      (local.set $yb (i32.add (local.get $yb) ${i32(p.cout * 4)}))
      (br_if $px_next (local.tee $px (i32.sub (local.get $px) ${i32(1)}))))`;

/** A ring's next row: past its last slot, back to its first. */
const wrapRow = (p: DepthwiseParams) => `(local.set $slot (i32.add (local.get $slot) ${i32(1)}))
      (if (i32.eq (local.get $slot) ${i32(p.ring)}) (then
        (local.set $slot ${i32(0)})
        (local.set $xb (i32.sub (local.get $xb) ${i32(p.ring * p.w * p.cin * 4)}))))`;

/** x, w, y: addresses of the run's first channel at pixel 0 and its packed weights; nb blocks of 4 channels; output rows [row0, row0 + rows) (threads share rows out). */
export const DEPTHWISE = signature("x", "w", "y", "nb", "row0", "rows");

export function depthwiseKernel(p: DepthwiseParams): string {
  const { k, stride: s } = p;
  const { pieces, tiles } = rowPieces(p);
  return `(func $${depthwiseName(p)} ${DEPTHWISE.wasmParams}
  ${i32Locals(["oy", "oy1", "ox", "iy0", "ky0", "ky1", "ky", ...(slides(p) ? [] : ["kx"]), ...(p.ring ? ["slot0", "slot"] : []), "wky", "cb16", "nb16", "wb", "wk", "xb", "yb", "xrow", "yrow", "xt", "yt", ...(rowPass(p) ? ["px"] : [])])}
  ${v128Locals([...range(T).map((i) => `a${i}`), ...(slides(p) ? [...range(k).map((kx) => `w${kx}`), "xv"] : [...range(T).map((i) => `x${i}`), "w0"])])} ${ACT_LOCALS}
  (local.set $nb16 (i32.shl (local.get $nb) ${i32(4)}))
  (local.set $oy1 (i32.add (local.get $row0) (local.get $rows)))
  ${forLoop(
    "oy",
    get("row0"),
    get("oy1"),
    1,
    `(local.set $iy0 (i32.sub (i32.mul (local.get $oy) ${i32(s)}) ${i32(p.padTop)}))
    (local.set $ky0 (select (i32.sub ${i32(0)} (local.get $iy0)) ${i32(0)} (i32.lt_s (local.get $iy0) ${i32(0)})))
    (local.set $ky1 (i32.sub ${i32(p.h)} (local.get $iy0)))
    (local.set $ky1 (select ${i32(k)} (local.get $ky1) (i32.gt_s (local.get $ky1) ${i32(k)})))
    ;; input row iy0 + ky0 (in a ring, its slot), column -padLeft: the window's first row inside the input, for output column 0
    ${p.ring ? `(local.set $slot0 (i32.rem_u (i32.add (local.get $iy0) (local.get $ky0)) ${i32(p.ring)}))` : ""}
    (local.set $xrow (i32.add (local.get $x) (i32.mul (i32.sub (i32.mul ${p.ring ? get("slot0") : "(i32.add (local.get $iy0) (local.get $ky0))"} ${i32(p.w)}) ${i32(p.padLeft)}) ${i32(p.cin * 4)})))
    ;; and kernel row ky0's first tap, from a block's bias
    (local.set $wky (i32.mul (local.get $ky0) ${i32(k * 16)}))
    (local.set $yrow (i32.add (local.get $y) (i32.mul (local.get $oy) ${i32(p.ow * p.cout * 4)})))
    ${tiles.to > tiles.from ? forLoop("ox", i32(tiles.from), i32(tiles.to), T, pixels(p, get("ox"), { ox: 0, count: T, kx0: Array(T).fill(0), kx1: Array(T).fill(k) })) : ""}
    ${pieces.map((c) => pixels(p, i32(c.ox), c)).join("\n    ")}
    ${rowPass(p) ? activateRow(p) : ""}`,
  )})`;
}

export const depthwiseLayout = (blocks: number, k: number): PackedLayout => laneBlocks(blocks, k * k, 4);

/**
 * Packs a run of 4-channel blocks for one kernel size k. Channels of smaller
 * kernels (a block may straddle two MixConv groups) are embedded centred in
 * the k x k window with zeros around, which computes the same thing.
 */
export function packDepthwise(
  channels: { kernel: number; weights: ArrayLike<number> | undefined; bias: number }[],
  k: number,
): Float32Array {
  const blocks = Math.ceil(channels.length / 4);
  const packed = new Float32Array(blocks * (k * k + 1) * 4);
  channels.forEach((c, i) => {
    const base = Math.floor(i / 4) * (k * k + 1) * 4 + (i % 4);
    packed[base] = c.bias;
    if (!c.weights) return;
    const off = (k - c.kernel) / 2;
    for (let ky = 0; ky < c.kernel; ky++) {
      for (let kx = 0; kx < c.kernel; kx++) packed[base + 4 * (1 + (ky + off) * k + kx + off)] = c.weights[ky * c.kernel + kx]!;
    }
  });
  return packed;
}
