// The depth multiplier: timm's _scale_stage_depth, case by case (each expected
// value worked through by its rule: the stage's total scaled and made whole,
// then shared out from the last block definition backwards with round half to
// even, each at least 1), and the `depth` statement in a spec.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scaleStageDepth } from "../../compiler/frontend/depth.ts";
import { parseSpec } from "../../compiler/frontend/index.ts";

describe("scaleStageDepth", () => {
  it.each([
    // repeats, multiplier, ceil, round
    [[1], 1.2, [2], [1]], // 1.2: ceil grows a one-block stage, round keeps it
    [[1, 1], 1.2, [1, 2], [1, 1]], // ceil 2.4 -> 3, the last takes round(1.5) = 2
    [[1, 3], 1.2, [1, 4], [1, 4]], // 4.8 -> 5 either way: the last takes round(3.75) = 4
    [[2, 2], 1.2, [3, 2], [3, 2]], // 5 blocks: the last takes round(2.5) = 2 (half to even), the first the other 3
    [[1, 1, 1, 1], 0.25, [1, 1, 1, 1], [1, 1, 1, 1]], // every definition keeps at least one block
    [[5], 0.5, [3], [2]], // 2.5: ceil 3, round half to even 2
    [[25], 1.12, [29], [28]], // 25 x 1.12 is 28.000000000000004 in float64, as in Python: ceil 29
    [[1, 3, 2], 1, [1, 3, 2], [1, 3, 2]], // a multiplier of 1 changes nothing
  ])("%j x %f: ceil %j, round %j", (repeats, multiplier, ceil, round) => {
    expect(scaleStageDepth(repeats, multiplier, "ceil")).toEqual(ceil);
    expect(scaleStageDepth(repeats, multiplier, "round")).toEqual(round);
  });
});

describe("the depth statement", () => {
  const spec = (depth: string) => `network deep {
  input 3x32x32
  ${depth}
  stem c=8
  stage { ds k=3 c=8 }
  stage {
    ir k=3 e=6 c=16 s=2
    ir k=3,5 e=3 c=16 repeat=3
  }
  head c=64
  pool avg
  classifier classes=10
}
`;
  const blocks = (text: string) => parseSpec(text, "/specs/deep.mix").network!.blocks.map((b) => `${b.stage}.${b.index} ${b.kernels} s${b.stride}`);

  it("repeats each stage's block definitions as timm does, ceil by default, the stride on each definition's first block only", () => {
    expect(blocks(spec(""))).toEqual(["0.0 3 s1", "1.0 3 s2", "1.1 3,5 s1", "1.2 3,5 s1", "1.3 3,5 s1"]);
    // 1.2: stage 0 ceil(1.2) = 2; stage 1 ceil(4.8) = 5, the last definition round(3.75) = 4 of them.
    expect(blocks(spec("depth 1.2"))).toEqual(["0.0 3 s1", "0.1 3 s1", "1.0 3 s2", "1.1 3,5 s1", "1.2 3,5 s1", "1.3 3,5 s1", "1.4 3,5 s1"]);
    expect(blocks(spec("depth 1.2 trunc=round"))).toEqual(["0.0 3 s1", "1.0 3 s2", "1.1 3,5 s1", "1.2 3,5 s1", "1.3 3,5 s1", "1.4 3,5 s1"]);
    // 0.5: stage 1's 2 go round(1.5) = 2 to the last definition, and the first keeps its one (at least 1): 3 in all.
    expect(blocks(spec("depth 0.5"))).toEqual(["0.0 3 s1", "1.0 3 s2", "1.1 3,5 s1", "1.2 3,5 s1"]);
  });

  it("makes MixNet-XL's stages 1, 2, 5, 5, 5 and 5 blocks deep, as timm's mixnet_xl", () => {
    const path = "specs/mixnet-xl.mix";
    const network = parseSpec(readFileSync(path, "utf8"), path, (p) => readFileSync(p, "utf8")).network!;
    const depths = [0, 1, 2, 3, 4, 5].map((s) => network.blocks.filter((b) => b.stage === s).length);
    expect(depths).toEqual([1, 2, 5, 5, 5, 5]);
  });
});
