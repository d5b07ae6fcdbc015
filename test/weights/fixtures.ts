// Shared by the weights tests: a tiny network, its seeded checkpoint, and
// hand-built safetensors files for the cases writeSafetensors cannot produce.
import { expect } from "vitest";
import { elaborate } from "../../compiler/passes/elaborate.ts";
import { UserError } from "../../compiler/errors.ts";
import { parseSpec } from "../../compiler/frontend/index.ts";
import type { Graph } from "../../compiler/ir/types.ts";
import { WeightsError, writeSafetensors } from "../../compiler/weights/safetensors.ts";
import { seededWeights } from "../../compiler/weights/seeded.ts";

export const FILE = "ckpt/tiny.safetensors";

/** Stem, a `ds` block, an `ir` block with mixed kernels and SE, head, pool, classifier. */
export const TINY_SPEC = `network tiny {
  input   3x16x16
  bn_eps  1e-5
  padding symmetric
  stem k=3 s=2 c=8 act=relu
  stage act=swish {
    ds k=3 c=8
    ir k=3,5 e=2 c=16 s=2 se=0.5
  }
  head c=32 act=relu
  pool avg
  classifier classes=10
}
`;

export function graphOf(spec: string, file = "tiny.mix"): Graph {
  const result = parseSpec(spec, file);
  if (!result.network) throw new Error(`test spec does not compile: ${JSON.stringify(result.diagnostics)}`);
  return elaborate(result.network);
}

export const tinyGraph = (): Graph => graphOf(TINY_SPEC);

/** Name -> {shape, data} for writeSafetensors, from the graph's params and seeded values. */
export function seededTensors(graph: Graph, seed = 7): Map<string, { shape: number[]; data: Float64Array }> {
  const weights = seededWeights(graph, seed);
  return new Map(graph.params.map((p) => [p.name, { shape: p.shape, data: weights.get(p.name)! }]));
}

export const tinyCheckpoint = (seed = 7): Uint8Array => writeSafetensors(seededTensors(tinyGraph(), seed));

/** A safetensors file from a raw header (object, or text for malformed JSON) and data section. */
export function rawFile(header: unknown, data: Uint8Array = new Uint8Array(0), headerLength?: bigint): Uint8Array {
  const json = new TextEncoder().encode(typeof header === "string" ? header : JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + data.length);
  new DataView(out.buffer).setBigUint64(0, headerLength ?? BigInt(json.length), true);
  out.set(json, 8);
  out.set(data, 8 + json.length);
  return out;
}

/** Little-endian bytes of 16-bit words (F16 or BF16 bit patterns). */
export function words16(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  values.forEach((v, i) => new DataView(out.buffer).setUint16(i * 2, v, true));
  return out;
}

export function f32Bytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return out;
}

export function f64Bytes(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  values.forEach((v, i) => new DataView(out.buffer).setFloat64(i * 8, v, true));
  return out;
}

/** Runs `fn`, which must throw a WeightsError for FILE (a UserError, exit code 1); returns its message. */
export function weightsError(fn: () => unknown, file = FILE): string {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, "expected a WeightsError").toBeInstanceOf(WeightsError);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).exitCode).toBe(1);
  const message = (error as Error).message;
  expect(message.startsWith(`${file}: `), `message names the file: ${message}`).toBe(true);
  return message;
}

/** The problem lines of a multi-problem message (after the "N problems" line). */
export function problemLines(message: string): string[] {
  return message.split("\n").slice(1).map((l) => l.trim());
}

export interface TypedTensor {
  dtype: string;
  shape: number[];
  bytes: Uint8Array;
}

/** A safetensors file of tensors of any dtype, their data in the order given (writeSafetensors writes only F32). */
export function typedFile(tensors: [string, TypedTensor][]): Uint8Array {
  let offset = 0;
  const header = Object.fromEntries(tensors.map(([name, t]) => [name, { dtype: t.dtype, shape: t.shape, data_offsets: [offset, (offset += t.bytes.length)] }]));
  const data = new Uint8Array(offset);
  tensors.reduce((at, [, t]) => (data.set(t.bytes, at), at + t.bytes.length), 0);
  return rawFile(header, data);
}

export const i64Scalar = (value: number): TypedTensor => ({ dtype: "I64", shape: [], bytes: new Uint8Array(BigInt64Array.of(BigInt(value)).buffer) });

/**
 * A graph's weights as PyTorch's state_dict() holds them: F32 parameters, and after each BatchNorm's an
 * I64 num_batches_tracked; every name after `prefix` (as a wrapped model saves them).
 */
export function stateDict(graph: Graph, prefix = "", tensors = seededTensors(graph)): [string, TypedTensor][] {
  const entries: [string, TypedTensor][] = [];
  for (const [name, t] of tensors) {
    entries.push([prefix + name, { dtype: "F32", shape: t.shape, bytes: f32Bytes(t.data) }]);
    if (name.endsWith(".running_var")) entries.push([prefix + name.replace(/running_var$/, "num_batches_tracked"), i64Scalar(1000)]);
  }
  return entries;
}
