// A timm checkpoint's config.json against the spec that will run it. Weights
// trained on one preprocessing give quietly worse answers on another, so any
// difference in input size, classes, resize, crop or normalisation is an error
// that names both sides and the statement that would match.
import type { Network } from "../frontend/index.ts";
import { WeightsError } from "./safetensors.ts";
import { sides, type Size } from "../../runtime/preprocess.ts";

/** timm's defaults for fields a pretrained_cfg may leave out (timm/data/config.py). */
const DEFAULT_CROP_PCT = 0.875;

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
const sizeText = (size: Size) => (typeof size === "number" ? `${size}` : size.join("x"));

/**
 * timm's evaluation resize for a crop: each side divided by crop_pct, rounded
 * down; one number (the shorter side) when the two agree, else both sides.
 */
function timmResize(crop: Size, cropPct: number): Size {
  const [height, width] = sides(crop).map((side) => Math.floor(side / cropPct)) as [number, number];
  return height === width ? height : [height, width];
}
const sameNumbers = (a: unknown, b: number[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => typeof x === "number" && Math.abs(x - b[i]!) <= 1e-6 * Math.max(1, Math.abs(b[i]!)));

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
  if ((cfg.interpolation ?? "bicubic") !== p.interpolation) problems.push(`interpolation: the spec's is ${p.interpolation}; config.json's is ${show(cfg.interpolation)}`);
  const resize = timmResize(p.crop, cropPct);
  if (sizeText(resize) !== sizeText(p.resize)) problems.push(`resize: the spec's is ${sizeText(p.resize)}; config.json's crop_pct ${cropPct} of the ${sizeText(p.crop)} crop gives ${sizeText(resize)}`);
  for (const key of ["mean", "std"] as const) {
    if (cfg[key] !== undefined && !sameNumbers(cfg[key], p[key])) problems.push(`${key}: the spec's is [${p[key].join(", ")}]; config.json's is ${show(cfg[key])}`);
  }
  const color = p.color === "gray" ? " color=gray" : "";
  const values = (key: "mean" | "std") => (Array.isArray(cfg[key]) ? (cfg[key] as number[]) : p[key]).join(",");
  return { problems, statement: `preprocess resize=${sizeText(resize)} crop=${sizeText(p.crop)} mean=${values("mean")} std=${values("std")}${color}` };
}

/** Throws when the checkpoint's config.json and the spec disagree; `source` names the checkpoint (e.g. hf:timm/mixnet_m.ft_in1k). */
export function checkTimmConfig(text: string, configName: string, network: Network, specFile: string, source: string): void {
  const { problems, statement } = configMismatches(text, configName, network);
  if (!problems.length) return;
  const fix = statement && problems.some((p) => !p.startsWith("input") && !p.startsWith("classes")) ? `\n  the checkpoint's preprocessing, as a spec statement: ${statement}` : "";
  throw new WeightsError(`${specFile} and ${source}`, [`the spec and the checkpoint's ${configName} disagree:\n  ${problems.join("\n  ")}${fix}`]);
}
