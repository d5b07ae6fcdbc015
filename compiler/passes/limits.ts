// What a network may need. The wasm backend's memory is one wasm32 memory, and
// its kernels compare addresses and loop bounds as signed i32: so everything
// (weights, arena, input) must fit below 2 GiB, not wasm32's 4 GiB. Counts of
// parameters and multiply-accumulates must stay exact in a float64 (2^53).
// A spec past these limits is rejected before any weight is allocated.
import { UserError } from "../errors.ts";
import { binarySize } from "../units.ts";
import type { Graph } from "../ir/types.ts";
import { inferShapes } from "./infer-shapes.ts";
import { opMacs } from "../ir/stats.ts";

/** 32768 wasm pages of 64 KiB. */
export const WASM_MEMORY_LIMIT = 2 ** 31;

const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** The memory the network needs on the wasm backend, when it is more than it may have. */
export function memoryError(network: string, parts: Record<string, number>, atLeast = false): UserError | undefined {
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  if (total <= WASM_MEMORY_LIMIT) return undefined;
  const list = Object.entries(parts).map(([what, bytes]) => `${what} ${binarySize(bytes)}`).join(", ");
  return new UserError(`network '${network}' needs ${atLeast ? "at least " : ""}${binarySize(total)} of WebAssembly memory (${list}); mixc's wasm32 code addresses at most ${binarySize(WASM_MEMORY_LIMIT)}`);
}

/**
 * Checks an elaborated graph against the limits: float32 weights plus the
 * largest single value (a lower bound of the arena), and exact counts. The
 * error names the spec; the exact memory is checked again once it is planned.
 * Returns the graph with its shapes inferred, which the check needed.
 */
export function checkLimits(graph: Graph, file: string): Graph {
  const shaped = inferShapes(graph);
  const paramShapes = new Map(graph.params.map((p) => [p.name, p.shape]));
  const params = graph.params.reduce((n, p) => n + count(p.shape), 0);
  const fail = (message: string): never => {
    throw new UserError(`${file}: ${message}`);
  };
  if (!Number.isSafeInteger(params)) fail(`network '${graph.name}' has more than 2^53 parameters`);
  let macs = 0;
  let largest = { name: graph.input.name, bytes: count(graph.input.shape) * 4 };
  for (const op of shaped.ops) {
    macs += opMacs(op, (name) => paramShapes.get(name)!);
    if (!Number.isSafeInteger(macs)) fail(`network '${graph.name}' has more than 2^53 multiply-accumulates (counted up to layer ${op.out})`);
    const bytes = count(op.shape!) * 4;
    if (bytes > largest.bytes) largest = { name: op.out, bytes };
  }
  const error = memoryError(graph.name, { weights: params * 4, [`largest activation (${largest.name})`]: largest.bytes }, true);
  if (error) fail(error.message);
  return shaped;
}
