// Class names from a checkpoint: the safetensors `__metadata__` entry "labels",
// a JSON list of strings (metadata values are strings), one name per class.
import { WeightsError, readSafetensorsMetadata } from "./safetensors.ts";

export function checkpointLabels(bytes: Uint8Array, file: string, classes: number): string[] | null {
  const text = readSafetensorsMetadata(bytes, file).labels;
  if (text === undefined) return null;
  const fail = (why: string): never => {
    throw new WeightsError(file, [`__metadata__ "labels" must be a JSON list of ${classes} class names, one per class, as a string: ${why}`]);
  };
  if (typeof text !== "string") return fail(`it is a ${Array.isArray(text) ? "list" : typeof text}, not a string`);
  let labels: unknown;
  try {
    labels = JSON.parse(text);
  } catch {
    return fail(`${JSON.stringify(text.slice(0, 40))} is not JSON`);
  }
  if (!Array.isArray(labels)) return fail("it is not a list");
  if (labels.length !== classes) return fail(`it has ${labels.length}`);
  const bad = labels.findIndex((l) => typeof l !== "string" || l === "");
  if (bad >= 0) return fail(`entry ${bad} is ${JSON.stringify(labels[bad])}`);
  return labels;
}
