// The `depth` multiplier: how many times each block definition of a stage
// repeats in a deeper (or shallower) network, as timm's _scale_stage_depth
// decides it, so that a spec with `depth` names the same blocks as timm's model
// and takes its checkpoints.
import { roundHalfEven } from "./network.ts";

/** How a stage's scaled total becomes whole: timm's depth_trunc ('ceil' by default, 'round' for MixNet). */
export type DepthTrunc = "ceil" | "round";

/**
 * The repeats of a stage's block definitions, scaled by `multiplier`.
 *
 * timm scales the stage's total, not each definition: the total times the
 * multiplier, made whole by `trunc` (ceil, or Python's round with at least one
 * block). It then hands the new total out from the last definition backwards,
 * each taking its share of what is left, rounded half to even and at least 1, so
 * that the first definition (usually the one that changes stride or width) is
 * the last to grow. The products are float64 as in Python: 25 x 1.12 is
 * 28.000000000000004, which 'ceil' makes 29, as timm does.
 */
export function scaleStageDepth(repeats: readonly number[], multiplier: number, trunc: DepthTrunc): number[] {
  let left = repeats.reduce((a, b) => a + b, 0);
  const total = left * multiplier;
  let leftScaled = trunc === "ceil" ? Math.ceil(total) : Math.max(1, roundHalfEven(total));
  const scaled = new Array<number>(repeats.length);
  for (let i = repeats.length - 1; i >= 0; i--) {
    const r = repeats[i]!;
    const share = Math.max(1, roundHalfEven((r / left) * leftScaled));
    scaled[i] = share;
    left -= r;
    leftScaled -= share;
  }
  return scaled;
}
