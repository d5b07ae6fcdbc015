// One line per stage of the pipeline: how many ops it left, and what it did,
// read from the graphs before and after it (the passes report nothing).
import type { Graph, Op } from "../ir/types.ts";
import { arenaPlan } from "./arena-buffers.ts";
import { heldFloats, ringRows, wholeFloats } from "../ir/physical.ts";
import { binarySize, plural } from "../units.ts";

const countOps = (g: Graph, match: (op: Op) => boolean) => g.ops.filter(match).length;
const kind = (k: string) => (op: Op) => op.op === k;
const convWith = (attr: string) => (op: Op) => op.op === "conv" && op.attrs[attr] !== undefined && op.attrs[attr] !== false;
/** How many more ops match after than before. */
const gained = (before: Graph, after: Graph, match: (op: Op) => boolean) => countOps(after, match) - countOps(before, match);

/** What each stage did, in words. */
const WHAT: Record<string, (before: Graph, after: Graph) => string> = {
  elaborate: (_, g) => `${plural(g.params.length, "parameter tensor")}, input [${g.input.shape.join(",")}]`,
  shapes: (_, g) => `shaped ${plural(countOps(g, (op) => op.shape !== undefined), "value")}, output [${g.ops.find((op) => op.out === g.output)!.shape!.join(",")}]`,
  "fold-bn": (before, after) => `folded ${plural(-gained(before, after, kind("batchnorm")), "BatchNorm")} into convolutions`,
  fuse: (before, after) =>
    `fused ${plural(gained(before, after, convWith("act")), "activation")}, ${plural(gained(before, after, convWith("gate")), "SE gate")}, ${plural(gained(before, after, convWith("res")), "residual add")}; ${plural(gained(before, after, kind("se")), "SE block")} made se ops`,
  layout: (_, g) => {
    const padded = g.ops.filter((op) => op.shape && op.attrs.cp !== undefined && (op.attrs.cp as number) > op.shape[1]!);
    return `${plural(countOps(g, (op) => op.attrs.layout === "nhwc"), "op")} NHWC; ${plural(padded.length, "value")} padded to the SIMD tile`;
  },
  bands: (_, g) => {
    const rings = g.ops.filter((op) => ringRows(op) !== undefined);
    const whole = rings.reduce((n, op) => n + wholeFloats(op) * 4, 0);
    const held = rings.reduce((n, op) => n + heldFloats(op) * 4, 0);
    return `${plural(rings.length, "expansion")} run in bands of rows with their depthwise` + (rings.length ? `, held as rings of rows: ${binarySize(held)} where whole they take ${binarySize(whole)}` : "");
  },
  plan: (_, g) => {
    const plan = arenaPlan(g);
    return `arena ${binarySize(plan.arenaBytes)} vs ${binarySize(plan.naiveBytes)} naive (${plural(plan.buffers.length, "buffer")}, ${((1 - plan.arenaBytes / plan.naiveBytes) * 100).toFixed(0)}% saved)`;
  },
  lower: (_, g) => {
    const calls = g.ops.reduce((n, op) => n + ((op.attrs.kernel as string[] | undefined)?.length ?? 0), 0);
    const dispatches = g.ops.reduce((n, op) => n + ((op.attrs.gpu as string[] | undefined)?.length ?? 0), 0);
    return `${plural(calls, "kernel call")}, ${plural(dispatches, "WebGPU dispatch", "WebGPU dispatches")}`;
  },
};

/** "fuse: 38 -> 16 ops; fused 16 activations, ..." for the stage that turned `before` into `after` ("elaborate: 40 ops; ..." for the first, which has no before). */
export function stageSummary(stage: string, before: Graph | undefined, after: Graph): string {
  const what = WHAT[stage];
  if (!what) throw new Error(`internal: no summary for stage '${stage}'`);
  const ops = before ? `${before.ops.length} -> ${after.ops.length} ops` : `${after.ops.length} ops`;
  return `${stage}: ${ops}; ${what(before ?? after, after)}`;
}
