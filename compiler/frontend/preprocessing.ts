// The `preprocess` statement resolved into how an image becomes the network's
// input, or timm's ImageNet evaluation when a spec has none.
import type { Loc, Statement } from "./ast.ts";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import { IMAGENET_EVAL, showSize, sides, type Preprocessing, type Size } from "../../runtime/preprocess.ts";

/** A `preprocess` statement whose arguments passed their type checks (bad ones are left out). */
export interface PreprocessStatement {
  statement: Statement;
  args: Map<string, { value: unknown; loc: Loc }>;
}

/** timm's crop_pct when a pretrained config names none. */
export const DEFAULT_CROP_PCT = 0.875;

/** [h, h] is h: a square is written as one number, in the spec and in a bundle's metadata alike. */
function squared(size: Size): Size {
  return typeof size === "number" || size[0] !== size[1] ? size : size[0];
}

/**
 * timm's evaluation transform (crop_mode "center") for a height x width input:
 * each side over crop_pct, rounded down, is the resize; equal sides are
 * torchvision's Resize(shorter side) with the model's interpolation, unequal
 * ones timm's ResizeKeepRatio, which resizes bilinearly whatever the model's
 * interpolation (its default, which the evaluation transform keeps). Then the
 * input's own size is cut from the centre.
 */
export function timmEval(height: number, width: number, cropPct: number, interpolation: Preprocessing["interpolation"], mean: number[], std: number[]): Preprocessing {
  const resize = squared([Math.floor(height / cropPct), Math.floor(width / cropPct)]);
  return { resize, crop: squared([height, width]), color: "rgb", mean, std, interpolation: typeof resize === "number" ? interpolation : "bilinear" };
}

/** ImageNet's evaluation for a 3 x height x width input: timm's default crop_pct, bicubic, ImageNet's mean and std. */
function imagenetEval(height: number, width: number): Preprocessing {
  if (height === IMAGENET_EVAL.crop && width === IMAGENET_EVAL.crop) return IMAGENET_EVAL;
  return timmEval(height, width, DEFAULT_CROP_PCT, IMAGENET_EVAL.interpolation, IMAGENET_EVAL.mean, IMAGENET_EVAL.std);
}

/** A size argument as the checker gives it: a whole number, or [height, width] from HxW. */
function sizeArg(c: PreprocessStatement, key: string): Size | undefined {
  const value = c.args.get(key)?.value as number | number[] | undefined;
  return Array.isArray(value) ? squared([value[0]!, value[1]!]) : value;
}

/** What is wrong with a crop of a resize, for an input of height x width, or undefined. */
function cropProblem(crop: Size, resize: Size | undefined, [channels, height, width]: number[]): string | undefined {
  const [cropHeight, cropWidth] = sides(crop);
  if (resize !== undefined) {
    // Resize(n) covers n x n; ResizeKeepRatio([h, w]) covers h x w.
    const [coverHeight, coverWidth] = sides(resize);
    if (cropHeight > coverHeight || cropWidth > coverWidth) {
      const side = cropHeight > coverHeight ? `height ${cropHeight} > ${coverHeight}` : `width ${cropWidth} > ${coverWidth}`;
      const which = typeof crop === "number" && typeof resize === "number" ? "" : ` (${side})`;
      return `crop ${showSize(crop)} is larger than resize ${showSize(resize)}${which}: the crop is cut from the resized image`;
    }
  }
  if (cropHeight === height && cropWidth === width) return undefined;
  const hint = typeof crop === "number" && height !== width ? `; a non-square input takes crop=${height}x${width} (height x width)` : "";
  return `crop ${showSize(crop)} does not match the input ${channels}x${height}x${width}: the ${cropHeight}x${cropWidth} crop is what the network reads${hint}`;
}

/**
 * How an image becomes the input: the spec's `preprocess`; without one, timm's
 * ImageNet evaluation for an RGB input (crop = the input, 0.875 of the
 * resize); else none.
 */
export function resolvePreprocessing(c: PreprocessStatement | undefined, input: number[], out: Diagnostic[]): Preprocessing | null {
  const [channels, height, width] = input as [number, number, number];
  if (!c) return channels === 3 ? imagenetEval(height, width) : null;
  const at = (key: string) => c.args.get(key)?.loc ?? c.statement.keyword.loc;
  const given = c.args.get("color")?.value as "rgb" | "gray" | undefined;
  const color = given ?? (channels === 1 ? "gray" : "rgb");
  const made = color === "gray" ? 1 : 3;
  // A misspelt colour mode is reported already; its channel count is unknown.
  const misspelt = !given && c.statement.args.some((a) => a.key?.name === "color");
  if (!given && !misspelt && channels !== 1 && channels !== 3) out.push(diagnostic(at("color"), `an image gives 1 channel (color=gray) or 3 (color=rgb), but the input has ${channels}`));
  else if (given && made !== channels) out.push(diagnostic(at("color"), `color=${color} makes ${made} channel${made === 1 ? "" : "s"}, but the input has ${channels}`));
  const [mean, std] = ["mean", "std"].map((key) => {
    const values = (c.args.get(key)?.value as number[] | undefined) ?? [];
    if (values.length && values.length !== made && made === channels && !misspelt) {
      out.push(diagnostic(at(key), `${key} needs ${made} value${made === 1 ? "" : "s"}, one per ${color} channel, got ${values.length}`));
    }
    return values;
  });
  const resize = sizeArg(c, "resize");
  const crop = sizeArg(c, "crop");
  const problem = crop === undefined ? undefined : cropProblem(crop, resize, input);
  if (problem) out.push(diagnostic(at("crop"), problem));
  // As timm's evaluation transform: unequal resize sides are its ResizeKeepRatio, which is bilinear.
  const interpolation = typeof resize === "number" || resize === undefined ? "bicubic" : "bilinear";
  return { resize: resize ?? 0, crop: crop ?? 0, color, mean, std, interpolation };
}
