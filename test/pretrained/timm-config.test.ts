// A Hub checkpoint's config.json against the spec: every difference that
// changes the answer is an error naming both sides.
import { describe, expect, it } from "vitest";
import { loadNetwork } from "../../compiler/api.ts";
import { parseSpec } from "../../compiler/frontend/index.ts";
import { checkTimmConfig, configMismatches } from "../../compiler/weights/timm-config.ts";

const network = loadNetwork("specs/mixnet-m.mix");

/** config.json as timm writes it for mixnet_m.ft_in1k, with `changes` in its pretrained_cfg. */
function config(changes: Record<string, unknown> = {}, top: Record<string, unknown> = {}): string {
  const pretrained_cfg = {
    tag: "ft_in1k",
    input_size: [3, 224, 224],
    fixed_input_size: false,
    interpolation: "bicubic",
    crop_pct: 0.875,
    crop_mode: "center",
    mean: [0.485, 0.456, 0.406],
    std: [0.229, 0.224, 0.225],
    num_classes: 1000,
    first_conv: "conv_stem",
    classifier: "classifier",
    ...changes,
  };
  return JSON.stringify({ architecture: "mixnet_m", num_classes: 1000, num_features: 1536, pretrained_cfg, ...top });
}

const check = (text: string) => () => checkTimmConfig(text, "config.json", network, "specs/mixnet-m.mix", "hf:timm/mixnet_m.ft_in1k");

describe("a timm config.json against the spec", () => {
  it("passes when it is the spec's evaluation transform, also when crop_pct and crop_mode are left to timm's defaults", () => {
    expect(configMismatches(config(), "config.json", network).problems).toEqual([]);
    expect(configMismatches(config({ crop_pct: undefined, crop_mode: undefined }), "config.json", network).problems).toEqual([]);
    expect(check(config())).not.toThrow();
  });

  it("names both sides of a different crop_pct, with the statement that would match", () => {
    expect(check(config({ crop_pct: 0.95 }))).toThrow(
      "specs/mixnet-m.mix and hf:timm/mixnet_m.ft_in1k: the spec and the checkpoint's config.json disagree:\n" +
        "  resize: the spec's is 256; config.json's crop_pct 0.95 of the 224 crop gives 235\n" +
        "  the checkpoint's preprocessing, as a spec statement: preprocess resize=235 crop=224 mean=0.485,0.456,0.406 std=0.229,0.224,0.225",
    );
  });

  it("reports every difference: mean, std, interpolation, crop mode, input size and classes", () => {
    const { problems } = configMismatches(
      config({ mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5], interpolation: "bilinear", crop_mode: "squash", input_size: [3, 256, 256] }, { num_classes: 11821 }),
      "config.json",
      network,
    );
    expect(problems).toEqual([
      "input: the spec's is 3x224x224; config.json's input_size is [3,256,256]",
      "classes: the spec's classifier has 1000; config.json's num_classes is 11821",
      'crop_mode: config.json\'s is "squash"; mixc implements timm\'s "center"',
      "interpolation: the spec resizes with bicubic; timm evaluates config.json's settings with bilinear",
      "mean: the spec's is [0.485, 0.456, 0.406]; config.json's is [0.5,0.5,0.5]",
      "std: the spec's is [0.229, 0.224, 0.225]; config.json's is [0.5,0.5,0.5]",
    ]);
  });

  it("tolerates float noise in mean and std, not a different value", () => {
    expect(configMismatches(config({ mean: [0.4850000001, 0.456, 0.406] }), "config.json", network).problems).toEqual([]);
    expect(configMismatches(config({ mean: [0.4851, 0.456, 0.406] }), "config.json", network).problems).toHaveLength(1);
  });

  it("reads an older config with the settings at the top level", () => {
    expect(configMismatches(JSON.stringify({ input_size: [3, 224, 224], crop_pct: 0.875, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], num_classes: 1000 }), "config.json", network).problems).toEqual([]);
  });

  it("a non-square input: timm's ResizeKeepRatio, bilinear whatever the config says, is what the spec's default does", () => {
    const wide = parseSpec("network wide {\n  input 3x160x224\n  stem c=8\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=1000\n}\n").network!;
    const wideConfig = (changes: Record<string, unknown>) => config({ input_size: [3, 160, 224], ...changes });
    expect(configMismatches(wideConfig({}), "config.json", wide).problems).toEqual([]);
    expect(configMismatches(wideConfig({ crop_pct: 0.9 }), "config.json", wide)).toEqual({
      problems: ["resize: the spec's is 182x256; config.json's crop_pct 0.9 of the 160x224 crop gives 177x248"],
      statement: "preprocess resize=177x248 crop=160x224 mean=0.485,0.456,0.406 std=0.229,0.224,0.225",
    });
    expect(configMismatches(wideConfig({ interpolation: "nearest" }), "config.json", wide).problems).toEqual(['interpolation: config.json\'s "nearest" is not one mixc implements (bicubic, bilinear)']);
  });

  it("refuses a file that is not a JSON object, or a crop_pct that is not a fraction", () => {
    expect(check("<html>")).toThrow(/^config\.json: not JSON/);
    expect(check("[1]")).toThrow("config.json: not a JSON object");
    expect(check(config({ crop_pct: 2 }))).toThrow("crop_pct: config.json's 2 is not a fraction in (0, 1]");
  });
});
