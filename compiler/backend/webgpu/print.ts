// The WebGPU side of the lowered IR in text: each op's dispatches as
// `shader.wgX.X.X.gridX.X.X` (an IR attribute), and the WGSL of every shader.
import type { Graph, Op } from "../../ir/types.ts";
import { gpuDispatches } from "./dispatches.ts";

export function dispatchSummary(g: Graph, op: Op): string[] {
  return gpuDispatches(g, op).map((d) => `${d.shader.name}.wg${d.shader.workgroupSize.join(".")}.grid${d.workgroups.join(".")}`);
}

/** Every shader the graph's dispatches use, once, with its workgroup size. */
export function printShaders(g: Graph): string {
  const shaders = new Map(g.ops.flatMap((op) => gpuDispatches(g, op)).map((d) => [d.shader.name, d.shader] as const));
  const text = (name: string, size: number[], code: string, note = "") => `// ---- ${name} (workgroup_size ${size.join(", ")}${note})\n${code}\n`;
  const f16Note = "; run instead with --gpu-precision f16 where the adapter has shader-f16";
  return [...shaders.values()].flatMap((s) => [text(s.name, s.workgroupSize, s.code()), ...(s.f16 ? [text(`${s.name}, f16 variant`, s.workgroupSize, s.f16(), f16Note)] : [])]).join("\n");
}
