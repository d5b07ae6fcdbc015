// `mixc report` on every shipped spec (untimed), each page checked against
// `mixc ir` and `mixc stats` and opened in Chromium without errors; and the
// command's refusals: a bundle with no IR and no spec, or with another spec,
// and a bench file of another network. A bundle's own IR gives the same page as its spec.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { launch, hasChromium } from "../browser/chromium.ts";
import { mixc } from "../mixc.ts";
import { SPECS } from "../specs.ts";
import { embeddedReport } from "./page-data.ts";
import { sections } from "../../runtime/integrity.ts";
import { IR_SECTION } from "../../compiler/bundle/ir-section.ts";

const dir = mkdtempSync(join(tmpdir(), "mixc-report-specs-"));
const PAPER: Record<string, string> = { "mixnet-s": "MixNet-S", "mixnet-m": "MixNet-M", "mixnet-l": "MixNet-L", "tf-mixnet-s": "MixNet-S", "tf-mixnet-m": "MixNet-M", "tf-mixnet-l": "MixNet-L" };

describe("mixc report on every shipped spec", () => {
  it.each(SPECS)("%s: the compiled ops, the arena and the stats of mixc ir and mixc stats; opens in Chromium without errors", async (spec) => {
    const name = /specs\/(.*)\.mix$/.exec(spec)![1]!;
    const out = join(dir, `${name}.html`);
    const r = await mixc("report", spec, "--no-bench", "-o", out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    const report = embeddedReport(html);
    const ir = (await mixc("ir", spec, "--wide")).out;
    expect(report.nodes.map((n) => n.name)).toEqual([...ir.matchAll(/^ {2}%(\S+) +=/gm)].map((m) => m[1]));
    expect(report.memory.arenaBytes).toBe(Number(/^graph \S+ arena=(\d+)$/m.exec(ir)![1]));
    expect(report.memory.naiveBytes).toBeGreaterThan(report.memory.arenaBytes);
    const { network: _, input: __, ...stats } = JSON.parse((await mixc("stats", spec, "--json")).out);
    expect(report.stats).toEqual(stats);
    expect(report.paper.match).toBe(PAPER[name]);
    expect(report.timing).toBeUndefined();
    if (!hasChromium) return;
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      page.on("pageerror", (e) => problems.push(e.message));
      await page.goto(`file://${out}`);
      expect(problems).toEqual([]);
      expect(await page.locator(".op[data-layer]").count()).toBe(report.nodes.length);
    } finally {
      await browser.close();
    }
  });
});

describe("mixc report refuses", () => {
  it("a bundle with no IR and no --spec (exit 2), a bundle with another spec and a bench file of another network (exit 1)", async () => {
    const bundle = join(dir, "small.wasm");
    expect((await mixc("compile", "test/golden/small.mix", "--seed", "1", "--target", "wasm", "-o", bundle)).code).toBe(0);
    // The same page from the bundle's own IR as from its spec.
    const page = async (...argv: string[]) => {
      const out = join(dir, "page.html");
      expect((await mixc("report", bundle, ...argv, "--no-bench", "-o", out)).code).toBe(0);
      const { source: _, ...report } = embeddedReport(readFileSync(out, "utf8"));
      return report;
    };
    const own = await page();
    expect(own.nodes.length).toBeGreaterThan(10);
    expect(own).toEqual(await page("--spec", "test/golden/small.mix"));
    // As an earlier mixc wrote it: without the IR section.
    const bytes = readFileSync(bundle);
    const ir = sections(bytes).find((s) => s.name === IR_SECTION)!;
    const bare = join(dir, "bare.wasm");
    writeFileSync(bare, Buffer.concat([bytes.subarray(0, ir.start), bytes.subarray(ir.end)]));
    expect(await mixc("report", bare)).toMatchObject({ code: 2, err: "mixc: bare.wasm carries no IR (an earlier mixc wrote it): name the spec it was compiled from with --spec SPEC\n" });
    expect((await mixc("report", bare, "--spec", "test/golden/small.mix", "--no-bench", "-o", join(dir, "bare.html"))).code).toBe(0);
    expect(await mixc("report", "test/golden/small.mix", "--spec", "specs/mixnet-s.mix")).toMatchObject({ code: 2, err: "mixc: --spec is for a bundle; this is a spec\n" });
    expect(await mixc("report", bundle, "--spec", "specs/mixnet-s.mix", "--no-bench", "-o", join(dir, "x.html"))).toMatchObject({
      code: 1,
      err: `${bundle} (from specs/mixnet-s.mix): the bundle was not compiled from this spec: its layer 1 is stem (13824 MACs), the spec's is stem (5419008 MACs)\n`,
    });
    const other = join(dir, "other.json");
    writeFileSync(other, JSON.stringify({ median_ms: 1, p10_ms: 1, p90_ms: 1, runs: 1, layers: [{ name: "stem", kernels: [], macs: 1, ms: 1, gflops: 1 }] }));
    expect(await mixc("report", bundle, "--spec", "test/golden/small.mix", "--bench", other, "-o", join(dir, "y.html"))).toMatchObject({ code: 1, err: `${other}: its layers are not the bundle's (no layer blocks.0.0.bn1.relu)\n` });
    expect(await mixc("report", bundle, "--spec", "test/golden/small.mix", "--bench", other, "--no-bench")).toMatchObject({ code: 2, err: "mixc: --bench and --no-bench exclude each other\n" });
    expect(await mixc("report", bundle, "--spec", "test/golden/small.mix", "--bench", other, "--runs", "3")).toMatchObject({ code: 2, err: "mixc: --runs and --warmup are for timing here, not with --bench or --no-bench\n" });
    expect(await mixc("report", "test/golden/small.mix", "--runs", "0")).toMatchObject({ code: 2, err: "mixc: --runs needs at least 1\n" });
  });
});
