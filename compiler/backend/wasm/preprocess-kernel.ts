// The bundle's image preprocessing: the AssemblyScript kernel
// (kernels/assembly/preprocess.ts) linked in, and the exports the runtime calls
// (runtime/preprocess-kernel.ts), with the spec's parameters written in and the
// tensor written straight into the network's input.
import { PREPROCESS_WASM_BASE64 } from "../../../generated/preprocess-wasm.ts";
import { kernelSettings, PREPROCESS_EXPORTS } from "../../../runtime/preprocess-kernel.ts";
import type { Preprocessing } from "../../../runtime/preprocess.ts";
import { linkAssembly, type LinkedKernel } from "./link-assembly.ts";

/** A float32 constant with exactly the bits Math.fround gives (a decimal literal would be rounded by the text parser, maybe differently). */
function f32(value: number): string {
  const bits = new Int32Array(Float32Array.of(value).buffer)[0]!;
  return `(f32.reinterpret_i32 (i32.const ${bits}))`;
}

/** The kernel linked once per process: its text is the same for every bundle. */
let linked: LinkedKernel | undefined;

/**
 * Module fields: the kernel and its three exports. `input` is where the
 * network reads its [channels, crop height, crop width] float32 input;
 * `staging`, past everything else, where the runtime copies the RGBA pixels.
 */
export function preprocessFields(p: Preprocessing, input: number, staging: number): string {
  const kernel = (linked ??= linkAssembly(Buffer.from(PREPROCESS_WASM_BASE64, "base64"), "preprocess"));
  const entry = (name: string) => {
    const f = kernel.functions.get(name);
    if (!f) throw new Error(`internal: the preprocessing kernel exports no '${name}'`);
    return f;
  };
  const settings = kernelSettings(p)
    .map((v) => `(i32.const ${v})`)
    .join(" ");
  const perChannel = (values: number[], unused: number) => [0, 1, 2].map((c) => f32(values[c] ?? unused)).join(" ");
  return `${kernel.text}
  (global (export "${PREPROCESS_EXPORTS.staging}") i32 (i32.const ${staging}))
  (func (export "${PREPROCESS_EXPORTS.stagingBytes}") (param $width i32) (param $height i32) (result f64)
    (call ${entry("stagingBytes")} (local.get $width) (local.get $height) ${settings}))
  (func (export "${PREPROCESS_EXPORTS.run}") (param $width i32) (param $height i32)
    (call ${entry("preprocess")} (i32.const ${staging}) (local.get $width) (local.get $height) ${settings}
      ${perChannel(p.mean, 0)} ${perChannel(p.std, 1)} (i32.const ${input})))`;
}
