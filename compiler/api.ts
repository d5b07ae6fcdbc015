// The compiler's library API, used by the CLI and by tests: spec file ->
// network -> graph, weights from a checkpoint or a seed, the pass pipeline.
import { readFileSync, statSync } from "node:fs";
import { elaborate } from "./passes/elaborate.ts";
import { NOT_A_FILE, systemReason, UserError } from "./errors.ts";
import { checkLimits } from "./passes/limits.ts";
import { parseSpec, formatDiagnostic, type Network } from "./frontend/index.ts";
import type { Graph } from "./ir/types.ts";
import { computeStats, type Stats } from "./ir/stats.ts";
import type { Weights } from "./weights/bind.ts";
import { loadCheckpoint } from "./weights/checkpoint.ts";
import { seededWeights } from "./weights/seeded.ts";
import { checkpointLabels } from "./weights/labels.ts";
import { readLabelFile } from "./weights/label-file.ts";
import { LABEL_SETS } from "./frontend/label-sets.ts";
import { checkTimmConfig } from "./weights/timm-config.ts";
import { hubFiles, type HubOptions } from "./hub/download.ts";
import { isHubRef, parseHubRef } from "./hub/ref.ts";

/** What a timm repository on the Hub holds: the weights, and the evaluation settings they were trained for. */
const WEIGHTS_FILE = "model.safetensors";
const CONFIG_FILE = "config.json";
import type { ModelInfo } from "./bundle/write-bundle.ts";

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
  const result = parseSpec(text, path, (p) => readRegularFile(p).toString("utf8"));
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
  /** A safetensors checkpoint with the naming scheme's tensor names: a file, or "hf:ORG/REPO[@REVISION]" on the Hugging Face Hub. */
  weights?: string;
  /** The weights the spec names in its `pretrained` statement. */
  pretrained?: boolean;
  /** Deterministic random weights, for testing: the seed. */
  seed?: number;
  /** Class names, one per line or a JSON array; they replace the spec's and the checkpoint's. */
  labels?: string;
  /** How the Hub is reached (the environment's HF_* variables by default) and where a download shows progress. */
  hub?: HubOptions;
}

/** A spec's weights, its class names, and what was done to the checkpoint on the way (one line each, for the user). */
export interface ModelSource {
  graph: Graph;
  weights: Weights;
  info: ModelInfo;
  notes: string[];
}

/** Weights for a graph: a local checkpoint or a seed (a Hub reference needs its spec: use loadModelSource). */
export function loadWeights(graph: Graph, source: Pick<WeightSource, "weights" | "seed">): Weights {
  if (source.weights === undefined) return seededWeights(graph, source.seed ?? 0);
  return loadCheckpoint(graph, readInput(source.weights, "weights"), source.weights).weights;
}

/**
 * A spec, its weights and what the bundle tells its users: the preprocessing
 * (from the spec) and the class names (--labels, else the spec's label set,
 * else the checkpoint's metadata). Each file is read once.
 */
export async function loadModelSource(specPath: string, source: WeightSource): Promise<ModelSource> {
  const { network, graph } = loadSpec(specPath);
  const origin = weightOrigin(network, specPath, source);
  // The user's own files first: a bad --labels must not wait for a download.
  const labels = labelsOf(network, source);
  const { preprocessing } = network;
  if (typeof origin === "number") return { graph, weights: seededWeights(graph, origin), info: { preprocessing, labels }, notes: [] };
  const checkpoint = isHubRef(origin) ? await pretrainedFile(origin, network, specPath, source.hub) : { path: origin, name: origin, notes: [] };
  const bytes = readInput(checkpoint.path, "weights");
  const loaded = loadCheckpoint(graph, bytes, checkpoint.name);
  return { graph, weights: loaded.weights, info: { preprocessing, labels: labels ?? checkpointLabels(bytes, checkpoint.name, network.classes) }, notes: [...checkpoint.notes, ...loaded.notes] };
}

/**
 * Exactly one of a checkpoint, the spec's pretrained weights or a seed: random
 * weights give confident, meaningless answers, so they are never the default.
 */
function weightOrigin(network: Network, specPath: string, source: WeightSource): string | number {
  const given = [source.weights !== undefined && "weights", source.pretrained && "pretrained", source.seed !== undefined && "seed"].filter(Boolean);
  if (given.length > 1) throw new UserError(`${given.join(" and ")} exclude each other: the weights come from one place`, 2);
  if (source.seed !== undefined) return source.seed;
  if (source.weights !== undefined) return source.weights;
  const named = network.pretrained ? `; its pretrained weights are ${network.pretrained} (--pretrained)` : "";
  if (!source.pretrained) throw new UserError(`${specPath}: no weights given: choose --pretrained, --weights FILE.safetensors|hf:ORG/REPO, or --seed N for random weights (for testing)${named}`, 2);
  if (!network.pretrained) throw new UserError(`${specPath}: --pretrained needs a 'pretrained "hf:ORG/REPO"' statement in the spec, and '${network.name}' has none; give --weights instead`, 2);
  return network.pretrained;
}

/** The class names the user asked for, or the spec's label set (whose size the frontend checked); null where neither names them. */
function labelsOf(network: Network, source: WeightSource): string[] | null {
  if (source.labels !== undefined) return readLabelFile(readInput(source.labels, "labels"), source.labels, network.classes);
  return network.labels ? [...LABEL_SETS[network.labels]!] : null;
}

/** A Hub checkpoint's weights file, downloaded or cached, after its config.json is checked against the spec; the note names the commit. */
async function pretrainedFile(ref: string, network: Network, specPath: string, hub: HubOptions | undefined): Promise<{ path: string; name: string; notes: string[] }> {
  const { commit, paths } = await hubFiles(parseHubRef(ref), [WEIGHTS_FILE, CONFIG_FILE], hub);
  checkTimmConfig(readInput(paths[CONFIG_FILE]!, "config").toString("utf8"), CONFIG_FILE, network, specPath, ref);
  return { path: paths[WEIGHTS_FILE]!, name: `${ref} (${WEIGHTS_FILE})`, notes: [`${ref}: ${WEIGHTS_FILE} at commit ${commit.slice(0, 12)}`] };
}
