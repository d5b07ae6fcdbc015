// The report as one self-contained HTML page: inline CSS, inline SVG and a few
// lines of inline script, system fonts, and a Content-Security-Policy that
// forbids the page any request at all. The report's data is embedded as JSON
// (<script id="mixc-report">) beside what it draws.
import { escapeHtml as h, scriptJson } from "./escape.ts";
import { memorySection } from "./memory-svg.ts";
import type { Report } from "./model.ts";
import { networkSection } from "./network-html.ts";
import { statsSection } from "./stats-html.ts";
import { SORT_SCRIPT, timingSection } from "./timing-html.ts";
import { binarySize, thousands } from "../units.ts";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const CSS = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6476; --line: #d9dde5; --accent: #2f6fde; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f7f9; }
header { padding: 18px 28px; background: #1d2330; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header .facts { color: #c9d1e0; }
nav { padding: 8px 28px; background: #fff; border-bottom: 1px solid var(--line); }
nav a { margin-right: 18px; color: var(--accent); text-decoration: none; }
section { margin: 18px 28px; padding: 16px 20px; background: #fff; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
h2 { margin: 0 0 8px; font-size: 18px; }
.lede, .note { color: var(--muted); max-width: 1100px; }
.notes li { color: var(--muted); }
.flow { display: flex; gap: 10px; align-items: flex-start; overflow-x: auto; padding-bottom: 6px; }
.block { flex: 0 0 auto; width: 200px; background: #f1f4f9; border: 1px solid var(--line); border-radius: 6px; padding: 6px; }
.block h3 { margin: 0 0 6px; font-size: 13px; text-align: center; }
.op { background: #fff; border: 1px solid #c7cedb; border-radius: 5px; padding: 4px 6px; font-size: 11.5px; }
.op-conv { border-left: 4px solid #66c2a5; } .op-se { border-left: 4px solid #e78ac3; } .op-mean, .op-linear { border-left: 4px solid #8da0cb; }
.op-name { font-weight: 600; word-break: break-all; }
.op-kind, .op-shape, .op-ins, .split { color: var(--muted); }
.groups { display: block; margin: 3px 0; font-size: 10px; }
.arrow { text-align: center; color: #98a1b3; line-height: 14px; }
.badge { display: inline-block; margin: 2px 3px 0 0; padding: 0 5px; border-radius: 8px; font-size: 10.5px; background: #e8eefc; }
.badge.act { background: #e3f4ec; } .badge.gate { background: #fbe6f2; } .badge.res { background: #fff1d6; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 3px 0 8px; border-radius: 2px; vertical-align: -1px; }
svg text { font: 10px system-ui, sans-serif; fill: var(--ink); }
svg.memory rect.value { fill: #7fa7e8; stroke: #fff; stroke-width: 0.5; }
svg.memory rect.scratch { fill: #2a4f96; stroke: #fff; stroke-width: 0.5; }
svg .axis { stroke: #98a1b3; } svg .tick { fill: var(--muted); }
svg .peak { stroke: #d03b3b; stroke-dasharray: 5 3; stroke-width: 1.5; } svg .peak-label { fill: #d03b3b; font-weight: 600; }
svg .busiest { stroke: #e09a1a; stroke-width: 2; stroke-dasharray: 2 2; }
.compare { max-width: 880px; } .compare .row { display: flex; align-items: center; gap: 8px; margin: 4px 0; }
.compare .what { flex: 0 0 190px; } .compare .num { white-space: nowrap; }
.bar { display: inline-block; height: 12px; border-radius: 2px; vertical-align: middle; min-width: 1px; }
.bar.arena { background: #7fa7e8; } .bar.naive { background: #c7cedb; } .bar.time { background: #f28e2b; } .bar.peak { background: #59a14f; } .bar.macs { background: #8da0cb; }
.compare .bar { height: 16px; max-width: 560px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 12.5px; }
th, td { padding: 2px 8px; border-bottom: 1px solid #eceef2; text-align: left; white-space: nowrap; }
th { background: #f1f4f9; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.barcell { width: 160px; } td.kernels { color: var(--muted); font-size: 11px; }
tr.total td { font-weight: 600; border-top: 2px solid var(--line); }
tr.match td, tr.ours td { background: #fff8e1; }
button { font: inherit; padding: 1px 8px; }
`;

function header(r: Report): string {
  const b = r.bundle;
  const weights = b.weightsDtype === "f32" ? `weights ${binarySize(b.weightsBytes)} float32` : `weights ${binarySize(b.weightsStoredBytes)} stored as ${b.weightsDtype} (${binarySize(b.weightsBytes)} as float32)`;
  return [
    `<header><h1>${h(r.network)}</h1>`,
    `<div class="facts">${h(r.source)} &middot; input [${r.input.join("&times;")}] &rarr; output [${r.output.join("&times;")}] &middot; ${thousands(r.nodes.length)} ops, ${b.layers} layers &middot; ${weights} &middot; code ${binarySize(b.codeBytes)} &middot; arena ${binarySize(b.arenaBytes)} &middot; WebGPU program: ${b.webgpu ? "yes" : "no"} &middot; ${h(b.compiler)}</div></header>`,
    `<nav><a href="#network">Network</a><a href="#memory">Memory plan</a><a href="#timing">Time per layer</a><a href="#stats">Parameters and MACs</a></nav>`,
  ].join("\n");
}

export function renderReport(r: Report): string {
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${h(r.network)}: mixc report</title>`,
    `<style>${CSS}</style></head><body>`,
    header(r),
    r.notes.length ? `<section id="notes"><ul class="notes">${r.notes.map((n) => `<li>${h(n)}</li>`).join("")}</ul></section>` : "",
    networkSection(r.nodes),
    memorySection(r.memory, r.nodes.map((n) => n.name)),
    timingSection(r.timing, r.peak),
    statsSection(r.network, r.stats, r.elementwise, r.paper.models, r.paper.match),
    `<script type="application/json" id="mixc-report">${scriptJson(r)}</script>`,
    `<script>${SORT_SCRIPT}</script>`,
    "</body></html>",
    "",
  ].join("\n");
}
