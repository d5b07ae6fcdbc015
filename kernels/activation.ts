// The activation functions: the language names these, the IR carries them, and
// both kernel families (wasm, WGSL) and the reference interpreter implement each.
export const ACTIVATIONS = ["relu", "relu6", "swish", "sigmoid", "hswish", "hsigmoid"] as const;

/** An op's fused activation, or none. */
export type Act = (typeof ACTIVATIONS)[number] | "none";

/** The SE kernels' name suffix for their gate: none for the sigmoid, the usual one. */
export const gateSuffix = (gate: Act) => (gate === "sigmoid" ? "" : `_gate_${gate}`);
