// onnxruntime-web peer: wasm backend, SIMD, one thread, in this process.
// Under Node the bare import resolves (export condition "node") to dist/ort.node.min.mjs,
// which loads dist/ort-wasm-simd-threaded.{mjs,wasm} from node_modules next to itself:
// no wasmPaths, no network. That binary uses fixed-width SIMD only (it validates without
// --experimental-wasm-relaxed-simd), so the relaxed-SIMD flag does not change what runs.
import * as ort from 'onnxruntime-web';

export interface OrtWebPeer {
  name: string;
  run(input: Float32Array): Promise<Float32Array>;
  dispose(): Promise<void>;
}

export async function loadOrtWeb(modelPath: string): Promise<OrtWebPeer> {
  // Read once, when the first session initialises the wasm module for the whole process.
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  const session = await ort.InferenceSession.create(modelPath, { executionProviders: ['wasm'] });
  const meta = session.inputMetadata[0];
  if (!meta.isTensor || !meta.shape.every((d) => typeof d === 'number')) {
    throw new Error(`${modelPath}: input ${meta.name} needs a static tensor shape`);
  }
  const dims = meta.shape as number[];
  const output = session.outputNames[0];
  return {
    name: 'onnxruntime-web',
    async run(input) {
      const result = await session.run({ [meta.name]: new ort.Tensor('float32', input, dims) });
      return result[output].data as Float32Array;
    },
    dispose: () => session.release(),
  };
}
