// Weight naming schemes, as data: where each layer's tensors live in a
// checkpoint. The elaborator names every parameter through this table, so
// a new checkpoint layout is a new table, not new code.

export interface NamingScheme {
  stem: { conv: string; bn: string };
  head: { conv: string; bn: string };
  classifier: string;
  /** A block's module path; {stage} and {index} are filled in. */
  block: string;
  ds: { dw: string; bnDw: string; pw: string; bnPw: string };
  ir: { expand: string; bnExpand: string; dw: string; bnDw: string; project: string; bnProject: string };
  cn: { conv: string; bn: string };
  se: { module: string; reduce: string; expand: string };
  /** A convolution split into channel groups stores one tensor per group: {conv}.{group}. */
  group: string;
  conv: { weight: string; bias: string };
  bn: { gamma: string; beta: string; mean: string; var: string };
}

/** timm's EfficientNet family (mixnet_*, tf_mixnet_*, mobilenetv2_*, efficientnet_*) and MobileNetV3 (mobilenetv3_*). */
const timm: NamingScheme = {
  stem: { conv: "conv_stem", bn: "bn1" },
  head: { conv: "conv_head", bn: "bn2" },
  classifier: "classifier",
  block: "blocks.{stage}.{index}",
  ds: { dw: "conv_dw", bnDw: "bn1", pw: "conv_pw", bnPw: "bn2" },
  ir: { expand: "conv_pw", bnExpand: "bn1", dw: "conv_dw", bnDw: "bn2", project: "conv_pwl", bnProject: "bn3" },
  cn: { conv: "conv", bn: "bn1" },
  se: { module: "se", reduce: "conv_reduce", expand: "conv_expand" },
  group: "{conv}.{group}",
  conv: { weight: "weight", bias: "bias" },
  bn: { gamma: "weight", beta: "bias", mean: "running_mean", var: "running_var" },
};

export const NAMING_SCHEMES: Record<string, NamingScheme> = { timm };

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}
