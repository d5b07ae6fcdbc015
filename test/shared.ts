// Access to ../shared (the PyTorch reference fixtures). In CI a missing
// ../shared fails loudly; on a user's machine the tests that need it skip,
// saying so.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export const SHARED = resolve(import.meta.dirname, "../../shared");
export const hasShared = existsSync(`${SHARED}/fixtures`);

if (!hasShared) {
  if (process.env.CI) throw new Error(`CI: the reference fixtures are missing: ${SHARED}/fixtures must exist beside the repository`);
  console.warn(`skipping the tests that need ${SHARED}/fixtures: not found`);
}

export interface Checkpoint {
  name: string;
  shape: number[];
  mean: number;
  std: number;
  min: number;
  max: number;
  first8: number[];
}

export interface Fixture {
  dir: string;
  weights: string;
  input: Float32Array;
  logitsF64: Float64Array;
  meta: {
    top5: number[];
    params: { params_total: number; params_excluding_bn: number; params_bn: number };
    macs: { macs_total: number };
    checkpoints: Checkpoint[];
  };
}

export function fixture(name: string): Fixture {
  const dir = `${SHARED}/fixtures/${name}`;
  const bytes = (file: string) => {
    const b = readFileSync(`${dir}/${file}`);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  return {
    dir,
    weights: `${dir}/weights.safetensors`,
    input: new Float32Array(bytes("input.bin")),
    logitsF64: new Float64Array(bytes("logits_f64.bin")),
    meta: JSON.parse(readFileSync(`${dir}/meta.json`, "utf8")),
  };
}

/** The fixtures' tolerance: max |y - ref| <= 1e-4 * max(1, max |ref|). */
export function tolerance(ref: ArrayLike<number>): number {
  let m = 1;
  for (let i = 0; i < ref.length; i++) m = Math.max(m, Math.abs(ref[i]!));
  return 1e-4 * m;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

export function top(values: ArrayLike<number>, k: number): number[] {
  return Array.from(values, (v, i) => [v, i] as const)
    .sort((x, y) => y[0] - x[0])
    .slice(0, k)
    .map(([, i]) => i);
}
