// The `preprocess` statement resolved into how an image becomes the network's
// input, or timm's ImageNet evaluation when a spec has none.
import type { Loc, Statement } from "./ast.ts";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import { IMAGENET_EVAL, type Preprocessing } from "../../runtime/preprocess.ts";

/** A `preprocess` statement whose arguments passed their type checks (bad ones are left out). */
export interface PreprocessStatement {
  statement: Statement;
  args: Map<string, { value: unknown; loc: Loc }>;
}

/**
 * How an image becomes the input: the spec's `preprocess`; without one, timm's
 * ImageNet evaluation for a square RGB input (crop = the input, 0.875 of the
 * resize); else none.
 */
export function resolvePreprocessing(c: PreprocessStatement | undefined, [channels, height, width]: number[], out: Diagnostic[]): Preprocessing | null {
  if (!c) {
    if (channels !== 3 || height !== width) return null;
    return height === IMAGENET_EVAL.crop ? IMAGENET_EVAL : { ...IMAGENET_EVAL, crop: height!, resize: Math.floor(height! / 0.875) };
  }
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
  const resize = (c.args.get("resize")?.value as number | undefined) ?? 0;
  const crop = (c.args.get("crop")?.value as number | undefined) ?? 0;
  if (crop && resize && crop > resize) out.push(diagnostic(at("crop"), `crop ${crop} is larger than resize ${resize}: the crop is cut from the resized image`));
  else if (crop && (crop !== height || crop !== width)) {
    out.push(diagnostic(at("crop"), `crop ${crop} does not match the input ${channels}x${height}x${width}: the ${crop}x${crop} crop is what the network reads`));
  }
  return { resize, crop, color, mean, std, interpolation: "bicubic" };
}
