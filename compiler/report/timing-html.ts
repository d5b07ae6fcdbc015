// Time per layer: a row per layer with its milliseconds, its share of the
// layers' total as a bar, and its GFLOP/s (2 flops per MAC) against the
// machine's measured SIMD peak. The rows can be put slowest first.
import { escapeHtml as h } from "./escape.ts";
import type { ReportPeak, ReportTiming } from "./model.ts";
import { percent, thousands } from "../units.ts";

const bar = (cls: string, fraction: number) => `<span class="bar ${cls}" style="width:${(Math.min(1, fraction) * 100).toFixed(1)}%"></span>`;

export function timingSection(timing: ReportTiming | undefined, peak: ReportPeak | undefined): string {
  if (!timing) return `<section id="timing"><h2>Time per layer</h2><p class="lede">Not timed (--no-bench).</p></section>`;
  const maxShare = Math.max(...timing.layers.map((l) => l.share), 1e-9);
  const rows = timing.layers.map(
    (l, i) =>
      `<tr data-layer="${h(l.name)}" data-order="${i}" data-ms="${l.ms}"><td class="name">${h(l.name)}</td><td class="num ms">${l.ms.toFixed(3)}</td>` +
      `<td class="barcell">${bar("time", l.share / maxShare)}</td><td class="num share">${percent(l.share)}</td>` +
      `<td class="num gflops">${l.gflops.toFixed(1)}</td>` +
      (peak ? `<td class="barcell">${bar("peak", l.gflops / peak.gflops)}</td><td class="num">${percent(l.gflops / peak.gflops)}</td>` : "") +
      `<td class="num">${thousands(l.macs)}</td><td class="kernels">${h(l.kernels.join(", "))}</td></tr>`,
  );
  const total = timing.layers.reduce((n, l) => n + l.ms, 0);
  return [
    `<section id="timing"><h2>Time per layer</h2>`,
    `<p class="lede">${h(timing.backend)} (${h(timing.variant)}), ${h(timing.source)}: median <b data-value="median_ms">${timing.median_ms.toFixed(3)}</b> ms per inference (p10 ${timing.p10_ms.toFixed(3)}, p90 ${timing.p90_ms.toFixed(3)}) over ${timing.runs} runs; the layers' medians sum to ${total.toFixed(3)} ms. ` +
      (peak ? `GFLOP/s count 2 flops per MAC, against this machine's single-thread SIMD peak, <b data-value="peak">${peak.gflops.toFixed(1)}</b> GFLOP/s (${h(peak.kind)}).` : "GFLOP/s count 2 flops per MAC.") +
      `</p>`,
    `<p class="sort">Order: <button type="button" data-sort="order">as run</button> <button type="button" data-sort="time">slowest first</button></p>`,
    `<table class="timing"><thead><tr><th>layer</th><th>ms</th><th colspan="2">share of total</th><th>GFLOP/s</th>${peak ? `<th colspan="2">of peak</th>` : ""}<th>MACs</th><th>kernels</th></tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table></section>`,
  ].join("\n");
}

/** Reorders the timing rows by a button's data-sort; inline, no network. */
export const SORT_SCRIPT = `
for (const button of document.querySelectorAll("button[data-sort]")) {
  button.addEventListener("click", () => {
    const body = document.querySelector("table.timing tbody");
    const key = button.dataset.sort === "time" ? (r) => -Number(r.dataset.ms) : (r) => Number(r.dataset.order);
    [...body.rows].sort((a, b) => key(a) - key(b)).forEach((r) => body.appendChild(r));
  });
}`;
