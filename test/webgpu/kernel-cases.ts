// The WGSL kernel sweep, shared by the Dawn (Node) and Chromium tests: small
// networks covering kernel sizes 3-11 in one MixConv dispatch, strides, both
// paddings, odd and non-square shapes, channel counts that are not multiples
// of 4, grouped 1x1 convolutions (groups starting inside a vec4), the SE
// reduction and every fused epilogue.
import { compile } from "../../compiler/compile.ts";
import { interpret } from "../../compiler/interp/interpret.ts";
import { maxAbsDiff, tolerance } from "../shared.ts";
import { specFile } from "../spec-file.ts";

export const NETWORKS: Record<string, string> = {
  mixed_3_to_11_same: `input 3x23x19\n  padding same\n  stem k=3 s=2 c=20 act=relu\n  stage act=swish {\n    ir k=3,5,7,9,11 e=3 c=20 se=0.25\n    ir k=3,5 e=2.2 c=14 s=2 expand_groups=2 project_groups=2\n  }\n  head c=24 act=relu`,
  odd_symmetric: `input 3x17x13\n  stem k=5 s=2 c=10 act=relu6\n  stage act=swish {\n    ds k=3,5 c=10 se=0.5\n    ir k=7,9 e=6 c=18 s=2 se=0.5 project_groups=3\n    ir k=11 e=1 c=18 residual=yes act=relu\n  }\n  head c=70 act=swish`,
  // 1x1 groups starting 1, 2 and 3 channels into a vec4 (gated, residual; one spanning a 16-channel slice), 140 pixels.
  unaligned_groups: `input 3x10x14\n  stem k=3 s=1 c=20 act=relu\n  stage act=swish {\n    ir k=3,5,7,9 e=1 c=20 expand_groups=4 project_groups=4 se=0.25 residual=yes\n    ir k=3 e=3.4 c=38 expand_groups=2 project_groups=3\n  }\n  head c=21 act=relu6`,
  // hswish and hsigmoid in every epilogue, the hard-sigmoid SE gate, a cn block and a head on the pooled features.
  hard_activations: `input 3x15x11\n  squeeze_excite gate=hsigmoid act=relu from=expanded round=multiple_of_8\n  stem k=3 s=2 c=12 act=hswish\n  stage act=hswish {\n    ds k=3,5 c=12 se=0.5\n    ir k=3,5,7 e=2.5 c=20 s=2 se=0.25 act=hsigmoid\n    ir k=5 e=2.3 c=20 residual=yes\n    cn c=36\n  }\n  head c=40 act=hswish on=pooled bn=no bias=yes`,
  wide_tiles: `input 3x40x36\n  stem k=3 s=1 c=24 act=swish\n  stage act=relu {\n    ir k=3,5,7,9 e=5 c=72 expand_groups=3 se=0.1\n    ir k=3 e=2 c=72 s=2 act=relu6\n  }\n  head c=136 act=relu`,
};

/** A sweep network as a spec file; returns its path. */
export const writeSpec = (name: string, body: string): string => specFile(`network ${name} {\n  ${body}\n  pool avg\n  classifier classes=19\n}\n`, `${name}.mix`);

const prepared = new Map<string, ReturnType<typeof compileCase>>();

/**
 * A sweep network's runner arguments and a check of its per-layer results,
 * compiled once per process: the runs on several adapters only read them.
 */
export function prepare(name: string, body: string): ReturnType<typeof compileCase> {
  if (!prepared.has(name)) prepared.set(name, compileCase(name, body));
  return prepared.get(name)!;
}

async function compileCase(name: string, body: string) {
  const { bytes, gpu, model } = await compile(writeSpec(name, body), { seed: 5 });
  const { graph, weights } = model;
  const input = new Float32Array(graph.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.fround(Math.sin(i * 0.61) * 1.3));
  const reference = interpret(graph, weights!, input, () => true).values;
  const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, {});
  const memory = (instance.exports as { memory: WebAssembly.Memory }).memory;
  const outputs = Object.fromEntries(graph.ops.map((op) => [op.out, [(op.attrs.at as number) / 4, (op.shape!.reduce((a, b) => a * b, 1) / op.shape![1]!) * (op.attrs.cp as number)]]));
  const args = { program: gpu!, weights: Array.from(new Uint8Array(memory.buffer, 0, gpu!.weightsBytes)), input: Array.from(input), features: [], outputs };
  /** The worst mismatch over all layers, as [layer, difference, tolerance]; every layer is checked. */
  const check = (arenas: Record<string, number[]>) =>
    graph.ops.map((op) => {
      const got = arenas[op.out]!;
      const cp = op.attrs.cp as number;
      const [, ch, h = 1, w = 1] = op.shape!;
      const nchw = new Float64Array(ch! * h * w);
      for (let p = 0; p < h * w; p++) for (let c = 0; c < ch!; c++) nchw[c * h * w + p] = got[p * cp + c]!;
      const ref = reference.get(op.out)!.data;
      return { layer: op.out, difference: maxAbsDiff(nchw, ref), tolerance: tolerance(ref) };
    });
  return { args, check };
}
