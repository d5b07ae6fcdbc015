// onnxruntime-web's WebGPU execution provider in Node, on the GPU object the
// caller passes (Dawn, npm webgpu), so that mixc and onnxruntime-web share one
// GPU in one process. Its webgpu build ("onnxruntime-web/webgpu", 1.30) is the
// native WebGPU EP compiled to wasm (ort-wasm-simd-threaded.asyncify.wasm); it
// asks navigator.gpu for its adapter, and under Node it cannot fetch its wasm or
// a model by path, so both are handed over as bytes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as ort from "onnxruntime-web/webgpu";

export interface OrtWebGpuPeer {
  run(input: Float32Array): Promise<Float32Array>;
  dispose(): Promise<void>;
}

let initialised: GPU | undefined;

/**
 * Dawn's Node binding rejects writeBuffer from a view of a SharedArrayBuffer
 * ("Invalid argument"), which is what onnxruntime's wasm memory is: such a view
 * is copied first. Other writes (mixc's) pass through untouched.
 */
function acceptSharedWrites(): void {
  const write = GPUQueue.prototype.writeBuffer;
  GPUQueue.prototype.writeBuffer = function (this: GPUQueue, buffer, offset, data, dataOffset?, size?) {
    const copy = ArrayBuffer.isView(data) && data.buffer instanceof SharedArrayBuffer ? (data as Uint8Array).slice() : data;
    return write.call(this, buffer, offset, copy, dataOffset, size);
  } as typeof write;
}

/** Sets up onnxruntime-web's WebGPU backend on `gpu` (once per process; WebGPU's globals must be installed). */
function initialise(gpu: GPU): void {
  if (initialised === gpu) return;
  if (initialised) throw new Error("onnxruntime-web's WebGPU backend is already set up on another GPU object");
  Object.defineProperty(globalThis, "navigator", { value: { gpu }, configurable: true, writable: true });
  acceptSharedWrites();
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmBinary = readFileSync(createRequire(import.meta.url).resolve("onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm"));
  ort.env.webgpu.powerPreference = "high-performance";
  initialised = gpu;
}

/** A session on the WebGPU EP: the input is uploaded and the logits read back on every run, as mixc does. */
export async function loadOrtWebGpu(model: Uint8Array, gpu: GPU): Promise<OrtWebGpuPeer> {
  initialise(gpu);
  const session = await ort.InferenceSession.create(model, { executionProviders: ["webgpu"] });
  const meta = session.inputMetadata[0]!;
  if (!meta.isTensor || !meta.shape.every((d) => typeof d === "number")) throw new Error(`the ONNX model's input ${meta.name} needs a static tensor shape`);
  const dims = meta.shape as number[];
  const output = session.outputNames[0]!;
  return {
    async run(input) {
      const result = await session.run({ [meta.name]: new ort.Tensor("float32", input, dims) });
      return result[output]!.data as Float32Array;
    },
    dispose: () => session.release(),
  };
}
