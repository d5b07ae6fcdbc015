// Depthwise convolution over NHWC tensors, one kernel size for a run of
// 4-channel blocks (a MixConv is lowered to one call per run of its groups).
// Every shape is static, so the generator bakes them in: interior output
// pixels go 4 at a time with every tap unrolled and constant load offsets;
// only border pixels pay for bounds checks.
// Weights are packed per block of 4 channels: bias, then k*k taps.
import { applyAct, type Act } from "./activation.ts";
import { forLoop, get, i32, i32Locals, lines, v128Locals } from "./wat.ts";

export interface DepthwiseParams {
  k: number;
  stride: number;
  /** Input and output height and width. */
  h: number;
  w: number;
  oh: number;
  ow: number;
  /** Zero padding before, top and left. */
  padTop: number;
  padLeft: number;
  /** Channel stride (physical channels) of input and output, in floats. */
  cin: number;
  cout: number;
  act: Act;
  fma: boolean;
}

export function depthwiseName(p: DepthwiseParams): string {
  return `dw_k${p.k}_s${p.stride}_${p.h}x${p.w}_p${p.padTop}.${p.padLeft}_c${p.cin}.${p.cout}_${p.act}${p.fma ? "_fma" : ""}`;
}

const TILE = 4;

const madd = (fma: boolean, acc: string, a: string, b: string) =>
  fma ? `(local.set $${acc} (f32x4.relaxed_madd ${a} ${b} (local.get $${acc})))` : `(local.set $${acc} (f32x4.add (local.get $${acc}) (f32x4.mul ${a} ${b})))`;

/** (x, w, y, nb): addresses of the run's first channel at pixel 0 and its packed weights; nb blocks of 4 channels. */
export function depthwiseKernel(p: DepthwiseParams): string {
  const { k, stride: s } = p;
  const xs = p.cin * 4;
  const ys = p.cout * 4;
  const blockBytes = (k * k + 1) * 16;
  // Output columns whose whole window lies inside the input.
  const oxA = Math.min(p.ow, Math.ceil(p.padLeft / s));
  const oxB = Math.max(oxA, Math.min(p.ow, Math.floor((p.w - k + p.padLeft) / s) + 1));
  const store = (i: number) =>
    `(v128.store offset=${i * ys} (i32.add (local.get $y) (i32.add (local.get $yrow) (i32.add (i32.mul (local.get $ox) ${i32(ys)}) (local.get $cb16)))) ${applyAct(p.act, get(`a${i}`))})`;
  const interior = `
    ${forLoop(
      "cb",
      i32(0),
      get("nb"),
      1,
      `(local.set $cb16 (i32.shl (local.get $cb) ${i32(4)}))
      (local.set $wb (i32.add (local.get $w) (i32.mul (local.get $cb) ${i32(blockBytes)})))
      ${lines(TILE, (i) => `(local.set $a${i} (v128.load (local.get $wb)))`)}
      ${forLoop(
        "ky",
        get("ky0"),
        get("ky1"),
        1,
        `(local.set $xb (i32.add (local.get $x) (i32.add (local.get $cb16) (i32.mul (i32.add (i32.mul (i32.add (local.get $iy0) (local.get $ky)) ${i32(p.w)}) (i32.sub (i32.mul (local.get $ox) ${i32(s)}) ${i32(p.padLeft)})) ${i32(xs)}))))
        (local.set $wk (i32.add (local.get $wb) (i32.mul (local.get $ky) ${i32(k * 16)})))
        ${lines(k, (kx) => `(local.set $t (v128.load offset=${16 + kx * 16} (local.get $wk)))\n        ${lines(TILE, (i) => madd(p.fma, `a${i}`, `(v128.load offset=${(i * s + kx) * xs} (local.get $xb))`, get("t")))}`)}`,
      )}
      ${lines(TILE, store)}`,
    )}`;
  const border = `
    (local.set $kx0 (select (i32.sub ${i32(p.padLeft)} (i32.mul (local.get $ox) ${i32(s)})) ${i32(0)} (i32.gt_s (i32.sub ${i32(p.padLeft)} (i32.mul (local.get $ox) ${i32(s)})) ${i32(0)})))
    (local.set $kx1 (i32.sub ${i32(p.w + p.padLeft)} (i32.mul (local.get $ox) ${i32(s)})))
    (local.set $kx1 (select ${i32(k)} (local.get $kx1) (i32.gt_s (local.get $kx1) ${i32(k)})))
    ${forLoop(
      "cb",
      i32(0),
      get("nb"),
      1,
      `(local.set $cb16 (i32.shl (local.get $cb) ${i32(4)}))
      (local.set $wb (i32.add (local.get $w) (i32.mul (local.get $cb) ${i32(blockBytes)})))
      (local.set $a0 (v128.load (local.get $wb)))
      ${forLoop(
        "ky",
        get("ky0"),
        get("ky1"),
        1,
        forLoop(
          "kx",
          get("kx0"),
          get("kx1"),
          1,
          madd(
            p.fma,
            "a0",
            `(v128.load (i32.add (local.get $x) (i32.add (local.get $cb16) (i32.mul (i32.add (i32.mul (i32.add (local.get $iy0) (local.get $ky)) ${i32(p.w)}) (i32.add (i32.sub (i32.mul (local.get $ox) ${i32(s)}) ${i32(p.padLeft)}) (local.get $kx))) ${i32(xs)}))))`,
            `(v128.load offset=16 (i32.add (local.get $wb) (i32.shl (i32.add (i32.mul (local.get $ky) ${i32(k)}) (local.get $kx)) ${i32(4)})))`,
          ),
        ),
      )}
      ${store(0)}`,
    )}`;
  return `(func $${depthwiseName(p)} (param $x i32) (param $w i32) (param $y i32) (param $nb i32)
  ${i32Locals(["oy", "ox", "iy0", "ky0", "ky1", "kx0", "kx1", "cb", "cb16", "wb", "wk", "xb", "ky", "kx", "yrow"])}
  ${v128Locals([...Array.from({ length: TILE }, (_, i) => `a${i}`), "t"])}
  ${forLoop(
    "oy",
    i32(0),
    i32(p.oh),
    1,
    `(local.set $iy0 (i32.sub (i32.mul (local.get $oy) ${i32(s)}) ${i32(p.padTop)}))
    (local.set $ky0 (select (i32.sub ${i32(0)} (local.get $iy0)) ${i32(0)} (i32.lt_s (local.get $iy0) ${i32(0)})))
    (local.set $ky1 (i32.sub ${i32(p.h)} (local.get $iy0)))
    (local.set $ky1 (select ${i32(k)} (local.get $ky1) (i32.gt_s (local.get $ky1) ${i32(k)})))
    (local.set $yrow (i32.mul (local.get $oy) ${i32(p.ow * ys)}))
    (local.set $ox ${i32(0)})
    (block $row_done (loop $row_next
      (br_if $row_done (i32.ge_s (local.get $ox) ${i32(p.ow)}))
      (if (i32.and (i32.ge_s (local.get $ox) ${i32(oxA)}) (i32.le_s (i32.add (local.get $ox) ${i32(TILE)}) ${i32(oxB)}))
        (then ${interior}
          (local.set $ox (i32.add (local.get $ox) ${i32(TILE)})))
        (else ${border}
          (local.set $ox (i32.add (local.get $ox) ${i32(1)}))))
      (br $row_next)))`,
  )})`;
}

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
