// Where everything lives, decided once for both backends:
//   [0, weightsOffset) unused   [weightsOffset, arenaOffset) the packed weight blocks, in schedule order
//   [arenaOffset, +arenaBytes) the arena (values, scratch)   [inputOffset, ...) the NCHW input
// The wasm module's memory is this layout; the WebGPU weights and arena
// buffers mirror its two regions. Each op's weight blocks (weight-blocks.ts)
// are placed one after another, each aligned, from their layouts alone, so
// placing them needs no weights; packing fills them in.
import type { Graph } from "../ir/types.ts";
import type { Weights } from "../weights/bind.ts";
import { arenaAt, arenaSize, paddedChannels } from "../ir/physical.ts";
import { layoutFloats, type PackedLayout } from "../../kernels/wasm/packed.ts";
import { BUFFER_ALIGN } from "../../kernels/tiles.ts";
import type { OpSchedule } from "./kernel-table.ts";

/** Kept clear below the weights, so that no kernel address is 0. */
const WEIGHTS_BASE = 1024;
export const alignBuffer = (n: number) => Math.ceil(n / BUFFER_ALIGN) * BUFFER_ALIGN;

export interface MemoryLayout {
  /** Where the weights region starts (bytes); it ends at arenaOffset. */
  weightsOffset: number;
  /** Byte offset of each op's weight blocks, in the op's order (OpSchedule.weights). */
  weightOffsets: number[][];
  /** Where the arena starts: a value lives at arenaOffset + its `at`. */
  arenaOffset: number;
  arenaBytes: number;
  inputOffset: number;
  outputOffset: number;
  /** Floats of the output (padded); the first `classes` are the logits. */
  outputFloats: number;
}

/** Places every op's weight blocks, then the arena and the input. */
export function layoutMemory(graph: Graph, schedule: OpSchedule[]): MemoryLayout {
  let end = WEIGHTS_BASE;
  const weightOffsets = schedule.map((s) =>
    s.weights.map((b) => {
      const at = end;
      end = alignBuffer(end + layoutFloats(b.layout) * 4);
      return at;
    }),
  );
  const arenaOffset = alignBuffer(end);
  const arenaBytes = arenaSize(graph);
  const inputOffset = alignBuffer(arenaOffset + arenaBytes);
  const output = graph.ops.find((op) => op.out === graph.output)!;
  return { weightsOffset: WEIGHTS_BASE, weightOffsets, arenaOffset, arenaBytes, inputOffset, outputOffset: arenaOffset + arenaAt(output), outputFloats: paddedChannels(output) };
}

/** The byte offset of op `op`'s weight block `block` (an index the op's schedule gave). */
export function blockOffset(memory: MemoryLayout, op: number, block: number): number {
  const at = memory.weightOffsets[op]?.[block];
  if (at === undefined) throw new Error(`internal: op ${op} has no weight block ${block}`);
  return at;
}

/** A weight block packed and placed. */
export interface PackedBlock {
  offset: number;
  data: Float32Array;
  layout: PackedLayout;
  /** The op that reads it (for errors). */
  layer: string;
}

/** Packs every op's weight blocks from the checkpoint, at their places. */
export function packWeights(graph: Graph, schedule: OpSchedule[], memory: MemoryLayout, weights: Weights): PackedBlock[] {
  return schedule.flatMap((s, i) =>
    s.weights.map((b, j) => {
      const data = b.pack(weights);
      const layer = graph.ops[i]!.out;
      if (data.length !== layoutFloats(b.layout)) throw new Error(`internal: %${layer} ${b.name}: ${data.length} packed floats, the layout describes ${layoutFloats(b.layout)}`);
      return { offset: memory.weightOffsets[i]![j]!, data, layout: b.layout, layer };
    }),
  );
}

/** The weights region's bytes: every block's float32 values at its place. */
export function weightsRegion(memory: MemoryLayout, packed: PackedBlock[]): Uint8Array {
  const region = new Uint8Array(memory.arenaOffset - memory.weightsOffset);
  for (const p of packed) region.set(new Uint8Array(p.data.buffer, p.data.byteOffset, p.data.byteLength), p.offset - memory.weightsOffset);
  return region;
}
