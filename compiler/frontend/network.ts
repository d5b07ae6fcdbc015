// A checked network: every channel count, split and stride resolved. The
// elaborator turns it into the graph IR without further checks.
import type { Activation } from "./schema.ts";
import type { Preprocessing } from "../../runtime/preprocess.ts";

export type Padding = "symmetric" | "same";

export interface Block {
  /** Position in timm's naming: blocks.<stage>.<index>. */
  stage: number;
  index: number;
  /** Depthwise-separable, inverted residual, or a plain conv + BN + activation (timm's ConvBnAct, 'cn'). */
  type: "ds" | "ir" | "cn";
  cin: number;
  /** Channels of the depthwise convolution (cin for ds, cin x e made divisible by 8 for ir; cout for cn). */
  mid: number;
  cout: number;
  kernels: number[];
  stride: number;
  act: Activation;
  /** Squeeze-and-excitation reduced channels, or 0 without SE. */
  seChannels: number;
  /** SE's reduction activation and gate. */
  seAct: Activation;
  seGate: Activation;
  residual: boolean;
  expandGroups: number;
  projectGroups: number;
}

export interface Network {
  name: string;
  input: { channels: number; height: number; width: number };
  /** How an image becomes the input, or null where no image can (not a square of 1 or 3 channels). */
  preprocessing: Preprocessing | null;
  bnEps: number;
  padding: Padding;
  naming: "timm";
  stem: { kernel: number; stride: number; cout: number; act: Activation };
  blocks: Block[];
  /**
   * The head's 1x1 convolution: on the last block's features (then pooled), or
   * on the pooled features (MobileNetV3); with BatchNorm and/or a bias.
   */
  head: { cin: number; cout: number; act: Activation; pooled: boolean; bn: boolean; bias: boolean };
  classes: number;
  /** The weights trained for this network, "hf:ORG/REPO[@REVISION]" as the spec states it (never taken from a base spec), or null. */
  pretrained: string | null;
  /** The name of the label set naming its classes (a key of the label-set registry), or null. */
  labels: string | null;
}

/** timm's _split_channels: equal groups, the remainder to group 0. */
export function splitChannels(total: number, groups: number): number[] {
  const parts = Array.from({ length: groups }, () => Math.floor(total / groups));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** timm's make_divisible with divisor 8 and round limit 0.9: the nearest multiple of 8, at least 8, losing at most 10%. */
export function makeDivisible(v: number): number {
  let r = Math.max(8, Math.floor((v + 4) / 8) * 8);
  if (r < 0.9 * v) r += 8;
  return r;
}

/** timm's round_channels as the width multiplier uses it: unscaled channels are kept as written. */
export function roundChannels(channels: number, multiplier: number): number {
  return multiplier === 1 ? channels : makeDivisible(channels * multiplier);
}

/** Python's round(): half to even, as timm uses for SE channels. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
