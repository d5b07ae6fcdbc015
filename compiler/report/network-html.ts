// The network as a graph: stem, blocks and head left to right, each a column
// of its ops top to bottom. A convolution shows its groups as a bar split by
// output channels, each part labelled with its kernel size; every op shows
// what was fused into it and its output shape.
import { escapeHtml as h } from "./escape.ts";
import type { ReportGroup, ReportNode } from "./model.ts";
import { thousands } from "../units.ts";

/** One colour per kernel size, the same across the page. */
export const KERNEL_COLOURS: Record<number, string> = { 1: "#8da0cb", 3: "#66c2a5", 5: "#fc8d62", 7: "#e78ac3", 9: "#a6d854", 11: "#ffd92f" };
const colour = (k: number) => KERNEL_COLOURS[k] ?? "#b3b3b3";

/** The groups as one bar, each part as wide as its output channels. */
function groupBar(groups: ReportGroup[]): string {
  const width = 176;
  const total = groups.reduce((n, g) => n + g.cout, 0);
  let x = 0;
  const parts = groups.map((g) => {
    const w = (g.cout / total) * width;
    const part = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="16" fill="${colour(g.k)}" stroke="#fff"><title>${g.k}x${g.k}: ${g.cin} in, ${g.cout} out channels</title></rect>${w > 30 ? `<text x="${(x + w / 2).toFixed(1)}" y="12" text-anchor="middle">${g.k}x${g.k}</text>` : ""}`;
    x += w;
    return part;
  });
  return `<svg class="groups" width="${width}" height="16" viewBox="0 0 ${width} 16" role="img" aria-label="groups">${parts.join("")}</svg>`;
}

function kindOf(n: ReportNode): string {
  if (!n.groups) return n.op;
  const kernels = [...new Set(n.groups.map((g) => `${g.k}x${g.k}`))].join(",");
  const name = n.depthwise ? (n.groups.length > 1 ? "MixConv" : "depthwise") : "conv";
  const grouped = !n.depthwise && n.groups.length > 1 ? ` ${n.groups.length} groups` : "";
  return `${name} ${kernels}${grouped}${n.stride !== 1 ? ` s${n.stride}` : ""}`;
}

const splits = (groups: ReportGroup[]) => groups.map((g) => `${g.k}x${g.k}: ${g.cin}&rarr;${g.cout}`).join(" &middot; ");

function opCard(n: ReportNode): string {
  const badges = n.fused.map((f) => `<span class="badge ${f.startsWith("act") ? "act" : f === "residual" ? "res" : "gate"}">${h(f)}</span>`).join("");
  return [
    `<div class="op op-${h(n.op)}" data-layer="${h(n.name)}">`,
    `<div class="op-name">${h(n.name)}</div>`,
    `<div class="op-kind">${h(kindOf(n))}</div>`,
    n.groups ? `${groupBar(n.groups)}<div class="split">${splits(n.groups)}</div>` : "",
    badges ? `<div class="badges">${badges}</div>` : "",
    `<div class="op-shape">[${n.shape.join("&times;")}]${n.macs ? ` &middot; ${thousands(n.macs)} MACs` : ""}</div>`,
    n.inputs.length ? `<div class="op-ins">also reads ${n.inputs.map((i) => `%${h(i)}`).join(", ")}</div>` : "",
    `</div>`,
  ].join("");
}

export function networkSection(nodes: ReportNode[]): string {
  const columns: { block: string; nodes: ReportNode[] }[] = [];
  for (const n of nodes) {
    if (columns.at(-1)?.block !== n.block) columns.push({ block: n.block, nodes: [] });
    columns.at(-1)!.nodes.push(n);
  }
  const legend = Object.entries(KERNEL_COLOURS).map(([k, c]) => `<span class="swatch" style="background:${c}"></span>${k}x${k}`).join(" ");
  return [
    `<section id="network"><h2>Network</h2>`,
    `<p class="lede">The compiled graph: ${nodes.length} ops after fusion, in ${columns.length} columns (stem, each block, head). Bars show a convolution's groups, as wide as their output channels; badges show what was fused into an op. Kernel sizes: ${legend}</p>`,
    `<div class="flow">`,
    ...columns.map((c) => `<div class="block" data-block="${h(c.block)}"><h3>${c.block === "stem" || c.block === "head" ? c.block : `block ${h(c.block)}`}</h3>${c.nodes.map(opCard).join('<div class="arrow">&darr;</div>')}</div>`),
    `</div></section>`,
  ].join("\n");
}
