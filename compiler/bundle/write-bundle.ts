// The bundle: one .wasm holding the code, the weights (a data segment) and the
// metadata (a "mixc" custom section). Same inputs, byte-identical output.
import { createHash } from "node:crypto";
import { version } from "../../package.json";
import { BUNDLE_FORMAT, META_SECTION, RELAXED_SECTION, THREADS_RELAXED_SECTION, THREADS_SECTION, type BundleMeta } from "../../runtime/bundle-format.ts";
import { concat, customSection, dataSection } from "../backend/wasm/binary.ts";
import type { WasmProgram } from "../backend/wasm/module.ts";
import type { Graph } from "../ir/types.ts";
import { irSection } from "./ir-section.ts";
import { kernelNames, ringRows } from "../ir/physical.ts";
import { WEBGPU_SECTION, type GpuProgram } from "../../runtime/webgpu-program.ts";
import { HASH_PLACEHOLDER, hashDigits } from "../../runtime/integrity.ts";
import { opMacs } from "../ir/stats.ts";

/** The compiler that wrote a bundle, as its metadata and `mixc --version` say: the package's own version. */
export const COMPILER = `mixc ${version}`;

/** What the bundle tells its users beyond the graph: how images become input, and the class names. */
export type ModelInfo = Pick<BundleMeta, "preprocessing" | "labels">;

/** Writes the bundle of the compiled `graph` (`shaped`: the same network after shape inference); without a WebGPU program (`--target wasm`) it runs on the CPU only. */
export function writeBundle(graph: Graph, shaped: Graph, program: WasmProgram, info: ModelInfo, gpu?: GpuProgram): { bytes: Uint8Array; meta: BundleMeta } {
  const shapes = new Map(graph.params.map((p) => [p.name, p.shape]));
  const gpuSection = gpu ? [customSection(WEBGPU_SECTION, new TextEncoder().encode(JSON.stringify(gpu)))] : [];
  const data = program.stored ? dataSection(program.stored.offset, program.stored.bytes) : dataSection(program.weightsOffset, program.weights);
  const stored = program.stored && { weightsDtype: program.stored.dtype, weightsStoredBytes: program.stored.bytes.length };
  const threaded = program.threadedCode && program.threadedRelaxedCode && [customSection(THREADS_SECTION, program.threadedCode), customSection(THREADS_RELAXED_SECTION, program.threadedRelaxedCode)];
  const twins = [customSection(RELAXED_SECTION, program.relaxedCode), ...(threaded ?? [])];
  const body = concat([program.code, data, ...twins, ...gpuSection, irSection({ shaped, compiled: graph })]);
  const meta: BundleMeta = {
    format: BUNDLE_FORMAT,
    name: graph.name,
    compiler: COMPILER,
    input: { shape: graph.input.shape, layout: "NCHW", dtype: "float32" },
    output: { shape: graph.ops.find((o) => o.out === graph.output)!.shape!, dtype: "float32" },
    preprocessing: info.preprocessing,
    labels: info.labels,
    wasm: { features: ["simd128"], variants: ["relaxed-simd", ...(threaded ? ["threads"] : [])], weightsBytes: program.weights.length, ...stored, arenaBytes: program.arenaBytes, codeBytes: program.code.length, memoryPages: program.memoryPages },
    layers: graph.ops.map((op, i) => ({ name: op.out, kernels: kernelNames(op), macs: opMacs(op, (n) => shapes.get(n)!), ...(ringRows(op) !== undefined && { timedWith: graph.ops[i + 1]!.out }) })),
    hash: HASH_PLACEHOLDER,
  };
  return sealBundle(body, meta);
}

/** The body's sections, then the metadata ending the file, its hash filled in (runtime/integrity.ts). */
export function sealBundle(body: Uint8Array, unsealed: BundleMeta): { bytes: Uint8Array; meta: BundleMeta } {
  const meta = { ...unsealed, hash: HASH_PLACEHOLDER };
  // Hashed with the placeholder in place, then the digits written over it.
  const metadata = new TextEncoder().encode(JSON.stringify(meta));
  const bytes = concat([body, customSection(META_SECTION, metadata)]);
  meta.hash = createHash("sha256").update(bytes).digest("hex");
  bytes.set(new TextEncoder().encode(meta.hash), bytes.length - metadata.length + hashDigits(metadata, HASH_PLACEHOLDER));
  return { bytes, meta };
}
