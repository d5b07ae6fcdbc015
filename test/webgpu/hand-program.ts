// A hand-written WebGPU program, independent of the compiler's kernels, inside
// a real bundle: a tiny network compiled without the compiler's WebGPU program,
// whose wasm memory supplies the weights. The network takes 3x8x8 = 192 inputs
// and gives 4 logits; the program scales the input by 192 of the weights (in two
// dispatches of one layer), then sums groups of 48 into the logits.
import { concat, customSection } from "../../compiler/backend/wasm/binary.ts";
import { sealBundle } from "../../compiler/bundle/write-bundle.ts";
import { compile } from "../../compiler/compile.ts";
import { sections } from "../../runtime/integrity.ts";
import { WEBGPU_SECTION, type GpuProgram } from "../../runtime/webgpu-program.ts";
import { specFile, TINY_SPEC } from "../spec-file.ts";

const HEADER = `struct Params { v: array<vec4<u32>, 16> }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
`;
// A[out + i] = W[w + i] * A[in + i] + 1 for i < n; params: in, out, w, n.
const AFFINE = `${HEADER}@compute @workgroup_size(64) fn main(@builtin(global_invocation_id) id: vec3u) {
  let p = P.v[0];
  if (id.x < p.w) { A[p.y + id.x] = W[p.z + id.x] * A[p.x + id.x] + 1.0; }
}`;
// A[out + j] = sum of A[in + j*m .. in + j*m + m) for j < n; params: in, out, m, n.
export const SUM = `${HEADER}@compute @workgroup_size(4) fn main(@builtin(global_invocation_id) id: vec3u) {
  let p = P.v[0];
  if (id.x >= p.w) { return; }
  var s = 0.0;
  for (var k = 0u; k < p.z; k++) { s += A[p.x + id.x * p.z + k]; }
  A[p.y + id.x] = s;
}`;

export const { bytes, meta, program: wasm } = await compile(specFile(TINY_SPEC), {
  seed: 7,
  target: "wasm",
});
export const W0 = wasm.weightsOffset / 4 + 5;
export const [first, last] = [meta.layers[0]!.name, meta.layers.at(-1)!.name];

export function program(change: (p: GpuProgram) => void = () => {}): GpuProgram {
  const p: GpuProgram = {
    format: 1,
    weightsBytes: wasm.arenaOffset,
    arenaOffset: 0,
    arenaFloats: 400,
    input: 0,
    output: 384,
    outputFloats: 4,
    features: [],
    workgroupStorageBytes: 0,
    shaders: [
      { name: "affine", code: AFFINE, entryPoint: "main", workgroupSize: [64, 1, 1] },
      { name: "sum", code: SUM, entryPoint: "main", workgroupSize: [4, 1, 1] },
    ],
    dispatches: [
      { layer: first, shader: 0, params: [0, 192, W0, 96], workgroups: [2, 1, 1] },
      { layer: first, shader: 0, params: [96, 288, W0 + 96, 96], workgroups: [2, 1, 1] },
      { layer: last, shader: 1, params: [192, 384, 48, 4], workgroups: [1, 1, 1] },
    ],
  };
  change(p);
  return p;
}

/** The bundle with a custom section added before its metadata, resealed (its hash covers the whole file). */
export const withSection = (name: string, payload: string) => sealBundle(concat([bytes.subarray(0, sections(bytes).at(-1)!.start), customSection(name, new TextEncoder().encode(payload))]), meta).bytes;
export const withProgram = (p: GpuProgram) => withSection(WEBGPU_SECTION, JSON.stringify(p));
export const input = (seed: number) => Float32Array.from({ length: 192 }, (_, i) => Math.sin(i * 0.37 + seed));

const { memory } = new WebAssembly.Instance(new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>)).exports as { memory: WebAssembly.Memory };
/** The wasm memory the weights come from. */
export const weights = new Float32Array(memory.buffer.slice(0, wasm.arenaOffset));

/** The program's answer, in float64. */
export function expected(x: Float32Array): number[] {
  const scaled = Array.from(x, (v, i) => weights[W0 + i]! * v + 1);
  return [0, 1, 2, 3].map((j) => scaled.slice(j * 48, j * 48 + 48).reduce((a, b) => a + b, 0));
}
