// Timing a loaded bundle, as `mixc bench --json` reports it and `mixc report`
// draws it: latency percentiles over whole runs, and each layer's median time
// with its share of the layers' total.
import type { LayerTime, Model } from "../runtime/index.ts";

export type TimedLayer = LayerTime & { share: number };

export interface Timing {
  model: string;
  backend: string;
  variant: string;
  /** Threads each inference ran on. */
  threads: number;
  fallback?: string;
  runs: number;
  median_ms: number;
  p10_ms: number;
  p90_ms: number;
  layers?: TimedLayer[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))]!;

/** Each layer's share of the layers' total time, slowest first when `byTime`. */
export function withShares(layers: LayerTime[], byTime = false): TimedLayer[] {
  const total = layers.reduce((n, l) => n + l.ms, 0);
  const shared = layers.map((l) => ({ ...l, share: total > 0 ? l.ms / total : 0 }));
  return byTime ? shared.sort((a, b) => b.ms - a.ms) : shared;
}

/** Times `runs` inferences after `warmup`, on a fixed input; per layer (over up to 20 runs) when asked. */
export async function timeModel(model: Model, o: { runs: number; warmup: number; perLayer: boolean; byTime?: boolean }): Promise<Timing> {
  const input = new Float32Array(model.meta.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.sin(i));
  for (let i = 0; i < o.warmup; i++) await model.run(input);
  const times: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    await model.run(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const timing: Timing = { model: model.meta.name, backend: model.backend, variant: model.variant, threads: model.threads, ...(model.fallback ? { fallback: model.fallback } : {}), runs: o.runs, median_ms: percentile(times, 50), p10_ms: percentile(times, 10), p90_ms: percentile(times, 90) };
  if (o.perLayer) timing.layers = withShares(await model.profile(Math.max(1, Math.min(o.runs, 20))), o.byTime);
  return timing;
}
