// One first inference after load, then warm ones: the same measurement in a Node
// process and in a Chromium page, each fresh, so that no compiled code is reused.
import { loadModel } from "mixc/runtime";

export interface FirstRun {
  variant: string;
  /** loadModel, from the bundle's bytes (or its Response) to a model. */
  loadMs: number;
  /** The first run() after it. */
  firstMs: number;
  /** The median of the runs after that. */
  warmMs: number;
}

export async function measureFirstRun(source: Uint8Array | Response, warmRuns = 20): Promise<FirstRun> {
  const t0 = performance.now();
  const model = await loadModel(source, { backend: "wasm" });
  const t1 = performance.now();
  const input = new Float32Array(model.meta.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.sin(i));
  await model.run(input);
  const t2 = performance.now();
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const s = performance.now();
    await model.run(input);
    warm.push(performance.now() - s);
  }
  model.dispose();
  warm.sort((a, b) => a - b);
  return { variant: model.variant, loadMs: t1 - t0, firstMs: t2 - t1, warmMs: warm[warm.length >> 1]! };
}
