// A `mixc bench --json --per-layer` output file read back for the report,
// checked to time the same layers as the bundle: a file from another network,
// or without --per-layer, is an error that names it.
import { UserError } from "../errors.ts";
import type { ReportTiming } from "./model.ts";

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export function readBenchJson(text: string, file: string, layerNames: string[]): ReportTiming {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${(e as Error).message}); expected the output of mixc bench --json --per-layer`);
  }
  if (typeof json !== "object" || json === null || !Array.isArray(json.layers)) throw new UserError(`${file}: no "layers": expected the output of mixc bench --json --per-layer`);
  for (const key of ["median_ms", "p10_ms", "p90_ms", "runs"]) if (!isNumber(json[key])) throw new UserError(`${file}: "${key}" is not a number`);
  const layers = json.layers as Record<string, unknown>[];
  layers.forEach((l, i) => {
    const bad = ["ms", "macs", "gflops"].find((k) => !isNumber(l?.[k]));
    if (typeof l?.name !== "string" || bad || !Array.isArray(l.kernels)) throw new UserError(`${file}: layer ${i + 1} lacks a name, kernels or a number "${bad ?? "ms"}"`);
  });
  const byName = new Map(layers.map((l) => [l.name as string, l]));
  const missing = layerNames.find((n) => !byName.has(n));
  if (missing !== undefined || byName.size !== layerNames.length) throw new UserError(`${file}: its layers are not the bundle's (${missing !== undefined ? `no layer ${missing}` : `${byName.size} layers, the bundle has ${layerNames.length}`})`);
  const total = layers.reduce((n, l) => n + (l.ms as number), 0);
  // In the bundle's order, whatever --sort the file was written with.
  const ordered = layerNames.map((n) => byName.get(n)!);
  return {
    backend: String(json.backend ?? "wasm"),
    variant: String(json.variant ?? "unknown"),
    runs: json.runs as number,
    median_ms: json.median_ms as number,
    p10_ms: json.p10_ms as number,
    p90_ms: json.p90_ms as number,
    layers: ordered.map((l) => ({ name: l.name as string, kernels: l.kernels as string[], macs: l.macs as number, ms: l.ms as number, gflops: l.gflops as number, share: isNumber(l.share) ? l.share : total > 0 ? (l.ms as number) / total : 0 })),
    source: `from ${file}`,
  };
}
