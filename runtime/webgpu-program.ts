// The WebGPU program a bundle carries (its "mixc.webgpu" custom section, JSON).
// It reuses the wasm module's memory layout: the weights buffer is a copy of
// the wasm memory [0, weightsBytes) (the packed weight blocks, placed once for
// both backends by compiler/backend/memory-layout.ts), and the arena buffer
// mirrors [arenaOffset, arenaOffset + arenaFloats * 4), so every offset below
// is a float index into one of the two buffers.
//
// Every shader declares the same three bindings:
//   @group(0) @binding(0) var<storage, read> W: array<f32>;        weights
//   @group(0) @binding(1) var<storage, read_write> A: array<f32>;  arena (input, activations, output)
//   @group(0) @binding(2) var<uniform> P: Params;                  this dispatch's parameters
// where `Params` is the kernel's own struct of u32 fields, named as in its
// signature (kernels/signature.ts), e.g. `struct Params { x: u32, w: u32, y: u32 }`:
// a dispatch's `params` are those fields in order, up to 64 of them.

export const WEBGPU_SECTION = "mixc.webgpu";
export const PARAMS_BYTES = 256;

export interface GpuShader {
  name: string;
  code: string;
  /** The same kernel in half precision (WGSL `enable f16`), run instead with gpuPrecision "f16" where the adapter has shader-f16. */
  f16?: string;
  entryPoint: string;
  workgroupSize: [number, number, number];
}

export interface GpuDispatch {
  /** The IR value this dispatch (helps) compute, for profiles and errors. */
  layer: string;
  shader: number;
  /** u32 parameters (at most 64), written to the dispatch's slot of the uniform buffer. */
  params: number[];
  workgroups: [number, number, number];
}

export interface GpuProgram {
  format: 1;
  /** Bytes of wasm memory, from 0, copied into the weights buffer (the packed weight blocks, compiler/backend/memory-layout.ts). */
  weightsBytes: number;
  /** Where the arena starts in wasm memory (bytes), and its size in floats (input region included). */
  arenaOffset: number;
  arenaFloats: number;
  /** Arena float index of the NCHW input and of the logits. */
  input: number;
  output: number;
  outputFloats: number;
  /** Device features the shaders need (e.g. "shader-f16"). */
  features: string[];
  /** Workgroup memory the largest shader needs, in bytes. */
  workgroupStorageBytes: number;
  shaders: GpuShader[];
  dispatches: GpuDispatch[];
}
