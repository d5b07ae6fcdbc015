// A labels file given with --labels: one class name per line, or a JSON array
// of strings, one name per class in class order.
import { UserError } from "../errors.ts";

/** Far above any real list (ImageNet-21k's names are about 1 MiB); refused before decoding. */
export const MAX_LABEL_FILE_BYTES = 16 * 2 ** 20;

export function readLabelFile(bytes: Uint8Array, file: string, classes: number): string[] {
  if (bytes.byteLength > MAX_LABEL_FILE_BYTES) throw new UserError(`${file}: ${bytes.byteLength} bytes is too large for a labels file (at most ${MAX_LABEL_FILE_BYTES} bytes, 16 MiB)`);
  let text: string;
  try {
    // ignoreBOM false (the default): a UTF-8 byte-order mark is dropped.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file}: a labels file must be UTF-8 text`);
  }
  const labels = /^\s*\[/.test(text) ? jsonLabels(text, file) : lineLabels(text, file);
  if (labels.length !== classes) {
    throw new UserError(`${file}: ${labels.length} class name${labels.length === 1 ? "" : "s"}, but the network has ${classes} classes: give one name per class`);
  }
  return labels;
}

function jsonLabels(text: string, file: string): string[] {
  let labels: unknown;
  try {
    labels = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: starts with '[' but is not a JSON array (${(e as Error).message})`);
  }
  if (!Array.isArray(labels)) throw new UserError(`${file}: starts with '[' but is not a JSON array`);
  const bad = labels.findIndex((l) => typeof l !== "string" || l.trim() === "");
  if (bad >= 0) throw new UserError(`${file}: entry ${bad} of the JSON array is ${JSON.stringify(labels[bad])}; each class name must be a non-empty string`);
  return labels as string[];
}

/** Lines end in \n or \r\n; one final line end is allowed, a blank line is not (it would shift every class after it). */
function lineLabels(text: string, file: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const blank = lines.findIndex((l) => l.trim() === "");
  if (blank >= 0) throw new UserError(`${file}:${blank + 1}: line ${blank + 1} is blank; a labels file has one class name on each line`);
  return lines;
}
