// bindWeights: a checkpoint matches the graph's declared params exactly, or
// one WeightsError lists every tensor at fault with both shapes; and
// seededWeights: deterministic, order-independent, float32 values.
import { describe, expect, it } from "vitest";
import type { Graph } from "../../compiler/ir/types.ts";
import { bindWeights } from "../../compiler/weights/bind.ts";
import { readSafetensors, writeSafetensors, type RawTensor } from "../../compiler/weights/safetensors.ts";
import { seededWeights } from "../../compiler/weights/seeded.ts";
import { FILE, graphOf, problemLines, rawFile, seededTensors, TINY_SPEC, tinyGraph, weightsError, words16 } from "./fixtures.ts";

type Tensors = Map<string, { shape: number[]; data: ArrayLike<number> }>;

/** The tiny network's seeded checkpoint, edited, written and read back: what bindWeights sees from a file. */
function checkpoint(edit: (tensors: Tensors) => void = () => {}): Map<string, RawTensor> {
  const tensors: Tensors = seededTensors(tinyGraph());
  edit(tensors);
  return readSafetensors(writeSafetensors(tensors), FILE);
}

const bind = (tensors: Map<string, RawTensor>, graph: Graph = tinyGraph()) => () => bindWeights(graph, tensors, FILE);

describe("bindWeights: a valid checkpoint", () => {
  it("the test network has the parts the error cases rely on", () => {
    const names = tinyGraph().params.map((p) => p.name);
    expect(names).toContain("blocks.0.0.conv_dw.weight"); // ds block
    expect(names).toContain("blocks.0.1.conv_dw.0.weight"); // ir block, mixed kernels k=3,5
    expect(names).toContain("blocks.0.1.conv_dw.1.weight");
    expect(names).toContain("blocks.0.1.se.conv_reduce.bias"); // se=0.5
    expect(names).toContain("classifier.weight");
  });

  it("returns exactly the written float32 values for every param, and nothing else", () => {
    const graph = tinyGraph();
    const written = seededTensors(graph, 11);
    const weights = bindWeights(graph, readSafetensors(writeSafetensors(written), FILE), FILE);
    expect([...weights.keys()].sort()).toEqual(graph.params.map((p) => p.name).sort());
    for (const p of graph.params) {
      const got = weights.get(p.name)!;
      expect(got, p.name).toBeInstanceOf(Float64Array);
      expect(got.length, p.name).toBe(p.shape.reduce((a, b) => a * b, 1));
      expect(got, p.name).toEqual(Float64Array.from(written.get(p.name)!.data, Math.fround));
      expect(got, p.name).toEqual(written.get(p.name)!.data); // seeded values are float32 already
    }
  });

  it("binds values written in any tensor order", () => {
    const graph = tinyGraph();
    const reversed = new Map([...seededTensors(graph)].reverse());
    const weights = bindWeights(graph, readSafetensors(writeSafetensors(reversed), FILE), FILE);
    for (const [name, t] of reversed) expect(weights.get(name)).toEqual(t.data);
  });

  it("accepts a parameter stored as F16 and converts it", () => {
    const graph: Graph = { name: "one", input: { name: "input", shape: [1, 1, 1, 1] }, ops: [], output: "input", params: [{ name: "w", shape: [3] }] };
    const tensors = readSafetensors(rawFile({ w: { dtype: "F16", shape: [3], data_offsets: [0, 6] } }, words16([0x3e00, 0xc000, 0x7bff])), FILE);
    expect([...bindWeights(graph, tensors, FILE).get("w")!]).toEqual([1.5, -2, 65504]);
  });
});

describe("bindWeights: a checkpoint that does not fit", () => {
  it("names a missing tensor and its expected shape", () => {
    const message = weightsError(bind(checkpoint((t) => t.delete("conv_stem.weight"))));
    expect(message).toBe(`${FILE}: missing tensor conv_stem.weight: expected shape [8,3,3,3]`);
  });

  it("names every missing tensor", () => {
    const gone = ["bn1.running_var", "blocks.0.1.se.conv_expand.bias", "classifier.weight"];
    const lines = problemLines(weightsError(bind(checkpoint((t) => gone.forEach((n) => t.delete(n))))));
    expect(lines).toEqual(["missing tensor bn1.running_var: expected shape [8]", "missing tensor blocks.0.1.se.conv_expand.bias: expected shape [16]", "missing tensor classifier.weight: expected shape [10,32]"]);
  });

  it("names an extra tensor, its shape and the network", () => {
    const message = weightsError(bind(checkpoint((t) => t.set("bn1.num_batches_tracked", { shape: [1], data: [0] }))));
    expect(message).toBe(`${FILE}: unexpected tensor bn1.num_batches_tracked [1]: the network 'tiny' has no such parameter`);
  });

  it("names a wrong shape with both shapes", () => {
    const message = weightsError(bind(checkpoint((t) => t.set("conv_head.weight", { shape: [32, 24, 1, 1], data: new Float32Array(32 * 24) }))));
    expect(message).toBe(`${FILE}: tensor conv_head.weight has shape [32,24,1,1], expected [32,16,1,1]`);
  });

  it("catches a shape with the right element count but the wrong layout (a transposed classifier)", () => {
    const message = weightsError(bind(checkpoint((t) => t.set("classifier.weight", { shape: [32, 10], data: t.get("classifier.weight")!.data }))));
    expect(message).toBe(`${FILE}: tensor classifier.weight has shape [32,10], expected [10,32]`);
  });

  it("catches a missing or extra unit dimension", () => {
    const message = weightsError(bind(checkpoint((t) => t.set("conv_head.weight", { shape: [32, 16], data: t.get("conv_head.weight")!.data }))));
    expect(message).toBe(`${FILE}: tensor conv_head.weight has shape [32,16], expected [32,16,1,1]`);
  });

  it("a checkpoint for unsplit kernels: the missing groups and the extra tensor are all named", () => {
    // A checkpoint of `ir k=5` where the spec says k=3,5: one conv_dw.weight instead of two groups.
    const lines = problemLines(
      weightsError(
        bind(
          checkpoint((t) => {
            t.delete("blocks.0.1.conv_dw.0.weight");
            t.delete("blocks.0.1.conv_dw.1.weight");
            t.set("blocks.0.1.conv_dw.weight", { shape: [16, 1, 5, 5], data: new Float32Array(16 * 25) });
          }),
        ),
      ),
    );
    expect(lines).toEqual([
      "missing tensor blocks.0.1.conv_dw.0.weight: expected shape [8,1,3,3]",
      "missing tensor blocks.0.1.conv_dw.1.weight: expected shape [8,1,5,5]",
      "unexpected tensor blocks.0.1.conv_dw.weight [16,1,5,5]: the network 'tiny' has no such parameter",
    ]);
  });

  it("names a tensor holding NaN, with the count and the first bad index", () => {
    const message = weightsError(
      bind(
        checkpoint((t) => {
          const data = Float32Array.from(t.get("bn1.running_var")!.data);
          data[3] = NaN;
          t.set("bn1.running_var", { shape: [8], data });
        }),
      ),
    );
    expect(message).toBe(`${FILE}: tensor bn1.running_var holds 1 NaN or infinite value of 8 (the first, at index 3, is NaN)`);
  });

  it("names a tensor holding Infinity or -Infinity", () => {
    const message = weightsError(
      bind(
        checkpoint((t) => {
          const data = Float32Array.from(t.get("classifier.bias")!.data);
          data[7] = Infinity;
          data[9] = -Infinity;
          t.set("classifier.bias", { shape: [10], data });
        }),
      ),
    );
    expect(message).toBe(`${FILE}: tensor classifier.bias holds 2 NaN or infinite values of 10 (the first, at index 7, is Infinity)`);
  });

  it("catches a float32 overflow: a finite float64 too large for float32 is written as Infinity", () => {
    const message = weightsError(bind(checkpoint((t) => t.set("bn1.bias", { shape: [8], data: [0, 0, 0, 0, 0, 0, 0, 1e39] }))));
    expect(message).toBe(`${FILE}: tensor bn1.bias holds 1 NaN or infinite value of 8 (the first, at index 7, is Infinity)`);
  });

  it("lists several problems at once in one error, each tensor named", () => {
    const message = weightsError(
      bind(
        checkpoint((t) => {
          t.delete("bn2.running_mean");
          t.set("blocks.0.0.conv_pw.weight", { shape: [8, 8], data: new Float32Array(64) });
          t.set("blocks.0.1.bn3.weight", { shape: [16], data: new Float32Array(16).fill(NaN) });
          t.set("head.extra", { shape: [2, 2], data: [1, 2, 3, 4] });
          t.set("blocks.1.0.conv_dw.weight", { shape: [3], data: [1, 2, 3] });
        }),
      ),
    );
    expect(message.split("\n")[0]).toBe(`${FILE}: 5 problems with the weights:`);
    expect(problemLines(message)).toEqual([
      "tensor blocks.0.0.conv_pw.weight has shape [8,8], expected [8,8,1,1]",
      "tensor blocks.0.1.bn3.weight holds 16 NaN or infinite values of 16 (the first, at index 0, is NaN)",
      "missing tensor bn2.running_mean: expected shape [32]",
      "unexpected tensor head.extra [2,2]: the network 'tiny' has no such parameter",
      "unexpected tensor blocks.1.0.conv_dw.weight [3]: the network 'tiny' has no such parameter",
    ]);
  });

  it("a checkpoint of a differently sized network: every mismatch listed with both shapes", () => {
    const other = graphOf(TINY_SPEC.replace("c=16 s=2", "c=24 s=2").replace("classes=10", "classes=100"));
    const message = weightsError(bind(readSafetensors(writeSafetensors(seededTensors(other)), FILE)));
    expect(message).toContain("tensor classifier.weight has shape [100,32], expected [10,32]");
    expect(message).toContain("tensor classifier.bias has shape [100], expected [10]");
    expect(message).toContain("tensor blocks.0.1.conv_pwl.weight has shape [24,16,1,1], expected [16,16,1,1]");
    expect(message).toContain("tensor conv_head.weight has shape [32,24,1,1], expected [32,16,1,1]");
  });

  it("an empty checkpoint: one problem showing the names expected, not a line per parameter", () => {
    const graph = tinyGraph();
    expect(graph.params.length).toBe(42);
    expect(weightsError(bind(new Map(), graph))).toBe(
      [
        `${FILE}: the tensor names do not match the network's: 0 of the 42 parameters of 'tiny' are in the file`,
        "    the network expects: conv_stem.weight [8,3,3,3], bn1.weight [8], bn1.bias [8], bn1.running_mean [8], ... (42 in all)",
        "    the file has no other tensors",
        "    mixc reads tensors named as timm names them; is this a checkpoint of another network, or from another library?",
      ].join("\n"),
    );
  });

  it("a checkpoint with other names: a few names from each side, with shapes", () => {
    const renamed = checkpoint((t) => {
      for (const [name, v] of [...t]) if (!name.startsWith("classifier.")) t.set(`backbone.${name.replace("conv_stem", "conv1")}`, v).delete(name);
    });
    const lines = weightsError(bind(renamed)).split("\n");
    expect(lines[0]).toBe(`${FILE}: the tensor names do not match the network's: 2 of the 42 parameters of 'tiny' are in the file`);
    expect(lines[1]).toBe("    the network expects: conv_stem.weight [8,3,3,3], bn1.weight [8], bn1.bias [8], bn1.running_mean [8], ... (40 in all)");
    expect(lines[2]).toBe("    the file has instead: backbone.conv1.weight [8,3,3,3], backbone.bn1.weight [8], backbone.bn1.bias [8], backbone.bn1.running_mean [8], ... (40 in all)");
  });

  it("half the parameters missing is still listed tensor by tensor", () => {
    const graph = tinyGraph();
    const kept = new Set(graph.params.slice(0, 21).map((p) => p.name));
    const lines = problemLines(weightsError(bind(checkpoint((t) => [...t.keys()].forEach((n) => kept.has(n) || t.delete(n))))));
    expect(lines).toEqual(graph.params.slice(21).map((p) => `missing tensor ${p.name}: expected shape [${p.shape}]`));
  });
});

describe("seededWeights", () => {
  const all = (w: Map<string, Float64Array>) => [...w.values()].flatMap((d) => [...d]);

  it("gives every param its shape's number of values", () => {
    const graph = tinyGraph();
    const w = seededWeights(graph, 0);
    expect([...w.keys()]).toEqual(graph.params.map((p) => p.name));
    for (const p of graph.params) expect(w.get(p.name)!.length).toBe(p.shape.reduce((a, b) => a * b, 1));
  });

  it("is deterministic: the same seed gives identical values", () => {
    expect(seededWeights(tinyGraph(), 42)).toEqual(seededWeights(tinyGraph(), 42));
  });

  it("a different seed gives different values in every tensor", () => {
    const a = seededWeights(tinyGraph(), 1);
    const b = seededWeights(tinyGraph(), 2);
    for (const [name, data] of a) expect(data, name).not.toEqual(b.get(name));
  });

  it("does not depend on the order of the layers", () => {
    const graph = tinyGraph();
    const shuffled: Graph = { ...graph, ops: [...graph.ops].reverse(), params: [...graph.params].reverse() };
    const a = seededWeights(graph, 5);
    const b = seededWeights(shuffled, 5);
    for (const [name, data] of a) expect(b.get(name), name).toEqual(data);
  });

  it("the same param name in two different networks gets the same values", () => {
    // A second network: a stage more, so later layers move, and a wider head.
    const bigger = graphOf(TINY_SPEC.replace("  head c=32", "  stage act=relu {\n    ir k=3 e=3 c=24 s=2\n  }\n  head c=48"), "bigger.mix");
    const a = seededWeights(tinyGraph(), 9);
    const b = seededWeights(bigger, 9);
    const shape = (g: Graph, name: string) => g.params.find((p) => p.name === name)?.shape.join();
    const shared = tinyGraph().params.filter((p) => shape(bigger, p.name) === p.shape.join());
    // Everything up to the end of stage 0 is shared (stem, ds block, ir block).
    expect(shared.map((p) => p.name)).toContain("conv_stem.weight");
    expect(shared.map((p) => p.name)).toContain("blocks.0.1.conv_pwl.weight");
    expect(shared.length).toBeGreaterThanOrEqual(35);
    for (const p of shared) expect(b.get(p.name), p.name).toEqual(a.get(p.name));
    expect(b.has("blocks.1.0.conv_pw.weight")).toBe(true);
  });

  it("keeps BatchNorm variances (and gammas) within [0.5, 1.5]", () => {
    const graph = tinyGraph();
    for (const seed of [0, 1, 123456]) {
      const w = seededWeights(graph, seed);
      const bn = graph.ops.filter((op) => op.op === "batchnorm");
      expect(bn.length).toBe(7);
      for (const op of bn) {
        for (const key of ["var", "gamma"]) {
          const values = [...w.get(op.attrs[key] as string)!];
          expect(Math.min(...values), `${op.attrs[key]}`).toBeGreaterThanOrEqual(0.5);
          expect(Math.max(...values), `${op.attrs[key]}`).toBeLessThanOrEqual(1.5);
        }
      }
    }
  });

  it("holds only finite values representable in float32", () => {
    for (const seed of [0, 3, 2 ** 31]) {
      for (const v of all(seededWeights(tinyGraph(), seed))) {
        expect(Number.isFinite(v)).toBe(true);
        if (Math.fround(v) !== v) expect.fail(`${v} is not a float32 value`);
      }
    }
  });

  it("round-trips through a checkpoint unchanged, so --seed and a written file agree", () => {
    const graph = tinyGraph();
    const w = seededWeights(graph, 17);
    expect(bindWeights(graph, readSafetensors(writeSafetensors(seededTensors(graph, 17)), FILE), FILE)).toEqual(w);
  });

  it("draws values that are not degenerate (spread, roughly centred conv weights)", () => {
    const w = seededWeights(tinyGraph(), 4).get("conv_head.weight")!;
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const std = Math.sqrt(w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length);
    expect(new Set(w).size).toBe(w.length);
    // He init over fan_out = 1*1*32: std sqrt(2/32) = 0.25.
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(std).toBeGreaterThan(0.2);
    expect(std).toBeLessThan(0.3);
  });
});
