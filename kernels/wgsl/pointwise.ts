// Pointwise (1x1) convolution on the GPU: a tiled matrix product. A workgroup
// of 16x16 threads computes 64 pixels x 64 output channels, each thread a 4x4
// register tile; 16-channel slices of the input and the weights are staged in
// workgroup memory, each thread moving one vec4 of each from storage. The
// storage arrays are read as vec4: every offset and stride is a multiple of 4
// floats (vec4Index). The one exception, a channel group of a grouped 1x1
// starting inside a vec4, is read from the vec4 before it with its `lead`
// channels masked off (a zero weight would not stop a neighbouring group's NaN
// or infinity). The SE gate scales the input as it is staged. Fused
// epilogue: bias, activation, residual.
// Weights are the wasm packing (per block of 8 outputs: bias, then a row of 8
// per input channel, i.e. two vec4s), read in place.
// The f16 variant (WGSL `enable f16`, for adapters with shader-f16) stages the
// tiles as half floats and multiplies and sums each group of 4 channels in half
// precision, accumulating in float32; storage and epilogue stay float32.
import type { Act } from "../activation.ts";
import { actFunction, ceilDiv, headerVec4 } from "./common.ts";
import { CHANNEL_BLOCK } from "../tiles.ts";
import { signature } from "../signature.ts";

export interface GpuPointwiseParams {
  act: Act;
  residual: boolean;
  gate: boolean;
}

export const gpuPointwiseName = (p: GpuPointwiseParams) => `pw_tiled64x64_vec4_${p.act}${p.residual ? "_res" : ""}${p.gate ? "_gate" : ""}`;

export const PW_TILE = 64;
const K = 16;
/** One input vec4 (4 channels of a pixel) times the 4 weight rows of those channels. */
const SUM4 = "v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3";

/**
 * The parameters, vec4 indices and strides but cin, np, nb, lead. x and g point
 * at the vec4 holding the first input channel, `lead` channels into it.
 */
export const GPU_POINTWISE = signature("x", "xs", "w", "cin", "y", "ys", "r", "np", "nb", "g", "lead");

export function gpuPointwiseShader(p: GpuPointwiseParams, f16 = false): string {
  const tile = f16 ? "vec4<f16>" : "vec4<f32>";
  const staged = (v: string) => (f16 ? `vec4<f16>(${v})` : v);
  return `${f16 ? "enable f16;\n" : ""}${headerVec4(GPU_POINTWISE.wgslStruct())}
${actFunction(p.act)}
const TM = ${PW_TILE}u;
const TN = ${PW_TILE}u;
const TK = ${K}u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<${tile}, ${K / 4}>, ${PW_TILE}>;
var<workgroup> ws_: array<array<${tile}, ${PW_TILE / 4}>, ${K}>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  ${GPU_POINTWISE.wgslLets("x", "xs", "w", "cin")}
  ${GPU_POINTWISE.wgslLets("y", "ys", "r", "np", "nb", "g", "lead")}
  let cout = nb * ${CHANNEL_BLOCK}u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * ${CHANNEL_BLOCK / 4}u; // vec4s per block of ${CHANNEL_BLOCK} outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u]${p.gate ? " * A[g + c / 4u]" : ""};
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = ${staged("xv")};
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / ${CHANNEL_BLOCK}u) * block + ${CHANNEL_BLOCK / 4}u + (ck - lead) * ${CHANNEL_BLOCK / 4}u + (wco % ${CHANNEL_BLOCK}u) / 4u]; }
    ws_[wk][t % 16u] = ${staged("wv")};
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += ${f16 ? `vec4<f32>(${SUM4})` : SUM4};
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / ${CHANNEL_BLOCK}u) * block + (co % ${CHANNEL_BLOCK}u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      ${p.residual ? "v += A[r + pix * ys + co / 4u];" : ""}
      A[y + pix * ys + co / 4u] = v;
    }
  }
}`;
}

export const gpuPointwiseGrid = (pixels: number, blocks: number): [number, number, number] => [ceilDiv(blocks * CHANNEL_BLOCK, PW_TILE), ceilDiv(pixels, PW_TILE), 1];

export const PW_WORKGROUP_BYTES = 2 * K * PW_TILE * 4;
