// The compiled JPEG decoder (kernels/assembly/jpeg/), compiled once and shared.
// This is the one place that gets the module: the edge-worker build swaps this
// file for one that imports a precompiled jpeg.wasm, as workerd cannot compile
// WebAssembly at run time.
import { JPEG_WASM_BASE64 } from "../../generated/jpeg-wasm.ts";

let compiled: Promise<WebAssembly.Module> | undefined;

export function jpegModule(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compile(base64Bytes(JPEG_WASM_BASE64));
  return compiled;
}

/** atob, which Node, browsers and workerd all have (Node's Buffer is not in the others). */
function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
