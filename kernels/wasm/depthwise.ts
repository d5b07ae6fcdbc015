// Depthwise convolution over NHWC tensors, one kernel size for a run of
// 4-channel blocks (a MixConv is lowered to one call per run of its groups).
// Every shape is static, so the generator bakes them in. Interior output
// pixels go T at a time: a row's k weights sit in registers and each input
// vector of the row is loaded once and used by every output it touches
// ((T-1)*stride + k loads instead of T*k). Border columns, whose windows are
// clipped, get their own unrolled code with the clipped range baked in; rows
// are clipped by a runtime kernel-row range.
// Weights are packed per block of 4 channels: bias, then k*k taps.
import { ACT_LOCALS, applyAct, inPlace, isCheap } from "./activation.ts";
import type { ConvGeometry } from "./stem.ts";
import { laneBlocks, type PackedLayout } from "./packed.ts";
import { forLoop, get, i32, i32Locals, lines, range, v128Locals, madd } from "./wat.ts";
import { signature } from "../signature.ts";

export interface DepthwiseParams extends ConvGeometry {
  /** Channel stride (physical channels) of input and output, in floats. */
  cin: number;
  cout: number;
  fma: boolean;
}

export function depthwiseName(p: DepthwiseParams): string {
  return `dw_k${p.k}_s${p.stride}_${p.h}x${p.w}_p${p.padTop}.${p.padLeft}_c${p.cin}.${p.cout}_${p.act}${p.fma ? "_fma" : ""}`;
}

/** Output pixels per interior tile: more for small kernels, whose weights take fewer registers. */
const tileWidth = (k: number) => (k <= 3 ? 8 : 4);


/** A run of output columns computed the same way: `count` pixels from `ox`, with window columns [kx0, kx1). */
interface Piece {
  ox: number;
  count: number;
  kx0: number;
  kx1: number;
}

/** Splits a row into border pixels (clipped windows) and interior tiles. */
function rowPieces(p: DepthwiseParams): { pieces: Piece[]; tiles: { from: number; to: number } } {
  const { k, stride: s } = p;
  const clip = (ox: number): Piece => {
    const left = ox * s - p.padLeft;
    return { ox, count: 1, kx0: Math.max(0, -left), kx1: Math.min(k, p.w - left) };
  };
  const interior = (ox: number) => ox * s - p.padLeft >= 0 && ox * s - p.padLeft + k <= p.w;
  const first = range(p.ow).find(interior) ?? p.ow;
  let last = first;
  while (last < p.ow && interior(last)) last++;
  const T = tileWidth(k);
  const tiled = first + Math.floor((last - first) / T) * T;
  const pieces = [...range(first).map(clip), ...range(last - tiled).map((i) => clip(tiled + i)), ...range(p.ow - last).map((i) => clip(last + i))];
  return { pieces, tiles: { from: first, to: tiled } };
}

/** Accumulates one kernel row for `count` pixels at column ox (a runtime local or a constant). */
function rowTaps(p: DepthwiseParams, count: number, kx0: number, kx1: number): string {
  const s = p.stride;
  const xs = p.cin * 4;
  const out: string[] = [];
  for (let kx = kx0; kx < kx1; kx++) out.push(`(local.set $w${kx} (v128.load offset=${16 + kx * 16} (local.get $wk)))`);
  // Input column j (relative to the first pixel's window start) feeds pixel i through tap j - i*s.
  for (let j = kx0; j <= (count - 1) * s + kx1 - 1; j++) {
    const uses = range(count).filter((i) => j - i * s >= kx0 && j - i * s < kx1);
    if (uses.length === 0) continue;
    out.push(`(local.set $xv (v128.load offset=${j * xs} (local.get $xb)))`);
    for (const i of uses) out.push(madd(p.fma, `a${i}`, get("xv"), get(`w${j - i * s}`)));
  }
  return out.join("\n        ");
}

/** Computes `count` output pixels starting at column `ox` (an i32 expression) for every channel block; `act` false stores them raw. */
function pixels(p: DepthwiseParams, ox: string, count: number, kx0: number, kx1: number, act = true): string {
  const { k, stride: s } = p;
  const xs = p.cin * 4;
  const ys = p.cout * 4;
  const blockBytes = (k * k + 1) * 16;
  return forLoop(
    "cb",
    i32(0),
    get("nb"),
    1,
    `(local.set $cb16 (i32.shl (local.get $cb) ${i32(4)}))
    (local.set $wb (i32.add (local.get $w) (i32.mul (local.get $cb) ${i32(blockBytes)})))
    ${lines(count, (i) => `(local.set $a${i} (v128.load (local.get $wb)))`)}
    ${forLoop(
      "ky",
      get("ky0"),
      get("ky1"),
      1,
      `(local.set $xb (i32.add (local.get $x) (i32.add (local.get $cb16) (i32.mul (i32.add (i32.mul (i32.add (local.get $iy0) (local.get $ky)) ${i32(p.w)}) (i32.sub (i32.mul ${ox} ${i32(s)}) ${i32(p.padLeft)})) ${i32(xs)}))))
      (local.set $wk (i32.add (local.get $wb) (i32.mul (local.get $ky) ${i32(k * 16)})))
      ${rowTaps(p, count, kx0, kx1)}`,
    )}
    (local.set $yb (i32.add (local.get $y) (i32.add (local.get $yrow) (i32.add (i32.mul ${ox} ${i32(ys)}) (local.get $cb16)))))
    ${lines(count, (i) => `(v128.store offset=${i * ys} (local.get $yb) ${act ? applyAct(p.act, get(`a${i}`), p.fma) : get(`a${i}`)})`)}`,
  );
}

/**
 * An exp-based activation over the border columns just written (still in
 * cache), in loops over column ranges: one copy of its code instead of one
 * per border column. Interior tiles apply it inline, where it pays.
 */
function activateColumns(p: DepthwiseParams, pieces: Piece[]): string {
  const ranges: [number, number][] = [];
  for (const c of pieces) {
    const last = ranges.at(-1);
    if (last && last[1] === c.ox) last[1] = c.ox + c.count;
    else ranges.push([c.ox, c.ox + c.count]);
  }
  const at = `(i32.add (local.get $y) (i32.add (local.get $yrow) (i32.add (i32.mul (local.get $ox) ${i32(p.cout * 4)}) (i32.shl (local.get $cb) ${i32(4)}))))`;
  return ranges.map(([from, to]) => forLoop("ox", i32(from), i32(to), 1, forLoop("cb", i32(0), get("nb"), 1, inPlace(p.act, at, p.fma)))).join("\n    ");
}

/** x, w, y: addresses of the run's first channel at pixel 0 and its packed weights; nb blocks of 4 channels. */
export const DEPTHWISE = signature("x", "w", "y", "nb");

export function depthwiseKernel(p: DepthwiseParams): string {
  const { k, stride: s } = p;
  const T = tileWidth(k);
  const { pieces, tiles } = rowPieces(p);
  return `(func $${depthwiseName(p)} ${DEPTHWISE.wasmParams}
  ${i32Locals(["oy", "ox", "iy0", "ky0", "ky1", "cb", "cb16", "wb", "wk", "xb", "yb", "ky", "yrow"])}
  ${v128Locals([...range(T).map((i) => `a${i}`), ...range(k).map((i) => `w${i}`), "xv"])} ${ACT_LOCALS}
  ${forLoop(
    "oy",
    i32(0),
    i32(p.oh),
    1,
    `(local.set $iy0 (i32.sub (i32.mul (local.get $oy) ${i32(s)}) ${i32(p.padTop)}))
    (local.set $ky0 (select (i32.sub ${i32(0)} (local.get $iy0)) ${i32(0)} (i32.lt_s (local.get $iy0) ${i32(0)})))
    (local.set $ky1 (i32.sub ${i32(p.h)} (local.get $iy0)))
    (local.set $ky1 (select ${i32(k)} (local.get $ky1) (i32.gt_s (local.get $ky1) ${i32(k)})))
    (local.set $yrow (i32.mul (local.get $oy) ${i32(p.ow * p.cout * 4)}))
    ${tiles.to > tiles.from ? forLoop("ox", i32(tiles.from), i32(tiles.to), T, pixels(p, get("ox"), T, 0, k)) : ""}
    ${pieces.map((c) => pixels(p, i32(c.ox), c.count, c.kx0, c.kx1, isCheap(p.act))).join("\n    ")}
    ${isCheap(p.act) ? "" : activateColumns(p, pieces)}`,
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
