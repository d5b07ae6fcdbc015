// The compiler's library API, used by the CLI and by tests: spec file ->
// network -> graph, weights from a checkpoint or a seed, the pass pipeline.
import { readFileSync, statSync } from "node:fs";
import { elaborate } from "./elaborate.ts";
import { NOT_A_FILE, systemReason, UserError } from "./errors.ts";
import { checkLimits } from "./limits.ts";
import { compileSpec, formatDiagnostic, type Network } from "./frontend/index.ts";
import type { Graph } from "./ir/types.ts";
import { computeStats, type Stats } from "./stats.ts";
import { bindWeights, type Weights } from "./weights/bind.ts";
import { readSafetensors } from "./weights/safetensors.ts";
import { seededWeights } from "./weights/seeded.ts";
import { checkpointLabels } from "./weights/labels.ts";
import type { ModelInfo } from "./bundle.ts";

/**
 * Reads a regular file. A device or a pipe is refused before it is opened:
 * /dev/zero would be read until memory runs out, and a FIFO blocks in open().
 */
function readRegularFile(path: string): Buffer {
  const stat = statSync(path);
  if (!stat.isFile() && !stat.isDirectory()) throw Object.assign(new Error(`${path} is not a regular file`), { code: NOT_A_FILE });
  return readFileSync(path);
}

/** Reads a file, turning a system error into a one-line user error. */
export function readInput(path: string, what = "file"): Buffer {
  try {
    return readRegularFile(path);
  } catch (e) {
    throw new UserError(`cannot read ${what} ${path}: ${systemReason(e)}`);
  }
}

/** A spec with errors: the message is every diagnostic, formatted. */
export class SpecError extends UserError {}

/** The most diagnostics a failed spec prints: a file that is not a spec at all stays readable. */
export const MAX_PRINTED_ERRORS = 50;

/**
 * A spec's network and its graph, elaborated once and checked against the
 * limits before anything is allocated by its size; `shaped` is the graph with
 * its shapes inferred.
 */
export function loadSpec(path: string): { network: Network; graph: Graph; shaped: Graph } {
  const text = readInput(path, "spec").toString("utf8");
  const result = compileSpec(text, path, (p) => readRegularFile(p).toString("utf8"));
  if (!result.network) {
    const n = result.diagnostics.length;
    const shown = result.diagnostics.slice(0, MAX_PRINTED_ERRORS).map((d) => formatDiagnostic(d, result.sources));
    if (n > shown.length) shown.push(`(${n - shown.length} more not shown)`);
    throw new SpecError(`${shown.join("\n")}\n${n} error${n === 1 ? "" : "s"} in ${path}`);
  }
  const graph = elaborate(result.network);
  return { network: result.network, graph, shaped: checkLimits(graph, path) };
}

export function loadNetwork(path: string): Network {
  return loadSpec(path).network;
}

export function loadGraph(path: string): Graph {
  return loadSpec(path).graph;
}

/** Parameters and multiply-accumulates of a spec, per layer and in total (what `mixc stats` prints). */
export function specStats(path: string): Stats {
  return computeStats(loadSpec(path).shaped);
}

export interface WeightSource {
  /** A safetensors checkpoint with the naming scheme's tensor names. */
  weights?: string;
  /** Seed for deterministic weights when no checkpoint is given (default 0). */
  seed?: number;
}

export function loadWeights(graph: Graph, source: WeightSource): Weights {
  return readWeights(graph, source).weights;
}

/**
 * A spec, its weights and what the bundle tells its users: the preprocessing
 * (from the spec) and the class names (from the checkpoint's metadata, when it
 * has them). Each file is read once.
 */
export async function loadModelSource(specPath: string, source: WeightSource): Promise<{ graph: Graph; weights: Weights; info: ModelInfo }> {
  const { network, graph } = loadSpec(specPath);
  const { weights, checkpoint } = readWeights(graph, source);
  const labels = checkpoint ? checkpointLabels(checkpoint.bytes, checkpoint.path, network.classes) : null;
  return { graph, weights, info: { preprocessing: network.preprocessing, labels } };
}

/** Weights from a checkpoint (returned too, for its metadata) or a seed. */
function readWeights(graph: Graph, source: WeightSource): { weights: Weights; checkpoint?: { path: string; bytes: Buffer } } {
  if (!source.weights) return { weights: seededWeights(graph, source.seed ?? 0) };
  const bytes = readInput(source.weights, "weights");
  return { weights: bindWeights(graph, readSafetensors(bytes, source.weights), source.weights), checkpoint: { path: source.weights, bytes } };
}
