// Every pass keeps the network's function: the reference interpreter gives the
// same output before and after it, on every spec (seeded weights, a small
// input so that all eight specs run quickly). A pass that changes the function
// must fail this check, shown with a deliberately wrong fold.
import { describe, expect, it } from "vitest";
import { loadNetwork, loadWeights } from "../../compiler/api.ts";
import { elaborate } from "../../compiler/passes/elaborate.ts";
import { interpret } from "../../compiler/interp/interpret.ts";
import { PIPELINE, type Pass } from "../../compiler/pipeline.ts";
import type { PassModel } from "../../compiler/passes/pass-model.ts";
import { maxAbsDiff, tolerance } from "../shared.ts";
import { SPECS } from "../specs.ts";

function smallModel(spec: string, size: number, seed: number): { model: PassModel; input: Float64Array } {
  const network = loadNetwork(spec);
  const graph = elaborate({ ...network, input: { ...network.input, height: size, width: size } });
  const input = new Float64Array(graph.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.sin(i * 12.9898 + seed) * 2);
  return { model: { graph, weights: loadWeights(graph, { seed }) }, input };
}

function expectSameFunction(pass: Pass, model: PassModel, input: Float64Array) {
  const before = interpret(model.graph, model.weights!, input).output.data;
  const after = pass.run(model);
  const out = interpret(after.graph, after.weights!, input).output.data;
  // 1e-9 relative: a pass may only change float64 rounding.
  expect(maxAbsDiff(out, before)).toBeLessThanOrEqual(tolerance(before) * 1e-5);
}

describe.each(SPECS)("%s", (spec) => {
  it.each(PIPELINE.map((p) => [p.name, p] as const))("%s keeps the function", (_, pass) => {
    let { model, input } = smallModel(spec, 40, 7);
    for (const p of PIPELINE) {
      if (p === pass) break;
      model = p.run(model);
    }
    expectSameFunction(pass, model, input);
  });
});

describe("the check can fail", () => {
  it("catches a BatchNorm fold that forgets eps", () => {
    const { model, input } = smallModel("specs/mixnet-s.mix", 40, 7);
    const fold = PIPELINE.find((p) => p.name === "fold-bn")!;
    const wrongEps: Pass = {
      ...fold,
      run: (m) => fold.run({ ...m, graph: { ...m.graph, ops: m.graph.ops.map((op) => (op.op === "batchnorm" ? { ...op, attrs: { ...op.attrs, eps: 0 } } : op)) } }),
    };
    expect(() => expectSameFunction(wrongEps, model, input)).toThrow();
  });
});

describe("BatchNorm folding", () => {
  it("folds every BatchNorm of MixNet-S (each follows a conv read only by it)", () => {
    const { model } = smallModel("specs/mixnet-s.mix", 32, 1);
    const fold = PIPELINE.find((p) => p.name === "fold-bn")!;
    const after = fold.run(model);
    expect(after.graph.ops.filter((o) => o.op === "batchnorm")).toHaveLength(0);
    expect(after.graph.params.some((p) => p.name.endsWith("running_var"))).toBe(false);
    expect(after.graph.ops.find((o) => o.out === "blocks.2.0")!.attrs.b).toBe("blocks.2.0.conv_pwl.bias.folded");
  });
});
