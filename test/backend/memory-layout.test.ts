// The memory layout both backends share: each op's packed weight blocks placed
// once, which the wasm calls and the WebGPU dispatches name by the block's index
// in the op's list (not by the wasm lowering's call numbering).
import { describe, expect, it } from "vitest";
import { blockOffset, layoutMemory } from "../../compiler/backend/memory-layout.ts";
import { buildWebGpu } from "../../compiler/backend/webgpu/program.ts";
import { compile } from "../../compiler/compile.ts";
import { layoutFloats } from "../../kernels/wasm/packed.ts";
import { GATE_ROWS, GATE_ROWS_SIGNATURE } from "../../kernels/wasm/reduce.ts";
import { GPU_POINTWISE } from "../../kernels/wgsl/pointwise.ts";
import { BUFFER_ALIGN } from "../../kernels/tiles.ts";
import { SMALL } from "./small-network.ts";
import type { Addresses } from "../../compiler/backend/wasm/calls.ts";

const { model, program, gpu } = await compile(SMALL, { seed: 3 });
const graph = model.graph;
const schedule = model.schedule!;

describe("the memory layout", () => {
  it("places every op's weight blocks once, in schedule order, aligned and apart, before the arena", () => {
    const memory = layoutMemory(graph, schedule);
    const placed = schedule.flatMap((s, i) => s.weights.map((b, j) => ({ at: blockOffset(memory, i, j), bytes: layoutFloats(b.layout) * 4 })));
    expect(placed.length).toBeGreaterThanOrEqual(10);
    expect(memory.weightOffsets.map((o) => o.length)).toEqual(schedule.map((s) => s.weights.length));
    let end = memory.weightsOffset;
    for (const p of placed) {
      expect(p.at % BUFFER_ALIGN).toBe(0);
      expect(p.at).toBeGreaterThanOrEqual(end);
      end = p.at + p.bytes;
    }
    expect(memory.arenaOffset).toBeGreaterThanOrEqual(end);
    expect(program.weights.length).toBe(memory.arenaOffset - memory.weightsOffset);
    expect(() => blockOffset(memory, 0, schedule[0]!.weights.length)).toThrow(/no weight block/);
  });

  it("is all the WebGPU program needs: built from it alone, it equals the compiled one", () => {
    expect(buildWebGpu(graph, schedule, layoutMemory(graph, schedule))).toEqual(gpu);
  });

  it("gives a gated segment's block to both its wasm gate call and its WebGPU dispatch", () => {
    const memory = layoutMemory(graph, schedule);
    const i = schedule.findIndex((s) => s.wasm.some((c) => c.kernel === GATE_ROWS) && s.weights.length > 1);
    expect(i).toBeGreaterThanOrEqual(0);
    const op = graph.ops[i]!;
    const at: Addresses = { value: () => 0, scratch: 0, weights: (j: number) => blockOffset(memory, i, j), layer: () => at };
    const gateSources = schedule[i]!.wasm.filter((c) => c.kernel === GATE_ROWS).map((c) => c.args(at)[GATE_ROWS_SIGNATURE.names.indexOf("src")]);
    const gpuWeights = gpu!.dispatches.filter((d) => d.layer === op.out).map((d) => d.params[GPU_POINTWISE.names.indexOf("w")]! * 16);
    const blocks = schedule[i]!.weights.map((_, j) => blockOffset(memory, i, j));
    expect(gateSources).toEqual(blocks);
    expect(gpuWeights).toEqual(blocks);
  });
});
