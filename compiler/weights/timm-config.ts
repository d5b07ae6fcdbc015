// A timm checkpoint's config.json against the spec that will run it. Weights
// trained on one preprocessing give quietly worse answers on another, so any
// difference in input size, classes, resize, crop or normalisation is an error
// that names both sides and the statement that would match.
import type { Network } from "../frontend/index.ts";
import { WeightsError } from "./safetensors.ts";
import { showSize, type Preprocessing } from "../../runtime/preprocess.ts";
import { DEFAULT_CROP_PCT, timmEval } from "../frontend/preprocessing.ts";

interface PretrainedCfg {
  input_size?: unknown;
  interpolation?: unknown;
  crop_pct?: unknown;
  crop_mode?: unknown;
  mean?: unknown;
  std?: unknown;
  num_classes?: unknown;
}

const show = (v: unknown) => JSON.stringify(v);
const sameNumbers = (a: unknown, b: number[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => typeof x === "number" && Math.abs(x - b[i]!) <= 1e-6 * Math.max(1, Math.abs(b[i]!)));
const INTERPOLATIONS: readonly string[] = ["bicubic", "bilinear"] satisfies Preprocessing["interpolation"][];

/** Parses config.json; its pretrained_cfg (or, in older files, the top level) holds the evaluation settings. */
function readCfg(text: string, configName: string): { cfg: PretrainedCfg; classes: unknown } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new WeightsError(configName, [`not JSON (${(e as Error).message})`]);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new WeightsError(configName, ["not a JSON object"]);
  const top = json as Record<string, unknown> & { pretrained_cfg?: PretrainedCfg };
  const cfg = typeof top.pretrained_cfg === "object" && top.pretrained_cfg !== null ? top.pretrained_cfg : (top as PretrainedCfg);
  return { cfg, classes: top.num_classes ?? cfg.num_classes };
}

/**
 * What differs between the checkpoint's config and the network, one line each
 * ("" when they agree), and the preprocess statement the config implies.
 */
export function configMismatches(text: string, configName: string, network: Network): { problems: string[]; statement?: string } {
  const { cfg, classes } = readCfg(text, configName);
  const { channels, height, width } = network.input;
  const problems: string[] = [];
  const input = [channels, height, width];
  if (cfg.input_size !== undefined && !sameNumbers(cfg.input_size, input)) problems.push(`input: the spec's is ${input.join("x")}; config.json's input_size is ${show(cfg.input_size)}`);
  if (classes !== undefined && classes !== network.classes) problems.push(`classes: the spec's classifier has ${network.classes}; config.json's num_classes is ${show(classes)}`);
  const p = network.preprocessing;
  if (!p) return { problems };
  const cropPct = cfg.crop_pct ?? DEFAULT_CROP_PCT;
  if (typeof cropPct !== "number" || !(cropPct > 0 && cropPct <= 1)) return { problems: [...problems, `crop_pct: config.json's ${show(cropPct)} is not a fraction in (0, 1]`] };
  if ((cfg.crop_mode ?? "center") !== "center") problems.push(`crop_mode: config.json's is ${show(cfg.crop_mode)}; mixc implements timm's "center"`);
  const interpolation = cfg.interpolation ?? p.interpolation;
  if (typeof interpolation !== "string" || !INTERPOLATIONS.includes(interpolation)) return { problems: [...problems, `interpolation: config.json's ${show(interpolation)} is not one mixc implements (${INTERPOLATIONS.join(", ")})`] };
  const numbers = (key: "mean" | "std") => (Array.isArray(cfg[key]) ? (cfg[key] as number[]) : p[key]);
  // What timm's evaluation transform does with this config, for the spec's input (its crop).
  const expected = timmEval(height, width, cropPct, interpolation as Preprocessing["interpolation"], numbers("mean"), numbers("std"));
  if (showSize(expected.resize) !== showSize(p.resize)) problems.push(`resize: the spec's is ${showSize(p.resize)}; config.json's crop_pct ${cropPct} of the ${showSize(p.crop)} crop gives ${showSize(expected.resize)}`);
  if (expected.interpolation !== p.interpolation) problems.push(`interpolation: the spec resizes with ${p.interpolation}; timm evaluates config.json's settings with ${expected.interpolation}`);
  for (const key of ["mean", "std"] as const) {
    if (cfg[key] !== undefined && !sameNumbers(cfg[key], p[key])) problems.push(`${key}: the spec's is [${p[key].join(", ")}]; config.json's is ${show(cfg[key])}`);
  }
  const color = p.color === "gray" ? " color=gray" : "";
  return { problems, statement: `preprocess resize=${showSize(expected.resize)} crop=${showSize(p.crop)} mean=${expected.mean.join(",")} std=${expected.std.join(",")}${color}` };
}

/** Throws when the checkpoint's config.json and the spec disagree; `source` names the checkpoint (e.g. hf:timm/mixnet_m.ft_in1k). */
export function checkTimmConfig(text: string, configName: string, network: Network, specFile: string, source: string): void {
  const { problems, statement } = configMismatches(text, configName, network);
  if (!problems.length) return;
  const fix = statement && problems.some((p) => !p.startsWith("input") && !p.startsWith("classes")) ? `\n  the checkpoint's preprocessing, as a spec statement: ${statement}` : "";
  throw new WeightsError(`${specFile} and ${source}`, [`the spec and the checkpoint's ${configName} disagree:\n  ${problems.join("\n  ")}${fix}`]);
}
