// What every WGSL kernel shares: the three bindings (see runtime/webgpu-program.ts),
// the fused activations. Each kernel declares its parameters' uniform struct,
// made from its signature (kernels/signature.ts).
import type { Act } from "../activation.ts";
import { WGSL_PARAMS } from "../signature.ts";

const bindings = (params: string, element: string) => `${params}
@group(0) @binding(0) var<storage, read> W: array<${element}>;
@group(0) @binding(1) var<storage, read_write> A: array<${element}>;
@group(0) @binding(2) var<uniform> ${WGSL_PARAMS.variable}: ${WGSL_PARAMS.struct};`;

/** The bindings, with the kernel's parameter struct `params`, and float4 helpers over the float arrays. */
export const header = (params: string) => `${bindings(params, "f32")}
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }`;

/** The same bindings as arrays of vec4: every index is in vec4s (see vec4Index). */
export const headerVec4 = (params: string) => bindings(params, "vec4<f32>");

/**
 * A float index or stride as a vec4 index. The layout makes every one a multiple
 * of 4: the memory plan aligns weights and values to 64 bytes, and channels are
 * padded to a multiple of 8. Anything else is a compiler bug.
 */
export function vec4Index(floats: number): number {
  if (floats % 4 !== 0) throw new Error(`internal: float index ${floats} is not a multiple of 4 for a vec4 kernel`);
  return floats / 4;
}

/** `fn act(v: vec4<f32>) -> vec4<f32>` (or another name) for one activation (exp clamped so that 1 + exp never overflows). */
export function actFunction(act: Act, name = "act"): string {
  const body: Record<Act, string> = {
    none: "return v;",
    relu: "return max(v, vec4<f32>(0.0));",
    relu6: "return clamp(v, vec4<f32>(0.0), vec4<f32>(6.0));",
    swish: "return v / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0))));",
    sigmoid: "return vec4<f32>(1.0) / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0))));",
    hswish: "return v * clamp(v + vec4<f32>(3.0), vec4<f32>(0.0), vec4<f32>(6.0)) / 6.0;",
    hsigmoid: "return clamp(v + vec4<f32>(3.0), vec4<f32>(0.0), vec4<f32>(6.0)) / 6.0;",
  };
  return `fn ${name}(v: vec4<f32>) -> vec4<f32> { ${body[act]} }`;
}

export const ceilDiv = (a: number, b: number) => Math.ceil(a / b);

/** Workgroup counts for n invocations of a 1-D kernel of `size` threads, within the 65535 per-dimension limit. */
export function grid1d(n: number, size: number): [number, number, number] {
  const groups = ceilDiv(n, size);
  return groups <= 65535 ? [groups, 1, 1] : [65535, ceilDiv(groups, 65535), 1];
}

/** The flat invocation index of a 1-D kernel dispatched with grid1d. */
export const FLAT_INDEX = "let idx = gid.x + gid.y * nwg.x * WG;";
