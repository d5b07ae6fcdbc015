// A MixConv on the GPU in ONE dispatch over all its channel groups: one thread
// per (output pixel, 4-channel block); each run of blocks has its kernel size
// and padding baked in as constants (so its loops unroll), chosen by the
// block index. Fused bias and activation.
// Weights are the wasm packing (per 4-channel block: bias, then k*k taps), one
// array per run, whose offsets come as parameters.
import type { Act } from "../activation.ts";
import { actFunction, FLAT_INDEX, grid1d, header } from "./common.ts";
import { signatureWithTail } from "../signature.ts";

export interface GpuDepthwiseParams {
  runs: { start: number; blocks: number; k: number; padTop: number; padLeft: number }[];
  stride: number;
  h: number;
  w: number;
  oh: number;
  ow: number;
  cin: number;
  cout: number;
  act: Act;
}

export const gpuDepthwiseName = (p: GpuDepthwiseParams) =>
  `mixconv_${p.runs.map((r) => `k${r.k}x${r.blocks}`).join("_")}_s${p.stride}_${p.h}x${p.w}_c${p.cin}.${p.cout}_${p.act}`;

const WG = 64;

/** x, y, then (the tail) one weight offset per run: w0, w1, ... */
export const GPU_DEPTHWISE = signatureWithTail("w", "x", "y");

export function gpuDepthwiseShader(p: GpuDepthwiseParams): string {
  const blocks = p.runs.reduce((n, r) => n + r.blocks, 0);
  const run = (r: GpuDepthwiseParams["runs"][number], i: number) => `
  ${i === 0 ? "" : "else "}if (cb < ${r.start + r.blocks}u) {
    let wb = ${GPU_DEPTHWISE.wgslTail(i)} + (cb - ${r.start}u) * ${(r.k * r.k + 1) * 4}u;
    acc = w4(wb);
    for (var ky = 0; ky < ${r.k}; ky++) {
      let iy = i32(oy * ${p.stride}u) - ${r.padTop} + ky;
      if (iy < 0 || iy >= ${p.h}) { continue; }
      for (var kx = 0; kx < ${r.k}; kx++) {
        let ix = i32(ox * ${p.stride}u) - ${r.padLeft} + kx;
        if (ix < 0 || ix >= ${p.w}) { continue; }
        acc += a4(x + (u32(iy) * ${p.w}u + u32(ix)) * ${p.cin}u + cb * 4u) * w4(wb + 4u + u32(ky * ${r.k} + kx) * 4u);
      }
    }
  }`;
  return `${header(GPU_DEPTHWISE.wgslStruct(p.runs.length))}
${actFunction(p.act)}
const WG = ${WG}u;

@compute @workgroup_size(${WG}, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  ${FLAT_INDEX}
  if (idx >= ${blocks * p.oh * p.ow}u) { return; }
  let cb = idx % ${blocks}u;
  let pix = idx / ${blocks}u;
  let oy = pix / ${p.ow}u;
  let ox = pix % ${p.ow}u;
  ${GPU_DEPTHWISE.wgslLets("x")}
  ${GPU_DEPTHWISE.wgslLets("y")}
  var acc = vec4<f32>(0.0);
  ${p.runs.map(run).join("")}
  store4(y + pix * ${p.cout}u + cb * 4u, act(acc));
}`;
}

export const gpuDepthwiseGrid = (p: GpuDepthwiseParams) => grid1d(p.runs.reduce((n, r) => n + r.blocks, 0) * p.oh * p.ow, WG);
