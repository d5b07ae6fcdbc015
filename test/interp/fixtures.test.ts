// The reference interpreter against the PyTorch reference (timm) on the shared
// fixtures, at every stage of the pipeline: logits, top-5, and the per-stage
// checkpoints of meta.json (to localise a difference).
import { describe, expect, it } from "vitest";
import { loadGraph, loadWeights } from "../../compiler/api.ts";
import { interpret, type Tensor } from "../../compiler/interp/interpret.ts";
import { runPipeline, STAGES } from "../../compiler/pipeline.ts";
import { fixture, hasShared, maxAbsDiff, tolerance, top, type Checkpoint } from "../shared.ts";

/** timm's checkpoint names -> the IR value holding that activation. */
function checkpointValue(name: string, lastBlock: Map<number, string>): string {
  const stage = /^blocks\.(\d+)$/.exec(name);
  return stage ? lastBlock.get(Number(stage[1]))! : name;
}

function stats(t: Tensor) {
  const n = t.data.length;
  let sum = 0;
  for (const v of t.data) sum += v;
  const mean = sum / n;
  let sq = 0;
  for (const v of t.data) sq += (v - mean) ** 2;
  const min = t.data.reduce((a, b) => Math.min(a, b), Infinity);
  const max = t.data.reduce((a, b) => Math.max(a, b), -Infinity);
  return { mean, std: Math.sqrt(sq / (n - 1)), min, max, first8: Array.from(t.data.subarray(0, 8)) };
}

function expectCheckpoint(t: Tensor, c: Checkpoint) {
  const tol = 1e-4 * Math.max(1, Math.abs(c.min), Math.abs(c.max));
  const s = stats(t);
  expect(t.shape).toEqual(c.shape);
  expect(maxAbsDiff(s.first8, c.first8)).toBeLessThanOrEqual(tol);
  expect(Math.abs(s.mean - c.mean)).toBeLessThanOrEqual(tol);
  expect(Math.abs(s.std - c.std)).toBeLessThanOrEqual(tol);
  expect(Math.abs(s.min - c.min)).toBeLessThanOrEqual(tol);
  expect(Math.abs(s.max - c.max)).toBeLessThanOrEqual(tol);
}

// MobileNetV3-Large is cheap enough to check after every pass.
// MixNet-XL checks the network (as elaborated) and what the backends get (after
// every pass): its interpretation takes 2.7 times MixNet-M's, and the passes in
// between are checked on the other two.
describe.skipIf(!hasShared).each([
  ["mixnet_s", "specs/mixnet-s.mix", STAGES],
  ["mixnet_m", "specs/mixnet-m.mix", STAGES],
  ["mixnet_xl", "specs/mixnet-xl.mix", [STAGES[0]!, STAGES.at(-1)!]],
  ["mobilenetv3_large_100", "specs/mobilenetv3-large.mix", STAGES],
])("%s: reference interpreter vs PyTorch", (name, spec, stages) => {
  const fx = hasShared ? fixture(name) : undefined!;
  const graph = loadGraph(spec);
  const weights = hasShared ? loadWeights(graph, { weights: fx.weights }) : undefined!;

  it.each(stages)("after %s: logits within tolerance, same top-5, checkpoints match", (stage) => {
    const model = runPipeline({ graph, weights }, stage);
    const lastBlock = new Map<number, string>();
    for (const op of model.graph.ops) {
      const m = /^blocks\.(\d+)\.\d+$/.exec(op.out);
      if (m) lastBlock.set(Number(m[1]), op.out);
    }
    // MixNet-XL's fixture has no checkpoints, only logits.
    const checkpoints = fx.meta.checkpoints ?? [];
    const wanted = new Set(checkpoints.map((c) => checkpointValue(c.name, lastBlock)));
    const result = interpret(model.graph, model.weights!, fx.input, (v) => wanted.has(v));
    const logits = result.output.data;
    expect(maxAbsDiff(logits, fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
    expect(top(logits, 5)).toEqual(fx.meta.top5);
    for (const c of checkpoints) expectCheckpoint(result.values.get(checkpointValue(c.name, lastBlock))!, c);
  });
});

// The TensorFlow twins differ from the PyTorch models only by BatchNorm eps and
// 'SAME' padding. The fixtures' README measured, with timm, how far each change
// alone moves these logits; our variants must move them by the same amounts.
describe.skipIf(!hasShared)("TensorFlow padding and eps match timm's effect on the fixtures", () => {
  const variant = (base: string, line: string) => `network variant {\n  base "${base}"\n  ${line}\n}\n`;
  it.each([
    ["mixnet_s", "padding same", 7.43e-2],
    ["mixnet_m", "padding same", 9.81e-2],
    ["mixnet_s", "bn_eps 1e-3", 3.03e-2],
    ["mixnet_m", "bn_eps 1e-3", 1.33e-2],
  ])("%s with %s moves the logits by %f", async (name, line, expected) => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join, resolve } = await import("node:path");
    const dir = mkdtempSync(join((await import("node:os")).tmpdir(), "mixc-"));
    const spec = join(dir, "variant.mix");
    writeFileSync(spec, variant(resolve(`specs/${name.replace("_", "-")}.mix`), line));
    const fx = fixture(name);
    const graph = loadGraph(spec);
    const logits = interpret(graph, loadWeights(graph, { weights: fx.weights }), fx.input).output.data;
    expect(maxAbsDiff(logits, fx.logitsF64)).toBeCloseTo(expected, 4);
  });
});
