// Matching a checkpoint to a graph: every parameter present with the right
// shape, no tensor left over, every value finite.
import type { Graph } from "../ir/types.ts";
import { WeightsError, type RawTensor } from "./safetensors.ts";

/** Parameter values by name, float64 so that the reference keeps full precision. */
export type Weights = Map<string, Float64Array>;

export function bindWeights(graph: Graph, tensors: Map<string, RawTensor>, file: string): Weights {
  const problems: string[] = [];
  const weights: Weights = new Map();
  for (const p of graph.params) {
    const t = tensors.get(p.name);
    if (!t) problems.push(`missing tensor ${p.name}: expected shape [${p.shape}]`);
    else if (t.shape.join() !== p.shape.join()) problems.push(`tensor ${p.name} has shape [${t.shape}], expected [${p.shape}]`);
    else if (!t.data.every(Number.isFinite)) problems.push(nonFinite(p.name, t.data));
    else weights.set(p.name, t.data);
  }
  const wanted = new Set(graph.params.map((p) => p.name));
  for (const [name, t] of tensors) if (!wanted.has(name)) problems.push(`unexpected tensor ${name} [${t.shape}]: the network '${graph.name}' has no such parameter`);
  if (problems.length) throw new WeightsError(file, problems);
  return weights;
}

/** How many values are NaN or infinite, and the first one: enough to tell a diverged training run from one bad entry. */
function nonFinite(name: string, data: Float64Array): string {
  const first = data.findIndex((v) => !Number.isFinite(v));
  const count = data.reduce((n, v) => n + (Number.isFinite(v) ? 0 : 1), 0);
  return `tensor ${name} holds ${count} NaN or infinite value${count === 1 ? "" : "s"} of ${data.length} (the first, at index ${first}, is ${data[first]})`;
}
