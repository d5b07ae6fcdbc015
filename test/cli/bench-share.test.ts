// `mixc bench --per-layer`: each layer's share of the layers' total time, and
// --sort time (slowest first), on a small bundle compiled here.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { mixc } from "../mixc.ts";

interface Layer {
  name: string;
  ms: number;
  share: number;
}

describe("mixc bench --per-layer", () => {
  const bundle = join(mkdtempSync(join(tmpdir(), "mixc-bench-")), "small.wasm");
  beforeAll(async () => {
    expect((await mixc("compile", "test/golden/small.mix", "--seed", "1", "--target", "wasm", "-o", bundle)).code).toBe(0);
  });

  it("gives each layer its share of the total, in the order the layers run", async () => {
    const r = await mixc("bench", bundle, "--runs", "3", "--warmup", "1", "--per-layer", "--json");
    expect(r.code).toBe(0);
    const layers: Layer[] = JSON.parse(r.out).layers;
    expect(layers.map((l) => l.name)).toEqual(["stem", "blocks.0.0.bn1.relu", "blocks.0.0", "blocks.1.0.bn1.swish", "blocks.1.0.bn2.swish", "blocks.1.0.se.gate", "blocks.1.0", "blocks.1.1.bn1.swish", "blocks.1.1.bn2.swish", "blocks.1.1.se.gate", "blocks.1.1", "head", "pool", "logits"]);
    const total = layers.reduce((n, l) => n + l.ms, 0);
    for (const l of layers) expect(l.share).toBeCloseTo(l.ms / total, 12);
    expect(layers.reduce((n, l) => n + l.share, 0)).toBeCloseTo(1, 12);
  });

  it("sorts the layers slowest first with --sort time, in JSON and in the table's share column", async () => {
    const json: Layer[] = JSON.parse((await mixc("bench", bundle, "--runs", "3", "--warmup", "1", "--per-layer", "--sort", "time", "--json")).out).layers;
    expect(json.map((l) => l.ms)).toEqual(json.map((l) => l.ms).sort((a, b) => b - a));
    const text = await mixc("bench", bundle, "--runs", "3", "--warmup", "1", "--per-layer", "--sort", "time");
    const rows = text.out.split("\n").filter((l) => /^\S+\s+[\d.]+\s+[\d.]+%\s/.test(l));
    expect(text.out).toMatch(/\nlayer +ms +share +MACs +GFLOP\/s +kernels\n/);
    expect(rows).toHaveLength(14);
    const shares = rows.map((l) => Number(/\s([\d.]+)%\s/.exec(l)![1]));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThan(99.3);
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThan(100.7);
  });

  it("refuses an unknown order, saying which it meant, and --sort without --per-layer (exit 2)", async () => {
    expect(await mixc("bench", bundle, "--per-layer", "--sort", "tme")).toMatchObject({ code: 2, err: "mixc: unknown --sort 'tme'; available: order, time; did you mean 'time'?\n" });
    expect(await mixc("bench", bundle, "--sort", "time")).toMatchObject({ code: 2, err: "mixc: --sort is for --per-layer\n" });
  });
});
