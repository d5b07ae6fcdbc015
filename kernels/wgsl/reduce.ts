// GPU kernels over a whole tensor's channels. Global average pooling is a
// parallel reduction: 64 threads take 16 channels x 4 pixel strides, and a
// tree in workgroup memory sums the 4 partials of each channel. The SE gate
// adds its two small fully connected layers in the same workgroup; the
// classifier is one thread per output.
import { gateSuffix, type Act } from "../activation.ts";
import { actFunction, ceilDiv, header } from "./common.ts";
import { LOGITS_BLOCK } from "../tiles.ts";
import { signature } from "../signature.ts";

/** Pools `pixels` NHWC pixels of `channels` from A[x] into pooled[] (workgroup memory). */
function poolInto(pixels: number, channels: number): string {
  return `
  for (var c0 = 0u; c0 < ${channels}u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < ${channels}u) {
      for (var q = lane; q < ${pixels}u; q += LANES) { s += A[x + q * ${channels}u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < ${channels}u) { pooled[c] = partial[0][lid.x % 16u] / ${pixels}.0; }
    workgroupBarrier();
  }`;
}

const THREADS = 64;
const poolMemory = (channels: number) => `const LANES = ${THREADS / 16}u;
var<workgroup> partial: array<array<f32, 16>, ${THREADS / 16}>;
var<workgroup> pooled: array<f32, ${channels}>;`;

export const gpuMeanName = (pixels: number, channels: number) => `mean_reduce_${pixels}_c${channels}`;

/** x, y. One workgroup. */
export const GPU_MEAN = signature("x", "y");

export function gpuMeanShader(pixels: number, channels: number): string {
  return `${header(GPU_MEAN.wgslStruct())}
${poolMemory(channels)}

@compute @workgroup_size(${THREADS}, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  ${GPU_MEAN.wgslLets("x")}
  ${poolInto(pixels, channels)}
  for (var c = lid.x; c < ${channels}u; c += ${THREADS}u) { A[${GPU_MEAN.wgsl("y")} + c] = pooled[c]; }
}`;
}

export interface GpuSeParams {
  pixels: number;
  channels: number;
  reduced: number;
  act: Act;
  gate: Act;
}

export const gpuSeName = (p: GpuSeParams) => `se_reduce_${p.pixels}_c${p.channels}_r${p.reduced}_${p.act}${gateSuffix(p.gate)}`;

/** x, w, gate. */
export const GPU_SE = signature("x", "w", "gate");

/** Weights: the wasm packing (W1 [r][c], b1 [r], W2 transposed [r][c], b2 [c]). One workgroup. */
export function gpuSeShader(p: GpuSeParams): string {
  const c = p.channels;
  const r = p.reduced;
  return `${header(GPU_SE.wgslStruct())}
${actFunction(p.act)}
${actFunction(p.gate, "gate")}
${poolMemory(c)}
var<workgroup> hidden: array<f32, ${r}>;

@compute @workgroup_size(${THREADS}, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  ${GPU_SE.wgslLets("x")}
  ${GPU_SE.wgslLets("w")}
  ${poolInto(p.pixels, c)}
  for (var o = lid.x; o < ${r}u; o += ${THREADS}u) {
    var s = W[w + ${r * c}u + o];
    for (var i = 0u; i < ${c}u; i++) { s += W[w + o * ${c}u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < ${c}u; i += ${THREADS}u) {
    var s = W[w + ${r * c + r + r * c}u + i];
    for (var o = 0u; o < ${r}u; o++) { s += hidden[o] * W[w + ${r * c + r}u + o * ${c}u + i]; }
    A[${GPU_SE.wgsl("gate")} + i] = gate(vec4<f32>(s)).x;
  }
}`;
}

export const reduceWorkgroupBytes = (channels: number, reduced = 0) => (THREADS + channels + reduced) * 4;
export const REDUCE_THREADS = THREADS;

export const gpuLinearName = (cin: number, blocks: number) => `linear_${cin}_b${blocks}`;

const B = LOGITS_BLOCK;

/** x, w, y. */
export const GPU_LINEAR = signature("x", "w", "y");

/** Weights: the wasm packing (per 16 outputs: bias, then cin rows of 16). */
export function gpuLinearShader(cin: number, blocks: number): string {
  return `${header(GPU_LINEAR.wgslStruct())}

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let o = gid.x;
  if (o >= ${blocks * B}u) { return; }
  let wb = ${GPU_LINEAR.wgsl("w")} + (o / ${B}u) * ${(cin + 1) * B}u + o % ${B}u;
  var s = W[wb];
  for (var i = 0u; i < ${cin}u; i++) { s += W[wb + ${B}u * (i + 1u)] * A[${GPU_LINEAR.wgsl("x")} + i]; }
  A[${GPU_LINEAR.wgsl("y")} + o] = s;
}`;
}

export const gpuLinearGrid = (blocks: number): [number, number, number] => [ceilDiv(blocks * B, 64), 1, 1];
