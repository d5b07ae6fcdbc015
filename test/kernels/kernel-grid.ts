// The shape grid of the table-driven kernel tester: for each entry of the kernel
// table (compiler/backend/kernel-table.ts), small networks whose layers of that
// form sweep its shapes. Stem: kernel sizes, strides, channel counts; depthwise:
// kernel sizes 3-11 alone and mixed in one MixConv, strides 1 and 2, both
// paddings, odd, non-square and tiny shapes; pointwise: channel counts that are
// not multiples of 4, grouped 1x1s (groups starting inside a vec4), wide tiles, layers
// of fewer pixels than a tile, pixels left over after a chunk's tiles,
// the SE gate and the residual in the epilogue; SE: ratios and gates; mean and
// linear: spatial sizes, class counts. Every fused activation appears. The
// tester runs each network on every backend and checks the layers of its form.
import type { KernelEntry } from "../../compiler/backend/kernel-table.ts";

interface Net {
  input: string;
  padding?: "same";
  /** Network statements before the stem (a squeeze_excite style). */
  extra?: string;
  stem: string;
  act?: string;
  blocks: string[];
  head: string;
  classes?: number;
}

/** A network's body (what goes between `network name {` and `}`). */
const body = (n: Net) =>
  [
    `input ${n.input}`,
    ...(n.padding ? [`padding ${n.padding}`] : []),
    ...(n.extra ? [n.extra] : []),
    `stem ${n.stem}`,
    `stage act=${n.act ?? "swish"} {\n    ${n.blocks.join("\n    ")}\n  }`,
    `head ${n.head}`,
    "pool avg",
    `classifier classes=${n.classes ?? 19}`,
  ].join("\n  ");

const HARD = "squeeze_excite gate=hsigmoid act=relu from=expanded round=multiple_of_8";

const NETS: Record<KernelEntry["form"], Record<string, Net>> = {
  stem: {
    stem_k3_s1_c8: { input: "3x12x10", stem: "k=3 s=1 c=8 act=relu", blocks: ["ds k=3 c=8"], head: "c=16 act=relu" },
    stem_k3_s2_c20_same: { input: "3x23x19", padding: "same", stem: "k=3 s=2 c=20 act=relu", blocks: ["ds k=3 c=20"], head: "c=24 act=relu" },
    stem_k5_s2_c10: { input: "3x17x13", stem: "k=5 s=2 c=10 act=relu6", blocks: ["ds k=3 c=10"], head: "c=24 act=swish" },
    stem_k7_s2_c12_same: { input: "3x16x15", padding: "same", stem: "k=7 s=2 c=12 act=hswish", blocks: ["ds k=3 c=12"], head: "c=24 act=relu" },
  },
  depthwise: {
    mixed_3_to_11: { input: "3x23x23", stem: "k=3 s=1 c=20 act=relu", blocks: ["ir k=3,5,7,9,11 e=3 c=20 se=0.25"], head: "c=24 act=relu" },
    mixed_3_to_11_same: { input: "3x23x23", padding: "same", stem: "k=3 s=2 c=20 act=relu6", blocks: ["ir k=3,5,7,9,11 e=3 c=20 s=2 se=0.25"], head: "c=24 act=swish" },
    mixed_3_to_11_same_odd: { input: "3x23x19", padding: "same", stem: "k=3 s=2 c=20 act=relu", blocks: ["ir k=3,5,7,9,11 e=3 c=20 se=0.25", "ir k=3,5 e=2.2 c=14 s=2 expand_groups=2 project_groups=2"], head: "c=24 act=relu" },
    odd_symmetric: { input: "3x17x13", stem: "k=5 s=2 c=10 act=relu6", blocks: ["ds k=3,5 c=10 se=0.5", "ir k=7,9 e=6 c=18 s=2 se=0.5 project_groups=3", "ir k=11 e=1 c=18 residual=yes act=relu"], head: "c=70 act=swish" },
    strided_same: { input: "3x30x26", padding: "same", stem: "k=3 s=2 c=12 act=relu", blocks: ["ir k=5,7 e=6 c=18 s=2 se=0.5", "ir k=9 e=3 c=18 repeat=2 project_groups=3"], head: "c=40 act=relu6" },
    // Expansions big enough to run in bands with their depthwise (compiler/passes/band-fusion.ts): a ring's
    // wrap inside a band's rows and between bands, MixConv sizes with different windows, strides 1 and 2,
    // odd heights, grouped expansions.
    band_mixed_s2: { input: "3x36x32", stem: "k=3 s=1 c=16 act=relu", blocks: ["ir k=3,5,7 e=4 c=24 s=2 expand_groups=2 se=0.25"], head: "c=24 act=relu" },
    band_k9_same_odd: { input: "3x37x29", padding: "same", stem: "k=3 s=1 c=24 act=relu", blocks: ["ir k=9 e=3 c=24 residual=yes", "ir k=3,5 e=3 c=24 s=2"], head: "c=32 act=relu" },
    band_k11_tall: { input: "3x71x9", stem: "k=3 s=1 c=16 act=relu6", blocks: ["ir k=11 e=8 c=16 act=hswish"], head: "c=24 act=relu" },
    tiny_spatial: { input: "3x7x5", padding: "same", stem: "k=3 s=2 c=8 act=relu", blocks: ["ir k=3,5,7,9,11 e=6 c=16 s=2 se=0.5", "ir k=11 e=1 c=16 residual=yes"], head: "c=64 act=swish" },
  },
  pointwise: {
    odd_channels: { input: "3x17x13", stem: "k=5 s=2 c=10 act=relu6", blocks: ["ds k=3,5 c=10 se=0.5", "ir k=3,5,7 e=2.2 c=14 expand_groups=2 project_groups=2"], head: "c=30 act=relu" },
    wide_groups: { input: "3x12x12", stem: "k=3 s=1 c=36 act=swish", blocks: ["ir k=3,5,7,9 e=5 c=36 expand_groups=3 project_groups=2 se=0.1", "ds k=11 c=44 act=relu"], head: "c=17 act=relu" },
    // 1x1 groups starting 1, 2 and 3 channels into a vec4 (gated, residual; one spanning a 16-channel slice), 140 pixels.
    unaligned_groups: { input: "3x10x14", stem: "k=3 s=1 c=20 act=relu", blocks: ["ir k=3,5,7,9 e=1 c=20 expand_groups=4 project_groups=4 se=0.25 residual=yes", "ir k=3 e=3.4 c=38 expand_groups=2 project_groups=3"], head: "c=21 act=relu6" },
    // Fewer pixels than a tile (1 and 3): the small-layer kernel, with the residual and the SE gate in its epilogue.
    one_pixel_residual: { input: "3x4x4", padding: "same", stem: "k=3 s=2 c=8 act=relu", blocks: ["ir k=3 e=2 c=12 s=2", "ir k=3 e=3 c=12 se=0.5 residual=yes"], head: "c=20 act=hswish" },
    three_pixels_residual: { input: "3x11x3", padding: "same", stem: "k=3 s=2 c=8 act=relu", blocks: ["ir k=3 e=2 c=12 s=2", "ir k=3,5 e=3 c=12 se=0.5 residual=yes act=relu"], head: "c=20 act=swish" },
    // Pixels left over after the last whole tile (1x1s over 513 and 42 pixels): a chunk of 512 and one of a single pixel
    // (64 input channels, swish applied by a pass where FMA is), and chunks of 40 and 2 (768 input channels).
    chunk_tail_swish: { input: "3x27x19", stem: "k=3 s=1 c=64 act=relu", blocks: ["ir k=3 e=1.5 c=24"], head: "c=20 act=relu" },
    chunk_tail_wide: { input: "3x14x12", stem: "k=3 s=2 c=32 act=relu", blocks: ["ir k=3 e=24 c=32"], head: "c=40 act=swish" },
    wide_tiles: { input: "3x40x36", stem: "k=3 s=1 c=24 act=swish", act: "relu", blocks: ["ir k=3,5,7,9 e=5 c=72 expand_groups=3 se=0.1", "ir k=3 e=2 c=72 s=2 act=relu6"], head: "c=136 act=relu" },
  },
  se: {
    // hswish and hsigmoid in every epilogue, the hard-sigmoid SE gate, a cn block and a head on the pooled features.
    hard_activations: { input: "3x15x11", extra: HARD, stem: "k=3 s=2 c=12 act=hswish", act: "hswish", blocks: ["ds k=3,5 c=12 se=0.5", "ir k=3,5,7 e=2.5 c=20 s=2 se=0.25 act=hsigmoid", "ir k=5 e=2.3 c=20 residual=yes", "cn c=36"], head: "c=40 act=hswish on=pooled bn=no bias=yes" },
    se_ratios: { input: "3x14x14", stem: "k=3 s=2 c=16 act=relu", blocks: ["ir k=3 e=3 c=16 se=0.1", "ir k=5 e=4 c=24 s=2 se=0.5", "ds k=3 c=24 se=0.25 act=relu"], head: "c=32 act=swish" },
  },
  mean: {
    mean_one_pixel: { input: "3x4x4", padding: "same", stem: "k=3 s=2 c=8 act=relu", blocks: ["ir k=3 e=2 c=16 s=2"], head: "c=40 act=relu" },
    mean_wide: { input: "3x33x31", stem: "k=3 s=2 c=8 act=relu", blocks: ["ds k=3 c=8"], head: "c=100 act=relu6" },
  },
  linear: {
    linear_16_classes: { input: "3x8x8", stem: "k=3 s=1 c=8 act=relu", blocks: ["ds k=3 c=8"], head: "c=24 act=relu", classes: 16 },
    linear_33_classes: { input: "3x8x8", stem: "k=3 s=1 c=8 act=relu", blocks: ["ds k=3 c=8"], head: "c=61 act=relu", classes: 33 },
    linear_2_classes: { input: "3x8x8", stem: "k=3 s=1 c=8 act=relu", blocks: ["ds k=3 c=8"], head: "c=136 act=swish", classes: 2 },
  },
};

/** For each op form, its networks' bodies by name. */
export const GRID: Record<KernelEntry["form"], Record<string, string>> = Object.fromEntries(
  Object.entries(NETS).map(([form, nets]) => [form, Object.fromEntries(Object.entries(nets).map(([name, n]) => [name, body(n)]))]),
) as Record<KernelEntry["form"], Record<string, string>>;
