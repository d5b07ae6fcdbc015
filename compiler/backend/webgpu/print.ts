// The WebGPU side of the lowered IR in text: each op's dispatches as
// `shader.wgX.X.X.gridX.X.X` (an IR attribute), and the WGSL of every shader.
import type { Graph } from "../../ir/types.ts";
import { gpuShaders } from "../kernel-table.ts";
import type { PlannedDispatch } from "./dispatches.ts";

export function dispatchSummary(dispatches: PlannedDispatch[]): string[] {
  return dispatches.map((d) => `${d.shader.name}.wg${d.shader.workgroupSize.join(".")}.grid${d.workgroups.join(".")}`);
}

/** The WGSL of every shader the graph's dispatches use, once, with its workgroup size. */
export function printShaders(g: Graph): string {
  const text = (name: string, size: number[], code: string, note = "") => `// ---- ${name} (workgroup_size ${size.join(", ")}${note})\n${code}\n`;
  const f16Note = "; run instead with --gpu-precision f16 where the adapter has shader-f16";
  return gpuShaders(g).flatMap((s) => [text(s.name, s.workgroupSize, s.code()), ...(s.f16 ? [text(`${s.name}, f16 variant`, s.workgroupSize, s.f16(), f16Note)] : [])]).join("\n");
}
