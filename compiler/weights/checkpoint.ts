// A safetensors checkpoint as users have one: a state_dict saved with its
// integer buffers (num_batches_tracked), or from a wrapped model (module.,
// _orig_mod., model.). What is forgiven is said in notes, one line each for
// the CLI to print; everything else is checked as bindWeights checks it.
import type { Graph } from "../ir/types.ts";
import { matchTensors, type Weights } from "./bind.ts";
import { findPrefix } from "./prefix.ts";
import { readAllTensors, WeightsError, type IntegerTensor } from "./safetensors.ts";

export interface LoadedCheckpoint {
  weights: Weights;
  /** One line each, naming the file: a prefix stripped, integer buffers skipped. */
  notes: string[];
}

export function loadCheckpoint(graph: Graph, bytes: Uint8Array, file: string): LoadedCheckpoint {
  const all = readAllTensors(bytes, file);
  const params = new Set(graph.params.map((p) => p.name));
  const names = [...all.tensors.keys(), ...all.integers.keys()];
  const { prefix, partial } = findPrefix(names, params);
  const strip = <T>(tensors: Map<string, T>) => new Map([...tensors].map(([name, t]) => [name.slice(prefix.length), t]));
  const integers = strip(all.integers);
  const { weights, problems } = matchTensors(graph, strip(all.tensors), integers);
  // The problems name tensors as the network does: say so where the file's names differ.
  if (problems.length) throw new WeightsError(prefix ? `${file} (names without their prefix '${prefix}')` : file, partial ? [partial, ...problems] : problems);
  const notes: string[] = [];
  if (prefix) notes.push(`${file}: stripped the prefix '${prefix}' from ${names.length} tensor names`);
  const skipped = [...integers].filter(([name]) => !params.has(name));
  if (skipped.length) notes.push(`${file}: ${skippedNote(skipped)}`);
  return { weights, notes };
}

/** E.g. "skipped 58 integer buffers (num_batches_tracked)". */
function skippedNote(skipped: [string, IntegerTensor][]): string {
  const kinds = [...new Set(skipped.map(([name]) => name.slice(name.lastIndexOf(".") + 1)))];
  const shown = kinds.slice(0, 3).join(", ") + (kinds.length > 3 ? ", ..." : "");
  const type = skipped.some(([, t]) => t.dtype === "BOOL") ? "integer or boolean" : "integer";
  return `skipped ${skipped.length} ${type} buffer${skipped.length === 1 ? "" : "s"} (${shown})`;
}
