// The memory plan as a chart: each buffer a bar spanning the op steps it is
// live (x) at its offset in the arena (y), the arena's size (the plan's peak)
// marked, the step with the most live bytes marked, and beside it the arena
// against the sum of all buffers (what a plan without reuse would need).
import type { ArenaPlan } from "./arena-buffers.ts";
import { escapeHtml as h } from "./escape.ts";
import { binarySize, percent } from "../units.ts";

const W = 880;
const H = 320;
const LEFT = 70;
const BOTTOM = 28;
const TOP = 22;

function chart(plan: ArenaPlan, ops: string[]): string {
  const steps = ops.length + 1;
  const sx = (W - LEFT - 10) / steps;
  const sy = (H - BOTTOM - TOP) / Math.max(1, plan.arenaBytes);
  const y = (bytes: number) => H - BOTTOM - bytes * sy;
  const bars = plan.buffers.map((b) => {
    const label = `%${b.owner}${b.kind === "scratch" ? " scratch" : ""}: ${binarySize(b.bytes)} at ${b.offset}, live ops ${b.first}-${b.last}`;
    return `<rect class="${b.kind}" x="${(LEFT + b.first * sx).toFixed(1)}" y="${y(b.offset + b.bytes).toFixed(1)}" width="${Math.max(1, (b.last - b.first + 1) * sx - 1).toFixed(1)}" height="${Math.max(1, b.bytes * sy).toFixed(1)}"><title>${h(label)}</title></rect>`;
  });
  const peakX = LEFT + (plan.peakStep + 0.5) * sx;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => `<text class="tick" x="${LEFT - 6}" y="${(y(f * plan.arenaBytes) + 4).toFixed(1)}" text-anchor="end">${f === 0 ? "0" : binarySize(f * plan.arenaBytes)}</text>`);
  return [
    `<svg class="memory" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="memory plan">`,
    `<line class="axis" x1="${LEFT}" y1="${H - BOTTOM}" x2="${W - 10}" y2="${H - BOTTOM}"/><line class="axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${H - BOTTOM}"/>`,
    ...ticks,
    ...bars,
    `<line class="peak" x1="${LEFT}" y1="${y(plan.arenaBytes).toFixed(1)}" x2="${W - 10}" y2="${y(plan.arenaBytes).toFixed(1)}"/>`,
    `<text class="peak-label" x="${W - 12}" y="${(y(plan.arenaBytes) - 6).toFixed(1)}" text-anchor="end">arena ${binarySize(plan.arenaBytes)} (the plan's peak)</text>`,
    `<line class="busiest" x1="${peakX.toFixed(1)}" y1="${TOP}" x2="${peakX.toFixed(1)}" y2="${H - BOTTOM}"><title>${h(`most bytes live at op ${plan.peakStep}: ${binarySize(plan.peakLiveBytes)}`)}</title></line>`,
    `<text class="tick" x="${LEFT + 4}" y="${H - 8}">op step &rarr; (0 to ${ops.length}; hover a bar for its value)</text>`,
    `</svg>`,
  ].join("\n");
}

export function memorySection(plan: ArenaPlan, ops: string[]): string {
  const scale = (bytes: number) => `${((bytes / Math.max(plan.naiveBytes, plan.arenaBytes)) * 100).toFixed(1)}%`;
  const busiest = plan.peakStep < ops.length ? `%${ops[plan.peakStep]}` : "the output";
  return [
    `<section id="memory"><h2>Memory plan</h2>`,
    `<p class="lede">${plan.buffers.length} buffers (each op's output, and scratch space) share one arena: a buffer's bytes are reused once its last reader has run. Each bar spans the ops during which its buffer is live, at its offset in the arena; darker bars are scratch space. The most bytes are live at op ${plan.peakStep} (${h(busiest)}): ${binarySize(plan.peakLiveBytes)}.</p>`,
    chart(plan, ops),
    `<div class="compare">`,
    `<div class="row"><span class="what">arena (planned)</span><span class="bar arena" style="width:${scale(plan.arenaBytes)}"></span><span class="num" data-value="arena">${binarySize(plan.arenaBytes)} (${plan.arenaBytes} bytes)</span></div>`,
    `<div class="row"><span class="what">naive sum of buffers</span><span class="bar naive" style="width:${scale(plan.naiveBytes)}"></span><span class="num" data-value="naive">${binarySize(plan.naiveBytes)} (${plan.naiveBytes} bytes)</span></div>`,
    `<p>The plan needs ${percent(plan.arenaBytes / plan.naiveBytes)} of the naive sum.</p>`,
    `</div></section>`,
  ].join("\n");
}
