// Timing helpers. Contenders run interleaved in one process so that load from other
// tenants of a shared machine hits them alike and their ratio holds.

export interface Contender {
  name: string;
  run: () => Promise<unknown> | unknown;
}

/** p-th percentile (0..100) with linear interpolation between order statistics. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Warms each contender up, then times them round-robin (A B A B ...); milliseconds per run. */
export async function alternate(
  contenders: readonly Contender[],
  opts: { warmup: number; rounds: number },
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  for (const c of contenders) {
    if (times.has(c.name)) throw new Error(`duplicate contender name ${c.name}`);
    times.set(c.name, []);
    for (let i = 0; i < opts.warmup; i++) await c.run();
  }
  for (let r = 0; r < opts.rounds; r++) {
    for (const c of contenders) {
      const t0 = performance.now();
      await c.run();
      times.get(c.name)!.push(performance.now() - t0);
    }
  }
  return times;
}

/** "median (p10-p90)" in milliseconds, one decimal. */
export const spread = (t: readonly number[]) => `${median(t).toFixed(1)} (${percentile(t, 10).toFixed(1)}-${percentile(t, 90).toFixed(1)})`;

/** A markdown table of a header row and its rows. */
export const markdownTable = (header: string[], rows: string[][]) => [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
