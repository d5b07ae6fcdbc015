// What each statement of the language means: its place, its arguments and their
// types. The checker reads this table; adding an attribute is a one-line change.

import { ACTIVATIONS } from "../../kernels/activation.ts";
import type { DepthTrunc } from "./depth.ts";
import { LABEL_SETS } from "./label-sets.ts";

export type Activation = (typeof ACTIVATIONS)[number];

export type ArgType =
  | { type: "int"; min?: number; max?: number; odd?: boolean; choices?: number[] }
  | { type: "ints"; min?: number; max?: number; odd?: boolean }
  | { type: "numbers"; positive?: boolean }
  | { type: "number"; positive?: boolean; max?: number }
  | { type: "word"; choices: readonly string[] }
  | { type: "name" }
  | { type: "shape"; rank: number }
  /** A whole number (a square's side), or HxW: [height, width]. */
  | { type: "size" }
  | { type: "string" }
  /** A quoted Hugging Face Hub reference, "hf:ORG/REPO[@REVISION]". */
  | { type: "hub" };

export interface ArgSpec {
  arg: ArgType;
  /** What the argument is, for messages ("kernel sizes", "stride"). */
  what: string;
  required?: boolean;
}

export interface StatementSpec {
  /** A bare value after the keyword (`input 3x224x224`, `pool avg`). */
  positional?: ArgSpec;
  attrs: Record<string, ArgSpec>;
  /** The statements allowed in its `{ ... }` block, when it takes one. */
  block?: string;
  /** May appear more than once in its block. */
  repeatable?: boolean;
  required?: boolean;
  /** Belongs to the spec that states it: a spec built on this one with `base` does not take it. */
  notInherited?: boolean;
}

/** The largest kernel (RepLKNet's 31); a k x k window larger than any input is a typo, and its weights grow as k^2. */
const MAX_KERNEL = 31;
const DEPTH_TRUNCS: readonly DepthTrunc[] = ["ceil", "round"];
const kernel: ArgSpec = { arg: { type: "ints", min: 1, max: MAX_KERNEL, odd: true }, what: "kernel sizes", required: true };
const stride: ArgSpec = { arg: { type: "int", choices: [1, 2] }, what: "stride" };
const channels: ArgSpec = { arg: { type: "int", min: 1, max: 1 << 16 }, what: "output channels", required: true };
const act: ArgSpec = { arg: { type: "word", choices: ACTIVATIONS }, what: "activation" };
const se: ArgSpec = { arg: { type: "number", positive: true, max: 1 }, what: "squeeze-and-excitation ratio" };
const residual: ArgSpec = { arg: { type: "word", choices: ["auto", "yes", "no"] }, what: "residual rule" };
const repeat: ArgSpec = { arg: { type: "int", min: 1, max: 1000 }, what: "repeat count" };
const groups: ArgSpec = { arg: { type: "int", min: 1, max: 1 << 16 }, what: "channel groups" };

/** The blocks of a stage. */
const blockStatements: Record<string, StatementSpec> = {
  ds: { attrs: { k: kernel, c: channels, s: stride, se, act, residual, repeat }, repeatable: true },
  ir: {
    attrs: {
      k: kernel,
      e: { arg: { type: "number", positive: true, max: 64 }, what: "expansion ratio", required: true },
      c: channels,
      s: stride,
      se,
      act,
      residual,
      repeat,
      expand_groups: groups,
      project_groups: groups,
    },
    repeatable: true,
  },
  // timm's ConvBnAct ('cn'): a convolution, BatchNorm and the activation.
  cn: { attrs: { k: { arg: { type: "int", min: 1, max: MAX_KERNEL, odd: true }, what: "kernel size" }, c: channels, s: stride, act, residual, repeat }, repeatable: true },
};

const yesNo = (what: string): ArgSpec => ({ arg: { type: "word", choices: ["yes", "no"] }, what });

/** The statements of a network block. */
const networkStatements: Record<string, StatementSpec> = {
  base: { positional: { arg: { type: "string" }, what: "base spec file, as \"mixnet-m.mix\"", required: true }, attrs: {} },
  input: { positional: { arg: { type: "shape", rank: 3 }, what: "input shape (channels x height x width)", required: true }, attrs: {}, required: true },
  width: { positional: { arg: { type: "number", positive: true, max: 16 }, what: "width multiplier", required: true }, attrs: {} },
  depth: {
    positional: { arg: { type: "number", positive: true, max: 16 }, what: "depth multiplier", required: true },
    attrs: { trunc: { arg: { type: "word", choices: DEPTH_TRUNCS }, what: "rounding of a stage's scaled repeats" } },
  },
  bn_eps: { positional: { arg: { type: "number", positive: true, max: 1 }, what: "BatchNorm epsilon", required: true }, attrs: {} },
  padding: { positional: { arg: { type: "word", choices: ["symmetric", "same"] }, what: "padding mode", required: true }, attrs: {} },
  preprocess: {
    attrs: {
      resize: { arg: { type: "size" }, what: "resize (the shorter side, or HxW to cover)", required: true },
      crop: { arg: { type: "size" }, what: "crop (the centred square's side, or HxW)", required: true },
      mean: { arg: { type: "numbers" }, what: "mean per channel", required: true },
      std: { arg: { type: "numbers", positive: true }, what: "std per channel", required: true },
      color: { arg: { type: "word", choices: ["rgb", "gray"] }, what: "colour mode" },
    },
  },
  // The weights trained for exactly this network; a network built on it with
  // `base` has other weights (its widths, depths or numerics differ), so it is
  // never inherited.
  pretrained: { positional: { arg: { type: "hub" }, what: "Hub reference", required: true }, attrs: {}, notInherited: true },
  labels: { positional: { arg: { type: "word", choices: Object.keys(LABEL_SETS) }, what: "label set", required: true }, attrs: {} },
  weights: { positional: { arg: { type: "word", choices: ["timm"] }, what: "weight naming scheme", required: true }, attrs: {} },
  stem: { attrs: { k: { arg: { type: "int", min: 1, max: MAX_KERNEL, odd: true }, what: "kernel size" }, s: stride, c: channels, act }, required: true },
  stage: { attrs: { act }, block: "stage", repeatable: true, required: true },
  // How every block's `se=` is built (timm's se_layer): MixNet's and EfficientNet's by default,
  // MobileNetV3's with gate=hsigmoid act=relu from=expanded round=multiple_of_8.
  squeeze_excite: {
    attrs: {
      gate: { ...act, what: "gate activation" },
      act: { ...act, what: "reduction activation (the block's by default)" },
      from: { arg: { type: "word", choices: ["input", "expanded"] }, what: "channels the SE ratio is of" },
      round: { arg: { type: "word", choices: ["nearest", "multiple_of_8"] }, what: "rounding of the SE channels" },
    },
  },
  head: {
    attrs: {
      c: channels,
      act,
      scale_with_width: yesNo("head scaling"),
      on: { arg: { type: "word", choices: ["features", "pooled"] }, what: "what the head convolution reads" },
      bn: yesNo("head BatchNorm"),
      bias: yesNo("head bias"),
    },
    required: true,
  },
  pool: { positional: { arg: { type: "word", choices: ["avg"] }, what: "pooling", required: true }, attrs: {}, required: true },
  classifier: { attrs: { classes: { ...channels, what: "number of classes" } }, required: true },
};

export const contexts: Record<string, Record<string, StatementSpec>> = {
  top: { network: { positional: { arg: { type: "name" }, what: "network name", required: true }, attrs: {}, block: "network", required: true } },
  network: networkStatements,
  stage: blockStatements,
};
