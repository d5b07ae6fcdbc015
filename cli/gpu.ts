// WebGPU for the CLI: Dawn's Node binding (npm webgpu), loaded only when asked
// for. Without a GPU, Dawn runs on SwiftShader, the CPU Vulkan driver that
// Debian's chromium ships, when the process starts with these variables set
// (the dynamic loader reads LD_LIBRARY_PATH only at startup).
import { UserError } from "../compiler/index.ts";
import type { LoadOptions } from "../runtime/index.ts";
import { MisuseError, type Values } from "./command.ts";

export const SWIFTSHADER_ENV = { LD_LIBRARY_PATH: "/usr/lib/chromium", VK_ICD_FILENAMES: "/usr/lib/chromium/vk_swiftshader_icd.json" };

const swiftshaderHint = Object.entries(SWIFTSHADER_ENV)
  .map(([name, value]) => `${name}=${value}`)
  .join(" ");

/** The usage texts' line on --backend webgpu, indented to the options' descriptions. */
export const webgpuUsage = (indent: number) => `${" ".repeat(indent)}webgpu runs on Dawn (npm webgpu); without a GPU, on SwiftShader with ${swiftshaderHint}`;

/** The usage texts' line on --gpu-precision, indented to the options' descriptions. */
export function gpuPrecisionUsage(indent: number): string {
  const [flag, pad] = ["  --gpu-precision P", " ".repeat(indent)];
  const text = ["webgpu arithmetic: f32 (default) or f16, the 1x1 convolutions in half precision", "where the adapter has shader-f16 (else f32, saying why)"];
  return `${flag.length < indent ? flag.padEnd(indent) : `${flag}\n${pad}`}${text.join(`\n${pad}`)}`;
}

/** --gpu-precision, checked: only f32 or f16, and only with --backend webgpu (exit 2 otherwise). */
export function gpuPrecisionOption(values: Values, backend: string): LoadOptions["gpuPrecision"] {
  const p = values["gpu-precision"];
  if (p === undefined) return undefined;
  if (p !== "f32" && p !== "f16") throw new MisuseError(`unknown --gpu-precision '${p}'; available: f32, f16`);
  if (backend !== "webgpu") throw new MisuseError("--gpu-precision is for --backend webgpu");
  return p;
}

/** Dawn's GPU object, its WebGPU globals installed; a UserError when it cannot load or finds no adapter. */
export async function nodeGpu(): Promise<GPU> {
  let dawn: typeof import("webgpu");
  try {
    dawn = await import("webgpu");
  } catch (e) {
    throw new UserError(`cannot load WebGPU for Node (npm webgpu): ${(e as Error).message}`);
  }
  Object.assign(globalThis, dawn.globals);
  const gpu = dawn.create([]);
  if (!(await gpu.requestAdapter())) throw new UserError(`no WebGPU adapter: on a machine without a GPU set ${swiftshaderHint} for SwiftShader`);
  return gpu;
}
