// `mixc ir` for reading: the summary line of each pass (its counts checked
// against counts taken here from the printed IR), wrapping at a width that
// keeps every word, and --diff PASS.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGraph, PIPELINE, printGraph, runPipeline, STAGES } from "../../compiler/index.ts";
import { mixc } from "../mixc.ts";

const SMALL = "test/golden/small.mix";

/** The IR of SMALL after a stage, full lines. */
async function irAfter(stage: string): Promise<string> {
  const r = await mixc("ir", SMALL, "--after", stage, "--wide");
  expect(r.code).toBe(0);
  return r.out;
}

const opLines = (ir: string) => ir.split("\n").filter((l) => /^ {2}%/.test(l));
const countLines = (ir: string, pattern: RegExp) => opLines(ir).filter((l) => pattern.test(l)).length;

describe("mixc ir --summary", () => {
  it("prints one line per stage, each naming the stage and its op counts", async () => {
    const r = await mixc("ir", SMALL, "--summary");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines.map((l) => l.split(":")[0])).toEqual(STAGES);
    const opCounts = await Promise.all(STAGES.map(async (s) => opLines(await irAfter(s)).length));
    expect(lines[0]).toMatch(new RegExp(`^elaborate: ${opCounts[0]} ops; `));
    for (let i = 1; i < STAGES.length; i++) expect(lines[i]).toMatch(new RegExp(`^${STAGES[i]}: ${opCounts[i - 1]} -> ${opCounts[i]} ops; `));
  });

  it("counts what fold-bn and fuse did as the printed IR shows it", async () => {
    const [shapes, folded, fused] = [await irAfter("shapes"), await irAfter("fold-bn"), await irAfter("fuse")];
    const batchnorms = countLines(shapes, /= batchnorm\(/);
    expect(batchnorms).toBe(10);
    expect(countLines(folded, /= batchnorm\(/)).toBe(0);
    const acts = countLines(fused, /= conv\(.* act=/);
    const gates = countLines(fused, /= conv\(.* gate=true/);
    const residuals = countLines(fused, /= conv\(.* res=true/);
    const se = countLines(fused, /= se\(/);
    expect([acts, gates, residuals, se]).toEqual([7, 2, 2, 2]);
    const summary = (await mixc("ir", SMALL, "--summary")).out.split("\n");
    expect(summary).toContain(`fold-bn: ${opLines(shapes).length} -> ${opLines(folded).length} ops; folded ${batchnorms} BatchNorms into convolutions`);
    expect(summary).toContain(`fuse: ${opLines(folded).length} -> ${opLines(fused).length} ops; fused ${acts} activations, ${gates} SE gates, ${residuals} residual adds; ${se} SE blocks made se ops`);
  });

  it("states the arena against the sum of every buffer, computed from at=, cp= and scratch_bytes=", async () => {
    const planned = await irAfter("plan");
    const arena = Number(/^graph \S+ arena=(\d+)$/m.exec(planned)![1]);
    let naive = 0;
    let buffers = 0;
    for (const line of opLines(planned)) {
      const shape = /: f32\[([\d,]+)\]$/.exec(line)![1]!.split(",").map(Number);
      const cp = Number(/ cp=(\d+)/.exec(line)![1]);
      naive += Math.ceil(((shape.reduce((a, b) => a * b, 1) / shape[1]!) * cp * 4) / 64) * 64;
      buffers++;
      const scratch = / scratch_bytes=(\d+)/.exec(line);
      if (scratch) (naive += Number(scratch[1])), buffers++;
    }
    expect([arena, naive, buffers]).toEqual([8704, 27392, 18]);
    const line = (await mixc("ir", SMALL, "--summary")).out.split("\n").find((l) => l.startsWith("plan:"));
    expect(line).toBe(`plan: 14 -> 14 ops; arena 8.5 KiB vs 26.8 KiB naive (${buffers} buffers, ${Math.round((1 - arena / naive) * 100)}% saved)`);
  });
});

describe("mixc ir wrapping", () => {
  it("keeps op lines within --width, and every word of the full lines, in order", async () => {
    const wide = await irAfter("lower");
    const r = await mixc("ir", SMALL, "--after", "lower", "--width", "80");
    expect(r.code).toBe(0);
    const ir = r.out.slice(0, r.out.indexOf("\n# WGSL"));
    expect(Math.max(...ir.split("\n").filter((l) => !l.startsWith("#")).map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(r.out.replace(/\s+/g, "")).toBe(wide.replace(/\s+/g, ""));
    expect(r.out.split("\n").length).toBeGreaterThan(wide.split("\n").length + 14);
  });

  it("prints the printer's lines whole with --wide (they parse back)", async () => {
    const graph = runPipeline({ graph: loadGraph(SMALL) }).graph;
    const wide = await irAfter("lower");
    expect(wide).toContain(printGraph(graph));
    expect(wide.split("\n")[1]).toMatch(/^# lower: 14 -> 14 ops; 25 kernel calls, 19 WebGPU dispatches$/);
  });

  it("refuses --wide with --width, a width under 40, and contradictory modes (exit 2)", async () => {
    expect(await mixc("ir", SMALL, "--wide", "--width", "80")).toMatchObject({ code: 2, err: "mixc: --wide and --width exclude each other\n" });
    expect(await mixc("ir", SMALL, "--width", "20")).toMatchObject({ code: 2, err: "mixc: --width needs at least 40 columns, got 20\n" });
    expect(await mixc("ir", SMALL, "--all", "--summary")).toMatchObject({ code: 2, err: "mixc: --all and --summary exclude each other\n" });
    expect(await mixc("ir", SMALL, "--diff", "fuse", "--after", "plan")).toMatchObject({ code: 2, err: "mixc: --after and --diff exclude each other\n" });
    expect(await mixc("ir", SMALL, "--summary", "-o", join(mkdtempSync(join(tmpdir(), "mixc-ir-")), "x"))).toMatchObject({ code: 2, err: "mixc: --summary and --out exclude each other\n" });
  });

  it("writes full lines with -o, with or without --all, each file with its summary line", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "mixc-ir-")), "ir");
    expect((await mixc("ir", SMALL, "--all", "-o", dir, "--width", "60")).code).toBe(0);
    const fused = readFileSync(join(dir, "03-fuse.ir"), "utf8");
    expect(fused.split("\n")[1]).toBe("# fuse: 33 -> 14 ops; fused 7 activations, 2 SE gates, 2 residual adds; 2 SE blocks made se ops");
    expect(fused).toBe(await irAfter("fuse"));
  });
});

describe("mixc ir --diff", () => {
  it("shows fold-bn removing each convolution that a BatchNorm follows, and the BatchNorm's value become the folded convolution", async () => {
    const shapes = opLines(await irAfter("shapes"));
    const bnInputs = shapes.filter((l) => /= batchnorm\(/.test(l)).map((l) => /batchnorm\(%(\S+)\)/.exec(l)![1]);
    const bnNames = shapes.filter((l) => /= batchnorm\(/.test(l)).map((l) => /^ {2}%(\S+)/.exec(l)![1]);
    const r = await mixc("ir", SMALL, "--diff", "fold-bn", "--wide");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("# fold-bn: 43 -> 33 ops; folded 10 BatchNorms into convolutions");
    expect(lines.filter((l) => l.startsWith("- %")).map((l) => /^- %(\S+)/.exec(l)![1])).toEqual(bnInputs);
    expect(lines.filter((l) => l.startsWith("- %")).map((l) => /; into %(\S+)$/.exec(l)![1])).toEqual(bnNames);
    const changed = lines.filter((l) => l.startsWith("~ %"));
    expect(changed.map((l) => /^~ %(\S+)/.exec(l)![1])).toEqual(bnNames);
    for (const l of changed) expect(l).toMatch(/= conv\(.*; was batchnorm\(/);
    expect(lines).toContain(`(${33 - bnNames.length} ops unchanged)`);
  });

  it("names the op each value removed by fuse went into: an SE's pool and convolutions into its se op", async () => {
    const lines = (await mixc("ir", SMALL, "--diff", "fuse", "--wide")).out.split("\n");
    const into = (name: string) => /; into %(\S+)$/.exec(lines.find((l) => l.startsWith(`- %${name} `))!)![1];
    for (const part of ["se.pool", "se.conv_reduce", "se.conv_reduce.swish", "se.conv_expand"]) expect(into(`blocks.1.0.${part}`)).toBe("blocks.1.0.se.gate");
    expect([into("bn1"), into("blocks.1.0.se"), into("blocks.1.1.bn3"), into("bn2")]).toEqual(["stem", "blocks.1.0", "blocks.1.1", "head"]);
    expect(lines.filter((l) => l.startsWith("- %"))).toHaveLength(33 - 14);
  });

  it("shows the plan adding at= to every op and the arena to the graph", async () => {
    const r = await mixc("ir", SMALL, "--diff", "plan", "--wide");
    const changed = r.out.split("\n").filter((l) => l.startsWith("~ %"));
    expect(changed).toHaveLength(14);
    for (const l of changed) expect(l).toMatch(/ \+at=\d+/);
    expect(r.out).toContain("\ngraph +arena=8704\n");
    expect(r.out).toContain("\n(0 ops unchanged)\n");
  });

  it("says 'did you mean' for a misspelt pass, and takes only passes (exit 2)", async () => {
    const passes = PIPELINE.map((p) => p.name).join(", ");
    expect(await mixc("ir", SMALL, "--diff", "fuze")).toMatchObject({ code: 2, err: `mixc: unknown pass 'fuze'; the passes are ${passes}; did you mean 'fuse'?\n` });
    expect(await mixc("ir", SMALL, "--diff", "elaborate")).toMatchObject({ code: 2, err: `mixc: unknown pass 'elaborate'; the passes are ${passes}\n` });
    expect(await mixc("ir", SMALL, "--after", "fusee")).toMatchObject({ code: 2, err: `mixc: unknown pass 'fusee'; the stages are ${STAGES.join(", ")}; did you mean 'fuse'?\n` });
  });
});
