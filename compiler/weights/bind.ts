// Matching a checkpoint to a graph: every parameter present with the right
// shape, no tensor left over, every value finite.
import type { Graph } from "../ir/types.ts";
import { WeightsError, type IntegerTensor, type RawTensor } from "./safetensors.ts";

/** Parameter values by name, float64 so that the reference keeps full precision. */
export type Weights = Map<string, Float64Array>;

/** The graph's weights from a checkpoint's tensors, or a WeightsError naming every tensor at fault. */
export function bindWeights(graph: Graph, tensors: Map<string, RawTensor>, file: string): Weights {
  const { weights, problems } = matchTensors(graph, tensors);
  if (problems.length) throw new WeightsError(file, problems);
  return weights;
}

/**
 * bindWeights' checks, returning the problems rather than throwing them. `integers` are the checkpoint's
 * integer and boolean tensors: one named as a parameter is a problem; the others are buffers
 * (num_batches_tracked) that the caller skips.
 */
export function matchTensors(graph: Graph, tensors: Map<string, RawTensor>, integers: ReadonlyMap<string, IntegerTensor> = new Map()): { weights: Weights; problems: string[] } {
  const weights: Weights = new Map();
  const mismatch = namesMismatch(graph, new Map([...tensors, ...integers]));
  if (mismatch) return { weights, problems: [mismatch] };
  const problems: string[] = [];
  for (const p of graph.params) {
    const t = tensors.get(p.name);
    const integer = integers.get(p.name);
    if (integer) problems.push(`tensor ${p.name} has dtype ${integer.dtype}, not a floating-point type, but it is a parameter of the network: expected F32 (F16, BF16 and F64 are converted)`);
    else if (!t) problems.push(`missing tensor ${p.name}: expected shape [${p.shape}]`);
    else if (t.shape.join() !== p.shape.join()) problems.push(`tensor ${p.name} has shape [${t.shape}], expected [${p.shape}]`);
    else if (!t.data.every(Number.isFinite)) problems.push(nonFinite(p.name, t.data));
    else weights.set(p.name, t.data);
  }
  const wanted = new Set(graph.params.map((p) => p.name));
  for (const [name, t] of tensors) if (!wanted.has(name)) problems.push(`unexpected tensor ${name} [${t.shape}]: the network '${graph.name}' has no such parameter`);
  return { weights, problems };
}

/**
 * When most parameters are missing, the names follow another scheme (another network, another library,
 * a prefix): a line per missing tensor would bury that, so one problem shows a few names from each side.
 */
function namesMismatch(graph: Graph, inFile: Map<string, { shape: number[] }>): string | null {
  const missing = graph.params.filter((p) => !inFile.has(p.name));
  if (missing.length * 2 <= graph.params.length) return null;
  const wanted = new Set(graph.params.map((p) => p.name));
  const others = [...inFile].filter(([name]) => !wanted.has(name)).map(([name, t]) => ({ name, shape: t.shape }));
  const some = (list: { name: string; shape: number[] }[]) => list.slice(0, 4).map((t) => `${t.name} [${t.shape}]`).join(", ") + (list.length > 4 ? `, ... (${list.length} in all)` : "");
  return [
    `the tensor names do not match the network's: ${graph.params.length - missing.length} of the ${graph.params.length} parameters of '${graph.name}' are in the file`,
    `    the network expects: ${some(missing)}`,
    `    the file has ${others.length ? `instead: ${some(others)}` : "no other tensors"}`,
    "    mixc reads tensors named as timm names them; is this a checkpoint of another network, or from another library?",
  ].join("\n");
}

/** How many values are NaN or infinite, and the first one: enough to tell a diverged training run from one bad entry. */
function nonFinite(name: string, data: Float64Array): string {
  const first = data.findIndex((v) => !Number.isFinite(v));
  const count = data.reduce((n, v) => n + (Number.isFinite(v) ? 0 : 1), 0);
  return `tensor ${name} holds ${count} NaN or infinite value${count === 1 ? "" : "s"} of ${data.length} (the first, at index ${first}, is ${data[first]})`;
}
