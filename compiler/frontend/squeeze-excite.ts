// The `squeeze_excite` statement: how every block's `se=RATIO` is built, as
// timm's se_layer is one choice per model. MixNet and EfficientNet (the
// default) take Python's round of the block's input channels x ratio and the
// block's activation before a sigmoid gate; MobileNetV3 takes round_channels
// (a multiple of 8) of the expanded channels x ratio, ReLU, and a hard-sigmoid gate.
import type { Loc, Statement } from "./ast.ts";
import { makeDivisible, roundHalfEven } from "./network.ts";
import type { Activation } from "./schema.ts";

export interface SqueezeExciteStyle {
  gate: Activation;
  /** The reduction's activation, or undefined for the block's own. */
  act?: Activation;
  from: "input" | "expanded";
  round: "nearest" | "multiple_of_8";
}

/** A `squeeze_excite` statement whose arguments passed their type checks. */
export interface SqueezeExciteStatement {
  statement: Statement;
  args: Map<string, { value: unknown; loc: Loc }>;
}

export function resolveSqueezeExcite(s: SqueezeExciteStatement | undefined): SqueezeExciteStyle {
  const get = <T>(key: string, fallback: T): T => (s?.args.get(key)?.value as T | undefined) ?? fallback;
  const act = get<Activation | undefined>("act", undefined);
  return { gate: get("gate", "sigmoid"), ...(act ? { act } : {}), from: get("from", "input"), round: get("round", "nearest") };
}

/** The reduced channels of a block's SE: `ratio` of its input or expanded channels, rounded as the style says. */
export function seChannels(style: SqueezeExciteStyle, ratio: number, cin: number, mid: number): number {
  const v = (style.from === "expanded" ? mid : cin) * ratio;
  return style.round === "multiple_of_8" ? makeDivisible(v) : roundHalfEven(v);
}
