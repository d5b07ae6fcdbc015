// Node 20 keeps relaxed SIMD behind a flag; turn it on so that the tests run
// bundles' fused multiply-add code too (tests of plain SIMD ask for it).
import v8 from "node:v8";

v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
