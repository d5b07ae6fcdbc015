// The stem on the GPU: a dense k x k convolution reading the NCHW input, one
// thread per (output pixel, 4 output channels), taps unrolled by the compiler
// (constant bounds). Weights: the wasm packing (per block of 8 outputs: bias,
// then [cin][k][k] rows of 8).
import type { StemGeometry } from "../geometry.ts";
import { actFunction, FLAT_INDEX, grid1d, header } from "./common.ts";
import { CHANNEL_BLOCK } from "../tiles.ts";
import { signature } from "../signature.ts";

/** The same static parameters as the wasm stem, less its choice of fused multiply-adds. */
export type GpuStemParams = StemGeometry;

export const gpuStemName = (p: GpuStemParams) => `stem_k${p.k}_s${p.stride}_${p.cin}x${p.h}x${p.w}_c${p.cout}_${p.act}`;

const WG = 64;

/** x (NCHW input), w, y. */
export const GPU_STEM = signature("x", "w", "y");

export function gpuStemShader(p: GpuStemParams): string {
  const taps = p.cin * p.k * p.k;
  return `${header(GPU_STEM.wgslStruct())}
${actFunction(p.act)}
const WG = ${WG}u;

@compute @workgroup_size(${WG}, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  ${FLAT_INDEX}
  if (idx >= ${(p.cout / 4) * p.oh * p.ow}u) { return; }
  let c4 = idx % ${p.cout / 4}u;
  let pix = idx / ${p.cout / 4}u;
  let oy = pix / ${p.ow}u;
  let ox = pix % ${p.ow}u;
  let co = c4 * 4u;
  let wb = ${GPU_STEM.wgsl("w")} + (co / ${CHANNEL_BLOCK}u) * ${(taps + 1) * CHANNEL_BLOCK}u + co % ${CHANNEL_BLOCK}u;
  var acc = w4(wb);
  for (var ci = 0; ci < ${p.cin}; ci++) {
    for (var ky = 0; ky < ${p.k}; ky++) {
      let iy = i32(oy * ${p.stride}u) - ${p.padTop} + ky;
      if (iy < 0 || iy >= ${p.h}) { continue; }
      for (var kx = 0; kx < ${p.k}; kx++) {
        let ix = i32(ox * ${p.stride}u) - ${p.padLeft} + kx;
        if (ix < 0 || ix >= ${p.w}) { continue; }
        let t = u32((ci * ${p.k} + ky) * ${p.k} + kx);
        acc += A[${GPU_STEM.wgsl("x")} + (u32(ci) * ${p.h}u + u32(iy)) * ${p.w}u + u32(ix)] * w4(wb + ${CHANNEL_BLOCK}u * (t + 1u));
      }
    }
  }
  store4(${GPU_STEM.wgsl("y")} + pix * ${p.cout}u + co, act(acc));
}`;
}

export const gpuStemGrid = (p: GpuStemParams) => grid1d((p.cout / 4) * p.oh * p.ow, WG);
