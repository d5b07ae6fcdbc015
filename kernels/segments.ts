// How a grouped 1x1 convolution splits into segments of output channel blocks
// that read one input channel range: the unit of the wasm kernel's calls, of
// the WebGPU dispatches and of the packed weights alike.
import { CHANNEL_BLOCK as NR } from "./tiles.ts";

/** A run of output blocks that read the same input channel range. */
export interface PointwiseSegment {
  /** First output block (of 8 channels). */
  block: number;
  blocks: number;
  /** Input channel range [ciStart, ciStart + cin). */
  ciStart: number;
  cin: number;
}

/**
 * Splits a grouped 1x1 conv into segments. Each block of 8 output channels
 * reads the union of its channels' group input ranges; blocks of padding
 * channels read one channel with zero weights.
 */
export function pointwiseSegments(groups: { cin: number; cout: number }[], coutPadded: number): PointwiseSegment[] {
  const ranges: [number, number][] = [];
  let ci0 = 0;
  for (const g of groups) {
    for (let c = 0; c < g.cout; c++) ranges.push([ci0, ci0 + g.cin]);
    ci0 += g.cin;
  }
  const segments: PointwiseSegment[] = [];
  for (let b = 0; b < coutPadded / NR; b++) {
    const real = ranges.slice(b * NR, b * NR + NR);
    const lo = real.length ? Math.min(...real.map((r) => r[0])) : 0;
    const hi = real.length ? Math.max(...real.map((r) => r[1])) : 1;
    const last = segments.at(-1);
    if (last && last.ciStart === lo && last.cin === hi - lo) last.blocks++;
    else segments.push({ block: b, blocks: 1, ciStart: lo, cin: hi - lo });
  }
  return segments;
}
