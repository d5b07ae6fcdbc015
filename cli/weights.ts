// Where a spec's weights and class names come from, as `compile` and `run`
// take them: the options, their usage lines, and what the compiler says it did.
import type { WeightSource } from "../compiler/index.ts";
import { intOption, type Io, type Options, type Values } from "./command.ts";

export const weightOptions: Options = {
  weights: { type: "string" },
  pretrained: { type: "boolean" },
  seed: { type: "string" },
  labels: { type: "string" },
};

/** The options' usage lines, indented to the descriptions. */
export function weightsUsage(indent: number): string[] {
  const line = (flag: string, text: string) => `  ${flag.padEnd(indent - 2)}${text}`;
  return [
    line("--pretrained", "the weights the spec names (its 'pretrained' statement), from the Hugging Face Hub or its cache"),
    line("--weights W", "a safetensors checkpoint with timm's tensor names: a file, or hf:ORG/REPO[@REVISION] on the Hub"),
    line("--seed N", "deterministic random weights, for testing (one of --pretrained, --weights, --seed is needed)"),
    line("--labels FILE", "class names, one per line or a JSON array (default: the spec's 'labels', else the checkpoint's)"),
  ];
}

/** The weight source the options name; the compiler checks that exactly one is given. */
export function weightSource(values: Values, io: Io): WeightSource {
  const progress = { isTTY: process.stderr.isTTY, columns: process.stderr.columns, write: (text: string) => io.err(text) };
  return {
    weights: values.weights as string | undefined,
    pretrained: values.pretrained === true || undefined,
    seed: values.seed === undefined ? undefined : intOption(values, "seed", 0, 2 ** 32 - 1),
    labels: values.labels as string | undefined,
    hub: { progress },
  };
}

/** What the compiler did to the checkpoint (a stripped prefix, skipped buffers, the commit it used), on stderr. */
export function printNotes(notes: string[], io: Io): void {
  for (const note of notes) io.err(`${note}\n`);
}
