// Kernels over a whole tensor's channels: global average pooling, the
// squeeze-and-excitation gate, scaling weight rows by that gate, and the
// classifier. Channel vectors are padded to a multiple of 4 (SE, pooling) or
// of 16 (classifier outputs).
import { ACT_LOCALS, applyAct } from "./activation.ts";
import { gateSuffix, type Act } from "../activation.ts";
import { laneBlocks, type PackedLayout } from "./packed.ts";
import { forLoop, get, i32, i32Locals, lines, madd, mulAdd, range, v128Locals } from "./wat.ts";
import { CHANNEL_BLOCK_BYTES, LOGITS_BLOCK } from "../tiles.ts";
import { signature } from "../signature.ts";

/** Sums `pixels` NHWC pixels of `channels` (a multiple of 4) into out[], divided by pixels. */
function meanLoop(pixels: number, channels: number, x: string, out: string): string {
  return `${forLoop("c", i32(0), i32(channels * 4), 16, `(v128.store (i32.add ${out} (local.get $c)) (v128.const i32x4 0 0 0 0))`)}
  ${forLoop(
    "p",
    i32(0),
    i32(pixels),
    1,
    forLoop(
      "c",
      i32(0),
      i32(channels * 4),
      16,
      `(v128.store (i32.add ${out} (local.get $c)) (f32x4.add (v128.load (i32.add ${out} (local.get $c)))
        (v128.load (i32.add ${x} (i32.add (i32.mul (local.get $p) ${i32(channels * 4)}) (local.get $c))))))`,
    ),
  )}
  ${forLoop("c", i32(0), i32(channels * 4), 16, `(v128.store (i32.add ${out} (local.get $c)) (f32x4.mul (v128.load (i32.add ${out} (local.get $c))) (v128.const f32x4 ${1 / pixels} ${1 / pixels} ${1 / pixels} ${1 / pixels})))`)}`;
}

export const meanName = (pixels: number, channels: number) => `mean_${pixels}_c${channels}`;

/** x, y: global average of an NHWC tensor into a vector. */
export const MEAN = signature("x", "y");

export function meanKernel(pixels: number, channels: number): string {
  return `(func $${meanName(pixels, channels)} ${MEAN.wasmParams} ${i32Locals(["p", "c"])}
  ${meanLoop(pixels, channels, get("x"), get("y"))})`;
}

export interface SeParams {
  pixels: number;
  /** Physical channels (a multiple of 4). */
  channels: number;
  reduced: number;
  act: Act;
  /** The gate's activation (sigmoid, or hsigmoid as in MobileNetV3). */
  gate: Act;
  /** Fused multiply-add (relaxed SIMD) instead of mul + add. */
  fma: boolean;
}

/** A sigmoid gate goes unnamed, as before gates could differ. */

export const seName = (p: SeParams) => `se_${p.pixels}_c${p.channels}_r${p.reduced}_${p.act}${gateSuffix(p.gate)}${p.fma ? "_fma" : ""}`;

/**
 * x, w, gate, tmp: gate = gate_fn(W2 act(W1 mean(x) + b1) + b2). Weights:
 * W1 [reduced][channels], b1 [reduced], W2 transposed [reduced][channels], b2 [channels].
 * tmp holds channels + reduced floats.
 */
export const SE = signature("x", "w", "gate", "tmp");

/**
 * Outputs per step in both products. The squeeze keeps CHAINS independent sums: one sum per output
 * made it a single chain of dependent multiply-adds (latency-bound: 4.8 GFLOP/s on MobileNetV3's
 * 960 -> 240 -> 960); CHAINS outputs at a time share the mean's loads and overlap. The excitation's
 * sums live in the gate vector, CHAINS of them updated per step. Each output's sum keeps its order.
 */
const CHAINS = 4;

/** Loops `count` items from 0 by `bytes` each: `group` at a time with `body(n)` for n of them, then one at a time. */
function grouped(i: string, count: number, bytes: number, group: number, body: (n: number) => string): string {
  const whole = count - (count % group);
  return `${forLoop(i, i32(0), i32(whole * bytes), group * bytes, body(group))}
  ${forLoop(i, i32(whole * bytes), i32(count * bytes), bytes, body(1))}`;
}

export function seKernel(p: SeParams): string {
  const c4 = p.channels * 4;
  const b1 = p.reduced * c4;
  const w2 = b1 + p.reduced * 4;
  const b2 = w2 + p.reduced * c4;
  const acc = range(CHAINS).map((j) => `acc${j}`);
  // Hidden unit o (at $o = 4 o bytes): W1 row o . mean, plus b1[o], through act, into tmp after the mean.
  const squeeze = (n: number) => `${lines(n, (j) => `(local.set $acc${j} (v128.const i32x4 0 0 0 0))`)}
    (local.set $row (i32.add (local.get $w) (i32.mul (local.get $o) ${i32(p.channels)})))
    ${forLoop(
      "c",
      i32(0),
      i32(c4),
      16,
      `(local.set $v (v128.load (i32.add (local.get $tmp) (local.get $c))))
      ${lines(n, (j) => madd(p.fma, `acc${j}`, get("v"), `(v128.load offset=${j * c4} (i32.add (local.get $row) (local.get $c)))`))}`,
    )}
    ${lines(
      n,
      (j) => `(local.set $s (f32.add (f32.add (f32x4.extract_lane 0 (local.get $acc${j})) (f32x4.extract_lane 1 (local.get $acc${j}))) (f32.add (f32x4.extract_lane 2 (local.get $acc${j})) (f32x4.extract_lane 3 (local.get $acc${j})))))
    (local.set $s (f32.add (local.get $s) (f32.load offset=${b1 + j * 4} (i32.add (local.get $w) (local.get $o)))))
    (f32.store offset=${c4 + j * 4} (i32.add (local.get $tmp) (local.get $o)) (f32x4.extract_lane 0 ${applyAct(p.act, "(f32x4.splat (local.get $s))", p.fma)}))`,
    )}`;
  // gate = b2 + W2^T hidden, accumulated in place row by row of W2^T, so that its weights are read in order (one stream);
  // each channel's sum keeps its order. Then through the gate.
  const excite = `${forLoop("c", i32(0), i32(c4), 16, `(v128.store (i32.add (local.get $gate) (local.get $c)) (v128.load offset=${b2} (i32.add (local.get $w) (local.get $c))))`)}
    (local.set $row (i32.add (local.get $w) ${i32(w2)}))
    ${forLoop(
      "o",
      i32(0),
      i32(p.reduced * 4),
      4,
      `(local.set $v (v128.load32_splat offset=${c4} (i32.add (local.get $tmp) (local.get $o))))
      ${grouped("c", p.channels / 4, 16, CHAINS, (n) => lines(n, (j) => `(v128.store offset=${j * 16} (i32.add (local.get $gate) (local.get $c)) ${mulAdd(p.fma, get("v"), `(v128.load offset=${j * 16} (i32.add (local.get $row) (local.get $c)))`, `(v128.load offset=${j * 16} (i32.add (local.get $gate) (local.get $c)))`)})`))}
      (local.set $row (i32.add (local.get $row) ${i32(c4)}))`,
    )}
    ${forLoop("c", i32(0), i32(c4), 16, `(v128.store (i32.add (local.get $gate) (local.get $c)) ${applyAct(p.gate, "(v128.load (i32.add (local.get $gate) (local.get $c)))", p.fma)})`)}`;
  return `(func $${seName(p)} ${SE.wasmParams}
  ${i32Locals(["p", "c", "o", "row"])} ${v128Locals([...acc, "v"])} (local $s f32) ${ACT_LOCALS}
  ${meanLoop(p.pixels, p.channels, get("x"), get("tmp"))}
  ${grouped("o", p.reduced, 4, CHAINS, squeeze)}
  ${excite})`;
}

/** W1 (an output channel per row), b1, W2 transposed (an output channel per column), b2. */
export const seLayout = (channels: number, reduced: number): PackedLayout => [
  { blocks: 1, keep: 0, rows: reduced, cols: channels, channel: "row" },
  { blocks: 1, keep: reduced, rows: reduced, cols: channels, channel: "col" },
  { blocks: 1, keep: channels, rows: 0, cols: channels, channel: "col" },
];

export function packSe(w1: ArrayLike<number>, b1: ArrayLike<number>, w2: ArrayLike<number>, b2: ArrayLike<number>, c: number, channels: number, reduced: number): Float32Array {
  const packed = new Float32Array(2 * reduced * channels + reduced + channels);
  const w2at = reduced * channels + reduced;
  for (let o = 0; o < reduced; o++) {
    packed[reduced * channels + o] = b1[o]!;
    for (let i = 0; i < c; i++) {
      packed[o * channels + i] = w1[o * c + i]!;
      packed[w2at + o * channels + i] = w2[i * reduced + o]!;
    }
  }
  for (let i = 0; i < c; i++) packed[w2at + reduced * channels + i] = b2[i]!;
  return packed;
}

export const GATE_ROWS = "gate_rows";

/** src, dst, gate, nb, cin: copies nb pointwise weight blocks, scaling row ci by gate[ci]. */
export const GATE_ROWS_SIGNATURE = signature("src", "dst", "gate", "nb", "cin");

export const gateRowsKernel = `(func $${GATE_ROWS} ${GATE_ROWS_SIGNATURE.wasmParams}
  ${i32Locals(["b", "ci"])} (local $g v128)
  ${forLoop(
    "b",
    i32(0),
    get("nb"),
    1,
    `(v128.store (local.get $dst) (v128.load (local.get $src)))
    (v128.store offset=16 (local.get $dst) (v128.load offset=16 (local.get $src)))
    (local.set $src (i32.add (local.get $src) ${i32(CHANNEL_BLOCK_BYTES)}))
    (local.set $dst (i32.add (local.get $dst) ${i32(CHANNEL_BLOCK_BYTES)}))
    ${forLoop(
      "ci",
      i32(0),
      get("cin"),
      1,
      `(local.set $g (v128.load32_splat (i32.add (local.get $gate) (i32.shl (local.get $ci) ${i32(2)}))))
      (v128.store (local.get $dst) (f32x4.mul (v128.load (local.get $src)) (local.get $g)))
      (v128.store offset=16 (local.get $dst) (f32x4.mul (v128.load offset=16 (local.get $src)) (local.get $g)))
      (local.set $src (i32.add (local.get $src) ${i32(CHANNEL_BLOCK_BYTES)}))
      (local.set $dst (i32.add (local.get $dst) ${i32(CHANNEL_BLOCK_BYTES)}))`,
    )}`,
  )})`;

const LINEAR_BLOCK = LOGITS_BLOCK;
export const linearName = (cin: number, blocks: number) => `linear_${cin}_b${blocks}`;

/** x, w, y: y = W x + b, 16 outputs (a block) at a time; weights per block: bias[16], then cin rows of 16. */
export const LINEAR = signature("x", "w", "y");

/**
 * Two blocks per pass over x: eight independent sums instead of four, whose chains of dependent
 * adds bound the kernel, and two weight streams in flight. Each output's sum keeps its order.
 */
const LINEAR_PAIR = 2;

export function linearKernel(cin: number, blocks: number): string {
  const blockBytes = (cin + 1) * 64;
  const acc = (k: number, j: number) => `a${k * 4 + j}`;
  const each = (n: number, f: (k: number, j: number) => string) => range(n).flatMap((k) => range(4).map((j) => f(k, j))).join("\n    ");
  // Blocks from $b on ($b: the first block's byte offset in y, 64 per block).
  const body = (n: number) => `(local.set $wp (i32.add (local.get $w) (i32.mul (local.get $b) ${i32(cin + 1)})))
    ${each(n, (k, j) => `(local.set $${acc(k, j)} (v128.load offset=${k * blockBytes + j * 16} (local.get $wp)))`)}
    ${forLoop(
      "i",
      i32(0),
      i32(cin),
      1,
      `(local.set $wp (i32.add (local.get $wp) ${i32(64)}))
      (local.set $v (v128.load32_splat (i32.add (local.get $x) (i32.shl (local.get $i) ${i32(2)}))))
      ${each(n, (k, j) => `(local.set $${acc(k, j)} (f32x4.add (local.get $${acc(k, j)}) (f32x4.mul (local.get $v) (v128.load offset=${k * blockBytes + j * 16} (local.get $wp)))))`)}`,
    )}
    ${each(n, (k, j) => `(v128.store offset=${k * 64 + j * 16} (i32.add (local.get $y) (local.get $b)) (local.get $${acc(k, j)}))`)}`;
  return `(func $${linearName(cin, blocks)} ${LINEAR.wasmParams}
  ${i32Locals(["b", "i", "wp"])} ${v128Locals([...range(LINEAR_PAIR * 4).map((i) => `a${i}`), "v"])}
  ${grouped("b", blocks, 64, LINEAR_PAIR, body)})`;
}

export const linearLayout = (cin: number, cout: number): PackedLayout => laneBlocks(Math.ceil(cout / LINEAR_BLOCK), cin, LINEAR_BLOCK);

export function packLinear(w: ArrayLike<number>, b: ArrayLike<number>, cin: number, cout: number): Float32Array {
  const blocks = Math.ceil(cout / LINEAR_BLOCK);
  const packed = new Float32Array(blocks * (cin + 1) * LINEAR_BLOCK);
  for (let o = 0; o < cout; o++) {
    const base = Math.floor(o / LINEAR_BLOCK) * (cin + 1) * LINEAR_BLOCK + (o % LINEAR_BLOCK);
    packed[base] = b[o]!;
    for (let i = 0; i < cin; i++) packed[base + LINEAR_BLOCK * (i + 1)] = w[o * cin + i]!;
  }
  return packed;
}
