// Pointwise (1x1) convolution on the GPU: a tiled matrix product. A workgroup
// of 16x16 threads computes 64 pixels x 64 output channels, each thread a 4x4
// register tile; 16-channel slices of the input and the weights are staged in
// workgroup memory. The SE gate scales the input as it is staged. Fused
// epilogue: bias, activation, residual.
// Weights are the wasm packing (per block of 8 outputs: bias, then a row of 8
// per input channel), read in place.
import type { Act } from "../wasm/activation.ts";
import { actFunction, ceilDiv, HEADER } from "./common.ts";

export interface GpuPointwiseParams {
  act: Act;
  residual: boolean;
  gate: boolean;
}

export const gpuPointwiseName = (p: GpuPointwiseParams) => `pw_tiled64x64_${p.act}${p.residual ? "_res" : ""}${p.gate ? "_gate" : ""}`;

export const PW_TILE = 64;
const K = 16;

/** params: x, xs, w, cin, y, ys, r, np, nb, g (arena/weight float indices, strides in floats). */
export function gpuPointwiseShader(p: GpuPointwiseParams): string {
  return `${HEADER}
${actFunction(p.act)}
const TM = ${PW_TILE}u;
const TN = ${PW_TILE}u;
const TK = ${K}u;
var<workgroup> xs_: array<array<f32, ${PW_TILE}>, ${K}>;
var<workgroup> ws_: array<array<f32, ${PW_TILE}>, ${K}>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let x = p(0u); let xs = p(1u); let w = p(2u); let cin = p(3u);
  let y = p(4u); let ys = p(5u); let r = p(6u); let np = p(7u); let nb = p(8u); let g = p(9u);
  let cout = nb * 8u;
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  let t = lid.y * 16u + lid.x;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < cin; k0 += TK) {
    for (var e = t; e < TK * TM; e += 256u) {
      let kk = e / TM; let pp = e % TM;
      let ci = k0 + kk; let pix = pix0 + pp;
      var v = 0.0;
      if (ci < cin && pix < np) { v = A[x + pix * xs + ci]${p.gate ? " * A[g + ci]" : ""}; }
      xs_[kk][pp] = v;
    }
    for (var e = t; e < TK * TN; e += 256u) {
      let kk = e / TN; let cc = e % TN;
      let ci = k0 + kk; let co = co0 + cc;
      var v = 0.0;
      if (ci < cin && co < cout) { v = W[w + (co / 8u) * (cin + 1u) * 8u + 8u + ci * 8u + co % 8u]; }
      ws_[kk][cc] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < TK; kk++) {
      let wv = vec4<f32>(ws_[kk][lid.x * 4u], ws_[kk][lid.x * 4u + 1u], ws_[kk][lid.x * 4u + 2u], ws_[kk][lid.x * 4u + 3u]);
      for (var i = 0u; i < 4u; i++) { acc[i] += xs_[kk][lid.y * 4u + i] * wv; }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = w4(w + (co / 8u) * (cin + 1u) * 8u + co % 8u);
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      ${p.residual ? "v += a4(r + pix * ys + co);" : ""}
      store4(y + pix * ys + co, v);
    }
  }
}`;
}

export const gpuPointwiseGrid = (pixels: number, blocks: number): [number, number, number] => [ceilDiv(blocks * 8, PW_TILE), ceilDiv(pixels, PW_TILE), 1];

export const PW_WORKGROUP_BYTES = 2 * K * PW_TILE * 4;
