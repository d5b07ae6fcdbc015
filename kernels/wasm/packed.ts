// How a kernel's packed weights are laid out, so that they can be stored in
// fewer bits (f16, int8) and expanded back to this float32 layout. Every packing
// is a sequence of runs; a run is `blocks` blocks, each `keep` float32 values
// stored as they are (biases), then a rows x cols matrix of weights whose
// output channels are its columns (the lanes of a block) or its rows.

/** How weights are stored in the bundle; the kernels always read float32. */
export const WEIGHTS_DTYPES = ["f32", "f16", "int8"] as const;
export type WeightsDtype = (typeof WEIGHTS_DTYPES)[number];
export type StoredDtype = Exclude<WeightsDtype, "f32">;
export const isWeightsDtype = (s: string): s is WeightsDtype => (WEIGHTS_DTYPES as readonly string[]).includes(s);

export interface PackedRun {
  blocks: number;
  keep: number;
  rows: number;
  /** A multiple of 4 (the expansion works on f32x4). */
  cols: number;
  /** Which axis of the matrix indexes output channels (one int8 scale each). */
  channel: "col" | "row";
}

export type PackedLayout = PackedRun[];

/** The usual packing: per block of `lanes` output channels, one bias row, then `rows` rows of weights. */
export const laneBlocks = (blocks: number, rows: number, lanes: number): PackedLayout => [{ blocks, keep: lanes, rows, cols: lanes, channel: "col" }];

export const runFloats = (r: PackedRun) => r.blocks * (r.keep + r.rows * r.cols);
export const layoutFloats = (layout: PackedLayout) => layout.reduce((n, r) => n + runFloats(r), 0);
