// Band fusion (compiler/passes/band-fusion.ts): which 1x1s run in bands with
// their depthwise, and whether the ring of rows they are given is enough. The
// bands are checked against the rows each output row's windows read, worked out
// here one output row and kernel size at a time, and the ring is checked by
// replaying the schedule the wasm lowering runs: every row a band reads must
// still be in its slot. The values themselves are checked by the kernel tester
// (test/kernels/kernel-grid.ts's band_* networks) and the fixture tests.
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { BAND_MIN_BYTES, bandsOf } from "../../compiler/passes/band-fusion.ts";
import { convAttrs, convPadding } from "../../compiler/ir/ops.ts";
import { heldFloats, ringRows } from "../../compiler/ir/physical.ts";
import type { Graph, Op } from "../../compiler/ir/types.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { depthwiseRuns } from "../../compiler/passes/layout.ts";
import { GRID } from "../kernels/kernel-grid.ts";
import { writeSpec } from "../webgpu/kernel-cases.ts";

/** The input rows output row oy of a depthwise reads, over all its kernel sizes. */
function rowsRead(g: Graph, dw: Op, oy: number): Set<number> {
  const a = convAttrs(dw);
  const h = g.ops.find((o) => o.out === dw.ins[0])!.shape![2]!;
  const rows = new Set<number>();
  for (const { k } of depthwiseRuns(a.k, a.cout, dw.attrs.cp as number)) {
    const top = convPadding(a.pad, h, k, a.s)[0];
    for (let ky = 0; ky < k; ky++) if (oy * a.s - top + ky >= 0 && oy * a.s - top + ky < h) rows.add(oy * a.s - top + ky);
  }
  return rows;
}

/** Replays the bands: the 1x1 fills rows in order into slot row % ring; each band's rows must be in their slots when it runs. */
function replay(g: Graph, dw: Op, ring = bandsOf(g, dw).ring): string[] {
  const { bands } = bandsOf(g, dw);
  const slots = new Array<number>(ring).fill(-1);
  const problems: string[] = [];
  let done = 0;
  for (const b of bands) {
    for (; done < b.hi; done++) slots[done % ring] = done;
    for (let oy = b.o0; oy < b.o1; oy++) {
      for (const r of rowsRead(g, dw, oy)) {
        if (r < b.lo || r >= b.hi) problems.push(`output row ${oy} reads row ${r}, outside its band's [${b.lo}, ${b.hi})`);
        if (slots[r % ring] !== r) problems.push(`output row ${oy} reads row ${r}, whose slot holds row ${slots[r % ring]}`);
      }
    }
  }
  return problems;
}

const BAND_NETS = Object.keys(GRID.depthwise).filter((n) => n.startsWith("band_"));

describe.each(["specs/mixnet-s.mix", "specs/mixnet-m.mix", "specs/mobilenetv3-large.mix", ...BAND_NETS])("%s", (spec) => {
  const compiled = compile(spec.endsWith(".mix") ? spec : writeSpec(spec, GRID.depthwise[spec]!), { seed: 1, target: "wasm" });

  it("runs its big expansions in bands, each with a ring that holds every row its bands read", async () => {
    const { graph } = (await compiled).model;
    const rings = graph.ops.flatMap((op, i) => (ringRows(op) === undefined ? [] : [i]));
    expect(rings.length).toBeGreaterThan(0);
    for (const i of rings) {
      const [op, dw] = [graph.ops[i]!, graph.ops[i + 1]!];
      expect(convAttrs(dw).dw, `%${op.out}'s reader`).toBe(true);
      expect(graph.ops.filter((o) => o.ins.includes(op.out)), `%${op.out}'s readers`).toEqual([dw]);
      expect(ringRows(op)).toBe(bandsOf(graph, dw).ring);
      expect(ringRows(op)).toBeLessThan(op.shape![2]!);
      expect(heldFloats(op)).toBe(ringRows(op)! * op.shape![3]! * (op.attrs.cp as number));
      expect(replay(graph, dw), `%${dw.out}`).toEqual([]);
    }
  });

  it("leaves whole every expansion under the size limit, and the memory plan's buffers apart while alive", async () => {
    const { graph, weights } = (await compiled).model;
    for (const [i, op] of graph.ops.entries()) {
      const next = graph.ops[i + 1];
      const expansionIntoDepthwise = op.op === "conv" && !convAttrs(op).dw && convAttrs(op).k.every((k) => k === 1) && next?.op === "conv" && convAttrs(next).dw;
      if (!expansionIntoDepthwise || ringRows(op) !== undefined) continue;
      const [, , h, w] = op.shape!;
      const bytes = h! * w! * (op.attrs.cp as number) * 4;
      const { bands, ring } = bandsOf(graph, next);
      // The weights each band reads again, against the tensor that fusion keeps in cache.
      const rereads = bands.length * convAttrs(op).w.reduce((n, name) => n + weights!.get(name)!.length, 0) * 4;
      expect(bytes < BAND_MIN_BYTES || ring >= h! || rereads >= bytes || !!convAttrs(op).res || !!convAttrs(op).gate, `%${op.out} stays whole`).toBe(true);
    }
    expect(() => verifyGraph(graph)).not.toThrow();
  });
});

describe("the ring check can fail", () => {
  it("finds the rows that a ring one row short has lost", async () => {
    const { graph } = (await compile("specs/mixnet-s.mix", { seed: 1, target: "wasm" })).model;
    const i = graph.ops.findIndex((op) => ringRows(op) !== undefined);
    expect(replay(graph, graph.ops[i + 1]!, ringRows(graph.ops[i]!)! - 1).length).toBeGreaterThan(0);
  });
});
