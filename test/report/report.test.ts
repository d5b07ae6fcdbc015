// `mixc report`: one self-contained HTML page, opened in Debian's Chromium.
// It loads nothing but itself and logs no error; its numbers are those of
// `mixc stats --json` and `mixc bench --json` for the same bundle (int8
// weights, no WebGPU program); every layer appears; it is not blank.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { decodeImage } from "../../runtime/image/decode.ts";
import { mixc } from "../mixc.ts";
import { browsing, hasChromium } from "../browser/chromium.ts";
import { embeddedReport, pixelVariance } from "./page-data.ts";

const SMALL = "test/golden/small.mix";
const dir = mkdtempSync(join(tmpdir(), "mixc-report-"));
const path = (name: string) => join(dir, name);

async function ok(...argv: string[]): Promise<string> {
  const r = await mixc(...argv);
  expect(r.err).not.toContain("error");
  expect(r.code).toBe(0);
  return r.out;
}

/** Opens a served page, collecting console errors, page errors and every request it makes. */
async function open(browserPage: Page, url: string): Promise<{ problems: string[]; requests: string[] }> {
  const problems: string[] = [];
  const requests: string[] = [];
  browserPage.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  browserPage.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  browserPage.on("request", (r) => requests.push(r.url()));
  await browserPage.goto(url);
  return { problems, requests };
}

describe.skipIf(!hasChromium)("mixc report in Chromium", () => {
  const made = {} as { stats: Record<string, unknown>; bench: { layers: { name: string; ms: number; macs: number; gflops: number; share: number }[]; median_ms: number } };
  const site = browsing(async () => {
    await ok("compile", SMALL, "--seed", "3", "--weights-dtype", "int8", "--target", "wasm", "-o", path("small.wasm"));
    const bench = await ok("bench", path("small.wasm"), "--runs", "3", "--warmup", "1", "--per-layer", "--sort", "time", "--json");
    writeFileSync(path("bench.json"), bench);
    made.bench = JSON.parse(bench);
    made.stats = JSON.parse(await ok("stats", SMALL, "--json"));
    // The bundle carries its IR: no spec needed.
    await ok("report", path("small.wasm"), "--bench", path("bench.json"), "-o", path("small.html"));
    await ok("report", SMALL, "--runs", "2", "-o", path("measured.html"));
    const html = (file: string) => ({ type: "text/html", body: readFileSync(path(file)) });
    return { "/small.html": html("small.html"), "/measured.html": html("measured.html") };
  });

  it("opens with no console error, no page error and no request beyond the page itself", async () => {
    for (const page of ["/small.html", "/measured.html"]) {
      const p = await site.browser.newPage();
      const { problems, requests } = await open(p, site.url + page);
      expect(problems).toEqual([]);
      expect(requests).toEqual([site.url + page]);
      await p.close();
    }
  });

  it("shows the numbers of mixc stats --json and mixc bench --json for the same bundle", async () => {
    const report = embeddedReport(readFileSync(path("small.html"), "utf8"));
    const { network: _, input: __, ...stats } = made.stats;
    expect(report.stats).toEqual(stats);
    const byName = new Map(made.bench.layers.map((l) => [l.name, l]));
    expect(report.timing!.layers.map((l) => byName.get(l.name))).toEqual(report.timing!.layers);
    expect(report.timing!.median_ms).toBe(made.bench.median_ms);
    expect(report.bundle).toMatchObject({ weightsDtype: "int8", webgpu: false, layers: 14 });

    const p = await site.browser.newPage();
    await open(p, `${site.url}/small.html`);
    const text = (selector: string) => p.locator(selector).first().innerText();
    expect(await text('[data-value="params_total"]')).toBe((stats.params_total as number).toLocaleString("en-US"));
    expect(await text('[data-value="macs_total"]')).toBe((stats.macs_total as number).toLocaleString("en-US"));
    expect(await text('[data-value="median_ms"]')).toBe(made.bench.median_ms.toFixed(3));
    for (const l of made.bench.layers) {
      const row = p.locator(`table.timing tr[data-layer="${l.name}"]`);
      expect(await row.locator("td.ms").innerText()).toBe(l.ms.toFixed(3));
      expect(await row.locator("td.share").innerText()).toBe(`${(l.share * 100).toFixed(1)}%`);
      expect(await row.locator("td.gflops").innerText()).toBe(l.gflops.toFixed(1));
    }
    for (const l of stats.layers as { name: string; params: number; macs: number }[]) {
      const row = p.locator(`table.stats tr[data-layer="${l.name}"]`);
      expect(await row.locator("td.params").innerText()).toBe(l.params.toLocaleString("en-US"));
      expect(await row.locator("td.macs").innerText()).toBe(l.macs.toLocaleString("en-US"));
    }
    await p.close();
  });

  it("shows every layer: each op of the compiled network in the graph, each of the stats and of the timing in its table", async () => {
    const ir = await ok("ir", SMALL, "--wide");
    const ops = [...ir.matchAll(/^ {2}%(\S+) +=/gm)].map((m) => m[1]);
    expect(ops).toHaveLength(14);
    const p = await site.browser.newPage();
    await open(p, `${site.url}/small.html`);
    expect(await p.locator(".op[data-layer]").evaluateAll((els) => els.map((e) => e.getAttribute("data-layer")))).toEqual(ops);
    expect(await p.locator(".block h3").allInnerTexts()).toEqual(["stem", "block 0.0", "block 1.0", "block 1.1", "head"]);
    const mixconv = p.locator('.op[data-layer="blocks.1.0.bn2.swish"]');
    expect(await mixconv.locator(".op-kind").innerText()).toBe("MixConv 3x3,5x5 s2");
    expect(await mixconv.locator(".split").innerText()).toBe("3x3: 12→12 · 5x5: 12→12");
    expect(await p.locator('.op[data-layer="blocks.1.1"] .badge').allInnerTexts()).toEqual(["SE gate", "residual"]);
    const statsNames = (made.stats.layers as { name: string }[]).map((l) => l.name);
    expect(await p.locator("table.stats tr[data-layer]").evaluateAll((els) => els.map((e) => e.getAttribute("data-layer")))).toEqual(statsNames);
    expect(await p.locator("table.timing tr[data-layer]").count()).toBe(14);
    await p.close();
  });

  it("draws the memory plan: a bar per buffer, the arena marked, the naive sum beside it", async () => {
    const report = embeddedReport(readFileSync(path("small.html"), "utf8"));
    expect(report.memory).toMatchObject({ arenaBytes: 8704, naiveBytes: 27392 });
    const p = await site.browser.newPage();
    await open(p, `${site.url}/small.html`);
    expect(await p.locator("svg.memory rect").count()).toBe(report.memory.buffers.length);
    expect(await p.locator("svg.memory .peak-label").innerHTML()).toBe("arena 8.5 KiB (the plan's peak)");
    expect(await p.locator('[data-value="naive"]').innerText()).toBe("26.8 KiB (27392 bytes)");
    await p.close();
  });

  it("measures the time itself for a spec, against this machine's SIMD peak, and sorts it slowest first on request", async () => {
    const report = embeddedReport(readFileSync(path("measured.html"), "utf8"));
    expect(report.timing).toMatchObject({ source: "measured by mixc report", runs: 2, backend: "wasm" });
    expect(report.peak!.gflops).toBeGreaterThan(0);
    const p = await site.browser.newPage();
    await open(p, `${site.url}/measured.html`);
    await p.locator('button[data-sort="time"]').click();
    const ms = (await p.locator("table.timing td.ms").allInnerTexts()).map(Number);
    expect(ms).toEqual([...ms].sort((a, b) => b - a));
    await p.locator('button[data-sort="order"]').click();
    expect(await p.locator("table.timing tr[data-layer]").evaluateAll((els) => els.map((e) => e.getAttribute("data-layer")))).toEqual(report.timing!.layers.map((l) => l.name));
    await p.close();
  });

  it("is not blank: a screenshot's pixels vary", async () => {
    const p = await site.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await open(p, `${site.url}/small.html`);
    const png = await p.screenshot({ fullPage: false });
    const image = await decodeImage(new Uint8Array(png));
    expect([image.width, image.height]).toEqual([1200, 900]);
    expect(pixelVariance(image.data)).toBeGreaterThan(500);
    await p.close();
  });
});
