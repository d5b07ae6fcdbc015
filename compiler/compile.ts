// spec + weights -> bundle: the whole pipeline, with the IR after every pass
// available to the caller (for --dump-ir).
import { loadModelSource, type WeightSource } from "./api.ts";
import { buildWasm } from "./backend/wasm/module.ts";
import { layoutMemory } from "./backend/memory-layout.ts";
import { writeBundle } from "./bundle/write-bundle.ts";
import { buildWebGpu } from "./backend/webgpu/program.ts";
import { runPipeline, type PipelineModel } from "./pipeline.ts";
import type { WeightsDtype } from "../kernels/wasm/packed.ts";

export interface CompileOptions extends WeightSource {
  /** "all" (default): WebAssembly and WebGPU; "wasm": leave the WebGPU program out. */
  target?: "all" | "wasm";
  /** Whether the bundle carries the threaded code (default true); edge workers, which have no threads, leave it out. */
  threads?: boolean;
  /** How the bundle stores the weights (default f32); the kernels compute in float32 either way. */
  weightsDtype?: WeightsDtype;
  onStage?: (stage: string, model: PipelineModel) => void;
}

export async function compile(specPath: string, options: CompileOptions = {}) {
  const { graph, weights, info, notes } = await loadModelSource(specPath, options);
  let shaped = graph;
  const model = runPipeline({ graph, weights }, undefined, (stage, m) => {
    if (stage === "shapes") shaped = m.graph;
    options.onStage?.(stage, m);
  });
  // Weights, arena and input placed once; both backends read the same memory.
  const memory = layoutMemory(model.graph, model.schedule!);
  const program = buildWasm(model.graph, model.schedule!, memory, model.weights!, options.weightsDtype, info.preprocessing, options.threads ?? true);
  const gpu = options.target === "wasm" ? undefined : buildWebGpu(model.graph, model.schedule!, memory);
  return { ...writeBundle(model.graph, shaped, program, info, gpu), program, gpu, model, notes };
}
