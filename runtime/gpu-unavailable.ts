// Its own module so that the runtime's core can catch it without loading the
// WebGPU executor, which it imports only when a GPU backend is requested.

/** WebGPU cannot run the program here (no GPU, no adapter, a missing feature or limit): "auto" falls back to wasm. */
export class GpuUnavailableError extends Error {}
