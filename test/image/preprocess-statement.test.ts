// How a spec's input and `preprocess` statement become a Preprocessing: timm's
// evaluation transform by default, square or not (compiler/frontend/
// preprocessing.ts), resize=/crop= as a number or HxW ([height, width]), and
// the diagnostics that name the key and the values at fault.
import { describe, expect, it } from "vitest";
import type { Loc, Statement } from "../../compiler/frontend/ast.ts";
import type { Diagnostic } from "../../compiler/frontend/diagnostics.ts";
import { parseSpec } from "../../compiler/frontend/index.ts";
import { resolvePreprocessing, timmEval, type PreprocessStatement } from "../../compiler/frontend/preprocessing.ts";
import { kernelSettings, shrinkOnLoadSide } from "../../runtime/preprocess-kernel.ts";
import { IMAGENET_EVAL, makesInput, resizedSize } from "../../runtime/preprocess.ts";

const spec = (input: string, preprocess = "") =>
  `network tiny {\n  input ${input}\n${preprocess ? `  ${preprocess}\n` : ""}  stem c=8\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=5\n}\n`;
const IMAGENET = { mean: IMAGENET_EVAL.mean, std: IMAGENET_EVAL.std, color: "rgb" };

describe("without a preprocess statement, an RGB input gets timm's evaluation transform at crop_pct 0.875", () => {
  const preprocessing = (input: string) => parseSpec(spec(input), "tiny.mix").network!.preprocessing;

  it("square: Resize(shorter side), bicubic, as before", () => {
    expect(preprocessing("3x224x224")).toBe(IMAGENET_EVAL);
    expect(preprocessing("3x32x32")).toEqual({ ...IMAGENET_EVAL, resize: 36, crop: 32 });
  });

  it("non-square: ResizeKeepRatio((floor(H / 0.875), floor(W / 0.875))), bilinear, then the HxW crop", () => {
    expect(preprocessing("3x160x224")).toEqual({ ...IMAGENET, resize: [182, 256], crop: [160, 224], interpolation: "bilinear" });
    expect(preprocessing("3x224x192")).toEqual({ ...IMAGENET, resize: [256, 219], crop: [224, 192], interpolation: "bilinear" });
    expect(makesInput(preprocessing("3x160x224")!, [1, 3, 160, 224])).toBe(true);
    expect(makesInput(preprocessing("3x160x224")!, [1, 3, 224, 160])).toBe(false);
  });

  it("none for other channel counts", () => {
    expect(preprocessing("1x28x28")).toBeNull();
    expect(preprocessing("1x32x48")).toBeNull();
  });
});

describe("timmEval: timm's rule for any crop_pct and interpolation", () => {
  it("equal scaled sides keep the model's interpolation and the shorter-side resize; unequal ones are bilinear", () => {
    expect(timmEval(288, 288, 1.0, "bicubic", [0.5], [0.5])).toMatchObject({ resize: 288, crop: 288, interpolation: "bicubic" });
    expect(timmEval(256, 128, 1.0, "bicubic", [0.5], [0.5])).toMatchObject({ resize: [256, 128], crop: [256, 128], interpolation: "bilinear" });
    expect(timmEval(256, 128, 0.9, "bicubic", [0.5], [0.5])).toMatchObject({ resize: [284, 142], crop: [256, 128] }); // 284.4, 142.2
  });
});

/** A checked `preprocess` statement: each key's value as the checker gives it. */
function statement(values: Record<string, number | number[] | string>): PreprocessStatement {
  const loc = (col: number): Loc => ({ file: "tiny.mix", line: 3, col, length: 1 });
  const keys = Object.keys(values);
  const s: Statement = { keyword: { name: "preprocess", loc: loc(3) }, args: keys.map((name, i) => ({ key: { name, loc: loc(14 + 10 * i) }, values: [], loc: loc(14 + 10 * i) })), loc: loc(3) };
  return { statement: s, args: new Map(keys.map((k, i) => [k, { value: values[k], loc: loc(14 + 10 * i) }])) };
}

describe("a preprocess statement's sizes: a number, or HxW as [height, width]", () => {
  const resolve = (input: number[], values: Record<string, number | number[] | string>) => {
    const out: Diagnostic[] = [];
    const p = resolvePreprocessing(statement({ ...values, mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25] }), input, out);
    // Keys in the order given, 10 columns apart: resize at 14, crop at 24.
    return { p, messages: out.map((d) => `${d.col}: ${d.message}`) };
  };

  it("resize=HxW is timm's ResizeKeepRatio, bilinear; a number is the shorter side, bicubic", () => {
    expect(resolve([3, 160, 224], { resize: [182, 256], crop: [160, 224] })).toEqual({
      p: { resize: [182, 256], crop: [160, 224], color: "rgb", mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25], interpolation: "bilinear" },
      messages: [],
    });
    expect(resolve([3, 160, 224], { resize: 256, crop: [160, 224] }).p).toMatchObject({ resize: 256, crop: [160, 224], interpolation: "bicubic" });
  });

  it("a square written HxW is the number, as timm uses Resize(shorter side) for equal scaled sides", () => {
    expect(resolve([3, 224, 224], { resize: [256, 256], crop: [224, 224] }).p).toMatchObject({ resize: 256, crop: 224, interpolation: "bicubic" });
  });

  it("a crop that does not fit in the resize names the crop, the resize and the side", () => {
    expect(resolve([3, 160, 224], { resize: [182, 200], crop: [160, 224] }).messages).toEqual(["24: crop 160x224 is larger than resize 182x200 (width 224 > 200): the crop is cut from the resized image"]);
    expect(resolve([3, 160, 224], { resize: 200, crop: [160, 224] }).messages).toEqual(["24: crop 160x224 is larger than resize 200 (width 224 > 200): the crop is cut from the resized image"]);
    expect(resolve([3, 160, 224], { resize: [150, 256], crop: [160, 224] }).messages).toEqual(["24: crop 160x224 is larger than resize 150x256 (height 160 > 150): the crop is cut from the resized image"]);
    expect(resolve([3, 32, 32], { resize: 28, crop: 32 }).messages).toEqual(["24: crop 32 is larger than resize 28: the crop is cut from the resized image"]);
  });

  it("a crop that is not the input says what the network reads, and how a non-square input is written", () => {
    expect(resolve([3, 160, 224], { resize: 256, crop: [224, 160] }).messages).toEqual([
      "24: crop 224x160 does not match the input 3x160x224: the 224x160 crop is what the network reads",
    ]);
    expect(resolve([3, 160, 224], { resize: 256, crop: 160 }).messages).toEqual([
      "24: crop 160 does not match the input 3x160x224: the 160x160 crop is what the network reads; a non-square input takes crop=160x224 (height x width)",
    ]);
  });
});

describe("in a spec: resize and crop take a whole number or HxW", () => {
  const MEAN = "mean=0.5,0.5,0.5 std=0.25,0.25,0.25";
  const check = (input: string, preprocess: string) => {
    const { network, diagnostics } = parseSpec(spec(input, preprocess), "tiny.mix");
    return { p: network?.preprocessing, messages: diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`) };
  };

  it("HxW is height x width: timm's ResizeKeepRatio and the crop the network reads", () => {
    expect(check("3x160x224", `preprocess resize=182x256 crop=160x224 ${MEAN}`)).toEqual({
      p: { resize: [182, 256], crop: [160, 224], color: "rgb", mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25], interpolation: "bilinear" },
      messages: [],
    });
    expect(check("1x32x48", "preprocess resize=36x54 crop=32x48 mean=0.5 std=0.25").p).toMatchObject({ resize: [36, 54], crop: [32, 48], color: "gray", interpolation: "bilinear" });
    expect(check("3x160x224", `preprocess resize=256 crop=160x224 ${MEAN}`).p).toMatchObject({ resize: 256, crop: [160, 224], interpolation: "bicubic" });
    expect(check("3x32x32", `preprocess resize=36x36 crop=32x32 ${MEAN}`).p).toMatchObject({ resize: 36, crop: 32, interpolation: "bicubic" });
  });

  it("a crop the other way round, or too large, is reported at the crop", () => {
    expect(check("3x160x224", `preprocess resize=256 crop=224x160 ${MEAN}`).messages).toEqual(["3:30: crop 224x160 does not match the input 3x160x224: the 224x160 crop is what the network reads"]);
    expect(check("3x160x224", `preprocess resize=182x200 crop=160x224 ${MEAN}`).messages).toEqual([
      "3:34: crop 160x224 is larger than resize 182x200 (width 224 > 200): the crop is cut from the resized image",
    ]);
  });

  it("other values are refused, naming the key and the value", () => {
    expect(check("3x32x32", `preprocess resize=36 crop=3x32x32 ${MEAN}`).messages).toEqual([
      "3:29: crop (the centred square's side, or HxW) must be a whole number or HxW, as 224 or 224x160, got 3x32x32",
    ]);
    expect(check("3x32x32", `preprocess resize=36.5 crop=32 ${MEAN}`).messages).toEqual([
      "3:21: resize (the shorter side, or HxW to cover) must be a whole number or HxW, as 224 or 224x160, got 36.5",
    ]);
    expect(check("3x32x32", `preprocess resize=36x0 crop=32 ${MEAN}`).messages).toEqual(["3:21: resize (the shorter side, or HxW to cover) must be between 1 and 65536, got 36x0"]);
    expect(check("3x32x32", `preprocess resize=36 crop=0 ${MEAN}`).messages).toEqual(["3:29: crop (the centred square's side, or HxW) must be between 1 and 65536, got 0"]);
  });
});

describe("a bundle's metadata in the square form, as every bundle before non-square crops has it", () => {
  const old = JSON.parse('{"resize":256,"crop":224,"color":"rgb","mean":[0.485,0.456,0.406],"std":[0.229,0.224,0.225],"interpolation":"bicubic"}');

  it("is what a square spec still compiles to", () => {
    expect(parseSpec(spec("3x224x224"), "tiny.mix").network!.preprocessing).toEqual(old);
  });

  it("reads as before: the shorter side, a square crop, bicubic", () => {
    expect(makesInput(old, [1, 3, 224, 224])).toBe(true);
    expect(resizedSize(400, 300, old.resize)).toEqual([341, 256]);
    expect(shrinkOnLoadSide(old)).toBe(512);
    expect(kernelSettings(old)).toEqual([256, 256, 0, 224, 224, 3, 0]);
  });

  it("and the non-square form sets the kernel's ResizeKeepRatio and bilinear flags, and shrinks on load to twice the larger side", () => {
    const p = timmEval(160, 224, 0.875, "bicubic", IMAGENET_EVAL.mean, IMAGENET_EVAL.std);
    expect(kernelSettings(p)).toEqual([182, 256, 1, 160, 224, 3, 1]);
    expect(shrinkOnLoadSide(p)).toBe(512);
  });
});
