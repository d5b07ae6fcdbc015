// onnxruntime-node peer: the native CPU execution provider (the linux x64 binaries
// bundled in the npm package), in this process, with a given number of intra-op
// threads. It is the native line that mixc's one WebAssembly thread is measured against.
import * as ort from 'onnxruntime-node';
import type { OrtWebPeer } from './onnxruntime-web.ts';

export async function loadOrtNode(modelPath: string, threads: number): Promise<OrtWebPeer> {
  const session = await ort.InferenceSession.create(modelPath, {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    // Its worker threads would otherwise spin after each run, taking the CPU from whatever runs next
    // in the alternation (on a 2-core machine, mixc).
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  const input = session.inputNames[0]!;
  const output = session.outputNames[0]!;
  const meta = session.inputMetadata[0];
  if (!meta?.isTensor || !meta.shape.every((d) => typeof d === 'number')) {
    throw new Error(`${modelPath}: input ${input} needs a static tensor shape`);
  }
  const dims = meta.shape as number[];
  return {
    name: `onnxruntime-node ${threads}T`,
    async run(x) {
      const result = await session.run({ [input]: new ort.Tensor('float32', x, dims) });
      return result[output]!.data as Float32Array;
    },
    dispose: () => session.release(),
  };
}
