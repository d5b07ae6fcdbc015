// The WebGPU program of a lowered graph: every shader once, and the dispatch
// list with parameters resolved against the wasm program's memory layout
// (whose weights and arena the GPU buffers mirror).
import type { GpuProgram } from "../../../runtime/webgpu-program.ts";
import type { Graph } from "../../ir/types.ts";
import type { WasmProgram } from "../wasm/module.ts";
import { uniqueShaders, type OpSchedule } from "../kernel-table.ts";
import { arenaAt } from "../../ir/physical.ts";

export function buildWebGpu(graph: Graph, schedule: OpSchedule[], wasm: WasmProgram): GpuProgram {
  const byName = new Map(graph.ops.map((op) => [op.out, op]));
  const inputIndex = (wasm.inputOffset - wasm.arenaOffset) / 4;
  const value = (name: string) => (name === graph.input.name ? inputIndex : arenaAt(byName.get(name)!) / 4);
  const planned = uniqueShaders(schedule.flatMap((s) => s.gpu));
  const shaderIndex = new Map(planned.map((s, i) => [s.name, i]));
  const shaders: GpuProgram["shaders"] = planned.map((s) => ({ name: s.name, code: s.code(), ...(s.f16 ? { f16: s.f16() } : {}), entryPoint: "main", workgroupSize: s.workgroupSize }));
  const workgroupStorageBytes = Math.max(0, ...planned.map((s) => s.workgroupBytes));
  const dispatches = graph.ops.flatMap((op, i) =>
    schedule[i]!.gpu.map((d) => ({ layer: op.out, shader: shaderIndex.get(d.shader.name)!, params: d.params({ value, weights: (j) => wasm.weightOffsets[i]![j]! / 4 }), workgroups: d.workgroups })),
  );
  const inputFloats = graph.input.shape.reduce((a, b) => a * b, 1);
  return {
    format: 1,
    weightsBytes: wasm.arenaOffset,
    arenaOffset: wasm.arenaOffset,
    // Whole vec4s, for the kernels that read the arena as vec4s.
    arenaFloats: Math.ceil((inputIndex + inputFloats) / 4) * 4,
    input: inputIndex,
    output: value(graph.output),
    outputFloats: wasm.outputFloats,
    features: [],
    workgroupStorageBytes,
    shaders,
    dispatches,
  };
}
