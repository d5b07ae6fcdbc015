// Tile widths and alignments that the layout pass, the memory plan and the
// kernels (wasm and WGSL) must agree on. Change them here and nowhere else.

/**
 * Output channels per block of the pointwise and stem kernels (their register
 * tile's width, NR). Every activation's channels are padded to it, so that a
 * block never straddles a value's end.
 */
export const CHANNEL_BLOCK = 8;

/** Bytes of one such block: a weight row or a pixel's outputs, two f32x4 in the wasm kernels. */
export const CHANNEL_BLOCK_BYTES = CHANNEL_BLOCK * 4;

/** Pixels per register tile of the wasm pointwise kernel (MR). */
export const PIXEL_TILE = 4;

/** Outputs per block of the classifier kernels; the logits are padded to it. */
export const LOGITS_BLOCK = 16;

/** Byte alignment of every arena buffer and of each call's packed weights. */
export const BUFFER_ALIGN = 64;
