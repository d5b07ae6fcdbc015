// Parameters and MACs per layer and in total (the numbers of `mixc stats`),
// and the MixConv paper's figures beside the network's.
import type { Stats } from "../ir/stats.ts";
import type { ElementwiseOps } from "./elementwise.ts";
import { escapeHtml as h } from "./escape.ts";
import { FLOPS_NOTE, type PaperModel } from "./paper.ts";
import { millions, percent, thousands } from "../units.ts";

function paperTable(network: string, stats: Stats, ew: ElementwiseOps, models: PaperModel[], match: string | undefined): string {
  const ours = stats.macs_total + ew.total;
  const paperRows = models.map((m) => `<tr${m.model === match ? ' class="match"' : ""}><td>${m.model} (paper)</td><td class="num">${millions(m.params)}</td><td class="num">${millions(m.flops)} FLOPS</td><td class="num">-</td><td class="num">${m.top1}%</td></tr>`);
  const matched = models.find((m) => m.model === match);
  const versus = matched ? `<p>For ${matched.model}: MACs plus elementwise operations are ${millions(ours)}, ${percent(Math.abs(ours / matched.flops - 1))} ${ours > matched.flops ? "above" : "below"} the paper's ${millions(matched.flops)}; MACs alone are ${percent(1 - stats.macs_total / matched.flops)} below it.</p>` : "";
  return [
    `<table class="paper"><thead><tr><th>network</th><th>parameters</th><th>MACs (mixc) / FLOPS (paper)</th><th>MACs + elementwise</th><th>ImageNet top-1</th></tr></thead><tbody>`,
    `<tr class="ours"><td>${h(network)} (this network)</td><td class="num">${millions(stats.params_total)}</td><td class="num">${millions(stats.macs_total)} MACs</td><td class="num">${millions(ours)}</td><td class="num">-</td></tr>`,
    ...paperRows,
    `</tbody></table>`,
    `<p class="note">${h(FLOPS_NOTE)} Elementwise here: BatchNorm ${thousands(ew.batchnorm)}, activations ${thousands(ew.act)}, residual adds ${thousands(ew.add)}, SE multiply ${thousands(ew.mul)}, pooling ${thousands(ew.mean)}: ${thousands(ew.total)} in all.</p>`,
    versus,
  ].join("\n");
}

export function statsSection(network: string, stats: Stats, ew: ElementwiseOps, models: PaperModel[], match: string | undefined): string {
  const maxMacs = Math.max(1, ...stats.layers.map((l) => l.macs));
  const rows = stats.layers.map(
    (l) =>
      `<tr data-layer="${h(l.name)}"><td class="name">${h(l.name)}</td><td>${h(l.op)}</td><td>[${l.shape.join("&times;")}]</td><td class="num params">${thousands(l.params)}</td><td class="num macs">${thousands(l.macs)}</td>` +
      `<td class="barcell"><span class="bar macs" style="width:${((l.macs / maxMacs) * 100).toFixed(1)}%"></span></td><td class="num">${percent(l.macs / Math.max(1, stats.macs_total))}</td></tr>`,
  );
  return [
    `<section id="stats"><h2>Parameters and MACs</h2>`,
    `<p class="lede">Per layer of the network before fusion, as <code>mixc stats</code> counts them: <b data-value="params_total">${thousands(stats.params_total)}</b> parameters (${thousands(stats.params_excluding_bn)} excluding BatchNorm) and <b data-value="macs_total">${thousands(stats.macs_total)}</b> multiply-accumulates for one image.</p>`,
    paperTable(network, stats, ew, models, match),
    `<table class="stats"><thead><tr><th>layer</th><th>op</th><th>output</th><th>params</th><th>MACs</th><th colspan="2">share of MACs</th></tr></thead><tbody>`,
    ...rows,
    `<tr class="total"><td>total</td><td></td><td></td><td class="num">${thousands(stats.params_total)}</td><td class="num">${thousands(stats.macs_total)}</td><td></td><td class="num">100%</td></tr>`,
    `</tbody></table></section>`,
  ].join("\n");
}
