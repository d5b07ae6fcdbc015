// Band fusion: an expansion 1x1 and the depthwise convolution that reads it run
// a band of output rows at a time, the 1x1 computing just the input rows the
// band's windows reach. The expanded tensor is then held as a ring of rows
// (attribute `ring` on the 1x1: rows held), small enough to stay in cache,
// where the whole tensor (7 MB at 112x112x144 in MixNet-M) would go out to
// memory and come back. The WebAssembly program runs the pair this way on one
// thread and on several (each thread on its own channels); the WebGPU program,
// whose dispatches cover whole layers, keeps the whole tensor in a region of its own.
import { convAttrs, convPadding, convWeightCount } from "../ir/ops.ts";
import type { Graph, Op } from "../ir/types.ts";
import { depthwiseRuns } from "./layout.ts";
import type { PassModel } from "./pass-model.ts";

/** Output rows of the depthwise per band: of 1, 2, 3, 4 and 8, measured on MixNet-M and MobileNetV3-Large, 2 was fastest or tied. */
export const BAND_ROWS = 2;

/** Expanded tensors smaller than this stay whole: they stay in cache anyway (thresholds of 0 to 1 MiB measured within noise of this one). */
export const BAND_MIN_BYTES = 256 << 10;

/** One band: the depthwise's output rows [o0, o1), which read the expanded rows [lo, hi). */
export interface Band {
  o0: number;
  o1: number;
  lo: number;
  hi: number;
}

/** The bands of a depthwise op over its input rows, and the ring they need: the most rows one band reads. */
export function bandsOf(g: Graph, dw: Op): { bands: Band[]; ring: number } {
  const a = convAttrs(dw);
  const h = g.ops.find((o) => o.out === dw.ins[0])!.shape![2]!;
  const oh = dw.shape![2]!;
  // Each kernel size's rows: output row oy reads [oy*s - padTop, oy*s - padTop + k), clipped to the input.
  const sizes = [...new Set(depthwiseRuns(a.k, a.cout, dw.attrs.cp as number).map((r) => r.k))].map((k) => ({ k, top: convPadding(a.pad, h, k, a.s)[0] }));
  const bands: Band[] = [];
  for (let o0 = 0; o0 < oh; o0 += BAND_ROWS) {
    const o1 = Math.min(oh, o0 + BAND_ROWS);
    const lo = Math.max(0, Math.min(...sizes.map((z) => o0 * a.s - z.top)));
    const hi = Math.min(h, Math.max(...sizes.map((z) => (o1 - 1) * a.s - z.top + z.k)));
    bands.push({ o0, o1, lo, hi });
  }
  return { bands, ring: Math.max(...bands.map((b) => b.hi - b.lo)) };
}

const isExpansion = (op: Op) => {
  if (op.op !== "conv") return false;
  const a = convAttrs(op);
  return !a.dw && a.s === 1 && a.k.every((k) => k === 1) && !a.gate && !a.res;
};

const isDepthwise = (op: Op | undefined): op is Op => op?.op === "conv" && convAttrs(op).dw && !convAttrs(op).gate;

/** Whether op i and the op after it run in bands: a 1x1 whose only reader is the next op, a depthwise, over a tensor too big for cache. */
function fusible(g: Graph, i: number): number | undefined {
  const [op, next] = [g.ops[i]!, g.ops[i + 1]];
  if (!isExpansion(op) || !isDepthwise(next) || op.out === g.output || next.ins[0] !== op.out) return undefined;
  if (g.ops.some((o) => o !== next && o.ins.includes(op.out))) return undefined;
  const [, , h, w] = op.shape!;
  const bytes = h! * w! * (op.attrs.cp as number) * 4;
  if (bytes < BAND_MIN_BYTES) return undefined;
  // Each band reads all of the 1x1's weights again: worth it only where that is less than the tensor kept in cache.
  const { bands, ring } = bandsOf(g, next);
  return ring < h! && bands.length * convWeightCount(convAttrs(op)) * 4 < bytes ? ring : undefined;
}

export function fuseBands({ graph, weights }: PassModel): PassModel {
  const ops = graph.ops.map((op, i) => {
    const ring = fusible(graph, i);
    return ring === undefined ? op : { ...op, attrs: { ...op.attrs, ring } };
  });
  return { graph: { ...graph, ops }, weights };
}
