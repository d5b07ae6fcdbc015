// A bundle storing its weights as f16 or int8 on WebGPU (Dawn): the executor
// uploads the weights region after the start function has expanded it, so the
// GPU computes what the CPU does from the same bundle.
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel } from "../../runtime/index.ts";
import { SMALL, smallInput } from "../backend/small-network.ts";
import { maxAbsDiff, tolerance } from "../shared.ts";
import { gpu, hasWebGpu } from "./dawn.ts";

describe.skipIf(!hasWebGpu).each(["f16", "int8"] as const)("a network with %s weights on WebGPU", (weightsDtype) => {
  it("gives the wasm backend's logits from the same bundle", async () => {
    const { bytes } = await compile(SMALL, { seed: 4, weightsDtype });
    const cpu = await (await loadModel(bytes, { backend: "wasm" })).run(smallInput);
    const model = await loadModel(bytes, { backend: "webgpu", gpu: gpu! });
    try {
      expect(model.backend).toBe("webgpu");
      expect(maxAbsDiff(await model.run(smallInput), cpu)).toBeLessThanOrEqual(tolerance(cpu));
    } finally {
      model.dispose();
    }
  });
});
