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
  return [...shaders.values()].map((s) => `// ---- ${s.name} (workgroup_size ${s.workgroupSize.join(", ")})\n${s.code()}\n`).join("\n");
}
