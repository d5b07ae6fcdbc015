// The WebGPU program of a lowered graph: every shader once, and the dispatch
// list with parameters resolved against the memory layout (../memory-layout.ts),
// whose weights and arena regions the GPU buffers mirror. The wasm program is
// built on the same layout, so one copy of the weights serves both.
import type { GpuProgram } from "../../../runtime/webgpu-program.ts";
import type { Graph } from "../../ir/types.ts";
import { blockOffset, type MemoryLayout } from "../memory-layout.ts";
import { uniqueShaders, type OpSchedule } from "../kernel-table.ts";
import { arenaAt } from "../../ir/physical.ts";

export function buildWebGpu(graph: Graph, schedule: OpSchedule[], memory: MemoryLayout): GpuProgram {
  const byName = new Map(graph.ops.map((op) => [op.out, op]));
  const inputIndex = (memory.inputOffset - memory.arenaOffset) / 4;
  const value = (name: string) => (name === graph.input.name ? inputIndex : arenaAt(byName.get(name)!) / 4);
  const planned = uniqueShaders(schedule.flatMap((s) => s.gpu));
  const shaderIndex = new Map(planned.map((s, i) => [s.name, i]));
  const shaders: GpuProgram["shaders"] = planned.map((s) => ({ name: s.name, code: s.code(), ...(s.f16 ? { f16: s.f16() } : {}), entryPoint: "main", workgroupSize: s.workgroupSize }));
  const workgroupStorageBytes = Math.max(0, ...planned.map((s) => s.workgroupBytes));
  const dispatches = graph.ops.flatMap((op, i) =>
    schedule[i]!.gpu.map((d) => ({ layer: op.out, shader: shaderIndex.get(d.shader.name)!, params: d.params({ value, weights: (j) => blockOffset(memory, i, j) / 4 }), workgroups: d.workgroups })),
  );
  const inputFloats = graph.input.shape.reduce((a, b) => a * b, 1);
  return {
    format: 1,
    weightsBytes: memory.arenaOffset,
    arenaOffset: memory.arenaOffset,
    // Whole vec4s, for the kernels that read the arena as vec4s.
    arenaFloats: Math.ceil((inputIndex + inputFloats) / 4) * 4,
    input: inputIndex,
    output: value(graph.output),
    outputFloats: memory.outputFloats,
    features: [],
    workgroupStorageBytes,
    shaders,
    dispatches,
  };
}
