// The WebAssembly program of a lowered graph: every kernel function once, a
// `run` function calling them in schedule order with constant addresses, and
// the packed weights where the memory layout placed them (../memory-layout.ts).
//   memory: [weights][arena][input][staging]   exports: memory, run, run_layer, layers, input, output
// Weights stored as f16 or int8 sit in the arena until the start function
// has expanded them into the weights region (see weight-storage.ts). A network
// that takes images has its preprocessing compiled in (preprocess-kernel.ts):
// the runtime grows the memory for a photo's staging, up to wasm32's 4 GiB.
import { memoryError } from "../../passes/limits.ts";
import binaryen from "binaryen";
import { activationGlobals } from "../../../kernels/wasm/activation.ts";
import { expandKernel, expandName, ZERO, zeroKernel } from "../../../kernels/wasm/expand.ts";
import { runFloats, type StoredDtype, type WeightsDtype } from "../../../kernels/wasm/packed.ts";
import type { Graph } from "../../ir/types.ts";
import type { Weights } from "../../weights/bind.ts";
import { i32 } from "../../../kernels/wasm/wat.ts";
import { concat } from "./binary.ts";
import type { Addresses, KernelCall } from "./calls.ts";
import type { OpSchedule } from "../kernel-table.ts";
import { arenaAt, scratchAt } from "../../ir/physical.ts";
import { alignBuffer as align, blockOffset, packWeights, weightsRegion, type MemoryLayout, type PackedBlock } from "../memory-layout.ts";
import { encodeWeights, storedBytes } from "./weight-storage.ts";
import { preprocessFields } from "./preprocess-kernel.ts";
import { channelsOf, makesInput, showSize, type Preprocessing } from "../../../runtime/preprocess.ts";
import { MAX_MEMORY_BYTES } from "../../../runtime/preprocess-kernel.ts";
import { SYNC_AT, SYNC_BYTES } from "../../../runtime/thread-sync.ts";
import { threadedFields } from "./threaded.ts";

/** The program, on the memory layout that the WebGPU program mirrors. */
export interface WasmProgram extends MemoryLayout {
  /** The module without its data: types, functions, memory, exports. */
  code: Uint8Array;
  /** The same program with fused multiply-adds (relaxed SIMD), importing the memory of `code`. */
  relaxedCode: Uint8Array;
  /** Both programs' threaded twins (threaded.ts), importing a shared memory of `memoryPages`; absent when left out (edge workers have no threads). */
  threadedCode?: Uint8Array;
  threadedRelaxedCode?: Uint8Array;
  /** The memory's limits, in 64 KiB pages. */
  memoryPages: { initial: number; maximum: number };
  /** The packed float32 weights as the checkpoint gives them; with `stored`, the start function writes their rounded values here. */
  weights: Uint8Array;
  /** Weights stored in fewer bits: a data segment at `offset` (in the arena), expanded by the start function. */
  stored?: { dtype: StoredDtype; offset: number; bytes: Uint8Array };
  kernels: string[];
}

/** Parses generated text; a failure is a compiler bug, reported with the offending line. */
function parseWat(wat: string): binaryen.Module {
  try {
    return binaryen.parseText(wat);
  } catch (e) {
    const message = (e as { message?: string }).message ?? String(e);
    const line = Number(/^(\d+):/.exec(message)?.[1]);
    throw new Error(`internal: generated WebAssembly text does not parse: ${message}\n${wat.split("\n")[line - 1] ?? ""}`);
  }
}

const FEATURES = binaryen.Features.MVP | binaryen.Features.SIMD128 | binaryen.Features.NontrappingFPToInt | binaryen.Features.SignExt | binaryen.Features.MutableGlobals;

/** Text -> validated binary. No binaryen -O: V8 compiles these kernels to the same speed without it (measured), at a third of the compile time. */
export function assemble(wat: string, relaxed: boolean, threads = false): Uint8Array {
  const module = parseWat(wat);
  try {
    module.setFeatures(FEATURES | (relaxed ? binaryen.Features.RelaxedSIMD : 0) | (threads ? binaryen.Features.Atomics : 0));
    if (!module.validate()) throw new Error("internal: generated WebAssembly does not validate");
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

/**
 * Stores every weight block in `dtype`, one after another from `at`, and
 * writes the start function that expands them into their packed places.
 */
function stageWeights(packed: PackedBlock[], dtype: StoredDtype, at: number) {
  const stored = packed.map((p) => encodeWeights(p.data, p.layout, dtype, `layer %${p.layer}`));
  const calls: string[] = [];
  let src = at;
  for (const p of packed) {
    let dst = p.offset;
    for (const r of p.layout) {
      calls.push(`(call $${expandName(dtype)} ${[dst, src, r.blocks, r.keep, r.rows, r.cols, r.channel === "row" ? 1 : 0].map(i32).join(" ")})`);
      dst += runFloats(r) * 4;
      src += storedBytes([r], dtype);
    }
  }
  const bytes = concat(stored);
  const end = align(at + bytes.length);
  const text = `${expandKernel(dtype)}
  ${zeroKernel}
  (func $expand_weights
    ${calls.join("\n    ")}
    (call $${ZERO} ${i32(at)} ${i32(end)}))
  (start $expand_weights)`;
  return { stored: { dtype, offset: at, bytes }, end, text };
}

/** The preprocessing must make exactly the network's input: the spec's checks ensure it, so a mismatch is a compiler bug. */
function checkPreprocessing(p: Preprocessing, graph: Graph): void {
  if (!makesInput(p, graph.input.shape)) {
    throw new Error(`internal: preprocessing to ${channelsOf(p)} channels of ${showSize(p.crop)} for the input ${graph.input.shape.join("x")}`);
  }
}

/**
 * Builds the plain-SIMD module (which owns the memory and, in the bundle, the
 * weights, and runs the preprocessing) and a relaxed-SIMD (fused multiply-add)
 * twin that imports that memory and holds only the network's code. Both run
 * the same schedule on the same addresses.
 */
export function buildWasm(graph: Graph, schedule: OpSchedule[], memory: MemoryLayout, weights: Weights, dtype: WeightsDtype = "f32", preprocessing: Preprocessing | null = null, threads = true): WasmProgram {
  const byName = new Map(graph.ops.map((op) => [op.out, op]));
  const plain = schedule.map((s) => s.wasm);
  const fused = schedule.map((s) => s.wasmFma);
  const { arenaOffset, arenaBytes, inputOffset } = memory;
  const packed = packWeights(graph, schedule, memory, weights);
  const inputBytes = graph.input.shape.reduce((a, b) => a * b, 1) * 4;
  const staged = dtype === "f32" ? undefined : stageWeights(packed, dtype, arenaOffset);
  const pages = Math.ceil(Math.max(inputOffset + inputBytes, staged?.end ?? 0) / 65536);
  // Checked before the memory is declared: the estimate in limits.ts (checkLimits) is only a lower bound.
  const tooBig = memoryError(graph.name, { weights: arenaOffset, arena: arenaBytes, "input and staging": pages * 65536 - arenaOffset - arenaBytes });
  if (tooBig) throw tooBig;
  if (preprocessing) checkPreprocessing(preprocessing, graph);
  // Past the input: weights stored in fewer bits have been expanded out of the arena by then.
  const stagingOffset = align(inputOffset + inputBytes);
  // Growable for an image's staging (the relaxed twin imports the memory with the same limits).
  const maximum = preprocessing ? MAX_MEMORY_BYTES / 65536 : pages;
  const limits = `${pages} ${maximum}`;
  const value = (name: string) => (name === graph.input.name ? inputOffset : arenaOffset + arenaAt(byName.get(name)!));
  const at = (i: number): Addresses => ({ value, scratch: arenaOffset + scratchAt(graph.ops[i]!), weights: (j) => blockOffset(memory, i, j), layer: at });
  const kernelFields = (lowered: KernelCall[][]) => {
    const sources = new Map(lowered.flatMap((calls) => calls.map((c) => [c.kernel, c.source] as const)));
    return `${activationGlobals()}
  ${[...sources.values()].map((s) => s()).join("\n")}`;
  };
  const text = (lowered: KernelCall[][], memoryDecl: string, extra = "") => {
    // One function per op, so that a profiler can time each layer through run_layer(i).
    const layers = lowered.map((calls, i) => {
      const body = calls.map((c) => `(call $${c.kernel} ${c.args(at(i)).map((a) => `(i32.const ${a})`).join(" ")})`);
      return `(func $layer${i}\n    ${body.join("\n    ")})`;
    });
    const ids = layers.map((_, i) => `$layer${i}`);
    return `(module
  ${memoryDecl}
  ${kernelFields(lowered)}
  ${layers.join("\n  ")}
  ${extra}
  (table ${layers.length} ${layers.length} funcref)
  (elem (i32.const 0) func ${ids.join(" ")})
  (global (export "layers") i32 (i32.const ${layers.length}))
  (func (export "run_layer") (param $i i32)
    (call_indirect (local.get $i)))
  (func (export "run")
    ${ids.map((id) => `(call ${id})`).join("\n    ")}))`;
  };
  const io = `(global (export "input") i32 (i32.const ${inputOffset}))
  (global (export "output") i32 (i32.const ${value(graph.output)}))`;
  const preprocess = preprocessing ? preprocessFields(preprocessing, inputOffset, stagingOffset) : "";
  const code = assemble(
    text(
      plain,
      `(memory (export "memory") ${limits})
  ${io}`,
      [staged?.text, preprocess].filter(Boolean).join("\n  "),
    ),
    false,
  );
  const relaxedCode = assemble(text(fused, `(import "env" "memory" (memory ${limits}))`), true);
  // The threaded twins run on the initialised memory: no weights, no start function, but the preprocessing, which the calling thread runs.
  if (memory.weightsOffset < SYNC_AT + SYNC_BYTES) throw new Error(`internal: the threads' words (${SYNC_AT}..${SYNC_AT + SYNC_BYTES}) overlap the weights at ${memory.weightsOffset}`);
  const threaded = (lowered: KernelCall[][], relaxed: boolean) =>
    assemble(
      `(module
  (import "env" "memory" (memory ${limits} shared))
  (import "env" "now" (func $now (result f64)))
  (export "memory" (memory 0))
  ${io}
  ${kernelFields(lowered)}
  ${threadedFields(lowered, at)}
  ${preprocess})`,
      relaxed,
      true,
    );
  return {
    ...memory,
    code,
    relaxedCode,
    ...(threads && { threadedCode: threaded(plain, false), threadedRelaxedCode: threaded(fused, true) }),
    memoryPages: { initial: pages, maximum },
    weights: weightsRegion(memory, packed),
    ...(staged && { stored: staged.stored }),
    kernels: [...new Set(plain.flat().map((c) => c.kernel))],
  };
}
