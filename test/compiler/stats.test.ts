// Parameter and MAC counts against the PyTorch reference's own counts.
import { describe, expect, it } from "vitest";
import { loadGraph, loadNetwork } from "../../compiler/api.ts";
import { inferShapes } from "../../compiler/passes/infer-shapes.ts";
import { computeStats } from "../../compiler/ir/stats.ts";
import { roundChannels } from "../../compiler/frontend/network.ts";
import { fixture, hasShared } from "../shared.ts";

const statsOf = (spec: string) => computeStats(inferShapes(loadGraph(spec)));

describe.skipIf(!hasShared).each([
  ["mixnet_s", "specs/mixnet-s.mix"],
  ["mixnet_m", "specs/mixnet-m.mix"],
  ["mixnet_xl", "specs/mixnet-xl.mix"],
  ["mobilenetv3_large_100", "specs/mobilenetv3-large.mix"],
])("%s", (name, spec) => {
  it("equals the fixture's exact parameter and MAC counts", () => {
    const meta = fixture(name).meta as unknown as {
      params: Record<string, number>;
      macs: { macs_total: number; macs_excluding_se: number; macs_breakdown: Record<string, number> };
    };
    const s = statsOf(spec);
    expect(s.params_total).toBe(meta.params.params_total);
    expect(s.params_bn).toBe(meta.params.params_bn);
    expect(s.params_excluding_bn).toBe(meta.params.params_excluding_bn);
    expect(s.macs_total).toBe(meta.macs.macs_total);
    const macs = (f: (name: string) => boolean) => s.layers.filter((l) => f(l.name)).reduce((n, l) => n + l.macs, 0);
    expect(macs((n) => n === "conv_stem")).toBe(meta.macs.macs_breakdown.stem);
    expect(macs((n) => n === "conv_head")).toBe(meta.macs.macs_breakdown.conv_head);
    expect(macs((n) => n === "logits")).toBe(meta.macs.macs_breakdown.classifier);
    expect(macs((n) => n.includes(".se."))).toBe(meta.macs.macs_breakdown.blocks_se);
  });
});

describe("other networks", () => {
  // timm's published parameter counts for these models.
  it.each([
    ["specs/mobilenet-v2.mix", 3_504_872],
    ["specs/efficientnet-b0.mix", 5_288_548],
  ])("%s has %i parameters", (spec, params) => {
    expect(statsOf(spec).params_total).toBe(params);
  });

  it("TensorFlow twins count the same as their PyTorch models", () => {
    for (const m of ["s", "m", "l"]) expect(statsOf(`specs/tf-mixnet-${m}.mix`)).toEqual(statsOf(`specs/mixnet-${m}.mix`));
  });

  it("MixNet-L is MixNet-M with every stem and block width scaled by 1.3 as DESIGN.md states", () => {
    const m = loadNetwork("specs/mixnet-m.mix");
    const l = loadNetwork("specs/mixnet-l.mix");
    const design = (c: number) => {
      let r = Math.max(8, Math.floor((c * 1.3 + 4) / 8) * 8);
      if (r < 0.9 * c * 1.3) r += 8;
      return r;
    };
    expect(l.stem.cout).toBe(design(m.stem.cout));
    expect(l.blocks.map((b) => b.cout)).toEqual(m.blocks.map((b) => design(b.cout)));
    expect(l.blocks.map((b) => b.mid)).toEqual(l.blocks.map((b, i) => b.cin * (m.blocks[i]!.mid / m.blocks[i]!.cin)));
    expect(l.blocks.map((b) => b.seChannels)).toEqual(l.blocks.map((b, i) => (m.blocks[i]!.seChannels ? Math.round(b.cin * (b.stage === 3 ? 0.25 : 0.5)) : 0)));
    expect(l.head.cout).toBe(1536);
    expect([roundChannels(24, 1.3), roundChannels(200, 1.3), roundChannels(16, 1)]).toEqual([32, 264, 16]);
  });
});

describe("mixc stats --json totals are plain integers", () => {
  it("prints the same totals the library computes", async () => {
    const { main } = await import("../../cli/main.ts");
    let out = "";
    const code = await main(["stats", "specs/mixnet-s.mix", "--json"], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.params_total).toBe(4_134_606);
    expect(json.macs_total).toBe(239_173_360);
    expect(out).toMatch(/"macs_total": 239173360/);
    expect(json.layers).toHaveLength(statsOf("specs/mixnet-s.mix").layers.length);
  });
});
