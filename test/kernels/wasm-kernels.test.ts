// Every WebAssembly kernel against the reference interpreter, in context: small
// networks sweep kernel sizes 3-11, strides 1 and 2, both paddings, odd and
// non-square shapes, channel counts that are not multiples of 4, uneven
// groups, and every fused epilogue (activations, SE gate, residual). Each
// layer's output is read from wasm memory right after run_layer(i) and
// compared with the interpreter's value of the same IR at the same stage.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { interpret } from "../../compiler/interp/interpret.ts";
import { maxAbsDiff, tolerance } from "../shared.ts";

const dir = mkdtempSync(join(tmpdir(), "mixc-kernels-"));

interface Case {
  name: string;
  input: string;
  padding: "symmetric" | "same";
  stem: string;
  blocks: string[];
  head: string;
  /** Network statements beyond these (a squeeze_excite style). */
  extra?: string;
}

const net = (c: Case) => `network ${c.name} {
  input ${c.input}
  padding ${c.padding}
  ${c.extra ?? ""}
  stem ${c.stem}
  stage act=swish {
    ${c.blocks.join("\n    ")}
  }
  head ${c.head}
  pool avg
  classifier classes=19
}
`;

const CASES: Case[] = [
  { name: "mixed_3_to_11", input: "3x23x23", padding: "symmetric", stem: "k=3 s=1 c=20 act=relu", blocks: ["ir k=3,5,7,9,11 e=3 c=20 se=0.25"], head: "c=24 act=relu" },
  { name: "mixed_3_to_11_same", input: "3x23x23", padding: "same", stem: "k=3 s=2 c=20 act=relu6", blocks: ["ir k=3,5,7,9,11 e=3 c=20 s=2 se=0.25"], head: "c=24 act=swish" },
  { name: "odd_channels", input: "3x17x13", padding: "symmetric", stem: "k=5 s=2 c=10 act=relu6", blocks: ["ds k=3,5 c=10 se=0.5", "ir k=3,5,7 e=2.2 c=14 expand_groups=2 project_groups=2"], head: "c=30 act=relu" },
  { name: "strided_same", input: "3x30x26", padding: "same", stem: "k=3 s=2 c=12 act=relu", blocks: ["ir k=5,7 e=6 c=18 s=2 se=0.5", "ir k=9 e=3 c=18 repeat=2 project_groups=3"], head: "c=40 act=relu6" },
  { name: "wide_groups", input: "3x12x12", padding: "symmetric", stem: "k=3 s=1 c=36 act=swish", blocks: ["ir k=3,5,7,9 e=5 c=36 expand_groups=3 project_groups=2 se=0.1", "ds k=11 c=44 act=relu"], head: "c=17 act=relu" },
  // hswish and hsigmoid in every epilogue, the hard-sigmoid SE gate, a cn block and a head on the pooled features.
  {
    name: "hard_activations",
    input: "3x15x11",
    padding: "symmetric",
    extra: "squeeze_excite gate=hsigmoid act=relu from=expanded round=multiple_of_8",
    stem: "k=3 s=2 c=12 act=hswish",
    blocks: ["ds k=3,5 c=12 se=0.5 act=hswish", "ir k=3,5,7 e=2.5 c=20 s=2 se=0.25 act=hsigmoid", "ir k=5 e=2.3 c=20 act=hswish residual=yes", "cn c=36 act=hswish"],
    head: "c=40 act=hswish on=pooled bn=no bias=yes",
  },
  { name: "tiny_spatial", input: "3x7x5", padding: "same", stem: "k=3 s=2 c=8 act=relu", blocks: ["ir k=3,5,7,9,11 e=6 c=16 s=2 se=0.5", "ir k=11 e=1 c=16 residual=yes"], head: "c=64 act=swish" },
];

const VARIANTS = [
  { variant: "simd128", relaxed: false },
  { variant: "relaxed-simd", relaxed: true },
];

describe.each(CASES)("$name", (c) => {
  it.each(VARIANTS)("$variant: every layer of the compiled network matches the reference interpreter", async ({ relaxed }) => {
    const spec = join(dir, `${c.name}.mix`);
    writeFileSync(spec, net(c));
    const { bytes, program, model } = await compile(spec, { seed: 11 });
    const { graph, weights } = model;
    const input = new Float32Array(graph.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.fround(Math.cos(i * 0.37) * 1.5));
    const reference = interpret(graph, weights!, input, () => true).values;
    const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, {});
    const main = instance.exports as unknown as { memory: WebAssembly.Memory; input: WebAssembly.Global; run_layer: (i: number) => void };
    // The relaxed-SIMD twin runs the same schedule on the main module's memory.
    const twin = relaxed ? (await WebAssembly.instantiate(program.relaxedCode as Uint8Array<ArrayBuffer>, { env: { memory: main.memory } })).instance.exports : undefined;
    const e = { ...main, run_layer: (twin?.run_layer ?? main.run_layer) as (i: number) => void };
    new Float32Array(e.memory.buffer, e.input.value as number, input.length).set(input);
    const checked = new Set<string>();
    graph.ops.forEach((op, i) => {
      e.run_layer(i);
      const ref = reference.get(op.out)!;
      const cp = op.attrs.cp as number;
      const at = program.arenaOffset + (op.attrs.at as number);
      const [, ch, h = 1, w = 1] = op.shape!;
      const got = new Float32Array(e.memory.buffer, at, h * w * cp);
      // NHWC with cp physical channels -> NCHW; padding channels must hold zeros.
      const nchw = new Float64Array(ch! * h * w);
      for (let p = 0; p < h * w; p++) {
        for (let c2 = 0; c2 < ch!; c2++) nchw[c2 * h * w + p] = got[p * cp + c2]!;
        if (op.op !== "se") for (let c2 = ch!; c2 < cp; c2++) expect(got[p * cp + c2], `${op.out} padding channel ${c2}`).toBe(0);
      }
      expect(maxAbsDiff(nchw, ref.data), `${op.out} (${(op.attrs.kernel as string[]).join(", ")})`).toBeLessThanOrEqual(tolerance(ref.data));
      for (const k of op.attrs.kernel as string[]) checked.add(k.split("_")[0]!);
    });
    expect(checked.size).toBeGreaterThanOrEqual(5);
  });
});
