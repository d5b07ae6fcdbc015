// The WebGPU program of a lowered graph: every shader once, and the dispatch
// list with parameters resolved against the memory layout (../memory-layout.ts),
// whose weights and arena regions the GPU buffers mirror. The wasm program is
// built on the same layout, so one copy of the weights serves both. A band-fused
// 1x1's output, which the arena holds as a ring, is whole on the GPU, whose
// dispatches cover whole layers: in a region past the input, which every such
// output shares (each lives from its 1x1 to the depthwise right after).
import type { GpuProgram } from "../../../runtime/webgpu-program.ts";
import type { Graph } from "../../ir/types.ts";
import { blockOffset, type MemoryLayout } from "../memory-layout.ts";
import { uniqueShaders, type OpSchedule } from "../kernel-table.ts";
import { arenaAt, ringRows, wholeFloats } from "../../ir/physical.ts";

/** Each value's index (in floats) in the GPU's arena buffer, and the buffer's floats: the arena, the input, then the whole outputs of the band-fused 1x1s. */
export function gpuArena(graph: Graph, memory: MemoryLayout): { value: (name: string) => number; floats: number } {
  const byName = new Map(graph.ops.map((op) => [op.out, op]));
  const inputIndex = (memory.inputOffset - memory.arenaOffset) / 4;
  // Whole vec4s, for the kernels that read the arena as vec4s.
  const wholeAt = Math.ceil((inputIndex + graph.input.shape.reduce((a, b) => a * b, 1)) / 4) * 4;
  const rings = graph.ops.filter((op) => ringRows(op) !== undefined);
  const value = (name: string) => {
    if (name === graph.input.name) return inputIndex;
    const op = byName.get(name)!;
    return ringRows(op) === undefined ? arenaAt(op) / 4 : wholeAt;
  };
  return { value, floats: wholeAt + Math.ceil(Math.max(0, ...rings.map(wholeFloats)) / 4) * 4 };
}

export function buildWebGpu(graph: Graph, schedule: OpSchedule[], memory: MemoryLayout): GpuProgram {
  const { value, floats } = gpuArena(graph, memory);
  const planned = uniqueShaders(schedule.flatMap((s) => s.gpu));
  const shaderIndex = new Map(planned.map((s, i) => [s.name, i]));
  const shaders: GpuProgram["shaders"] = planned.map((s) => ({ name: s.name, code: s.code(), ...(s.f16 ? { f16: s.f16() } : {}), entryPoint: "main", workgroupSize: s.workgroupSize }));
  const workgroupStorageBytes = Math.max(0, ...planned.map((s) => s.workgroupBytes));
  const dispatches = graph.ops.flatMap((op, i) =>
    schedule[i]!.gpu.map((d) => ({ layer: op.out, shader: shaderIndex.get(d.shader.name)!, params: d.params({ value, weights: (j) => blockOffset(memory, i, j) / 4 }), workgroups: d.workgroups })),
  );
  return {
    format: 1,
    weightsBytes: memory.arenaOffset,
    arenaOffset: memory.arenaOffset,
    arenaFloats: floats,
    input: value(graph.input.name),
    output: value(graph.output),
    outputFloats: memory.outputFloats,
    features: [],
    workgroupStorageBytes,
    shaders,
    dispatches,
  };
}
