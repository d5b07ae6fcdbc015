// MixNet-S, -M and -XL compiled to one bundle and run on WebGPU (Dawn in Node; on a
// machine without a GPU, SwiftShader) against the PyTorch reference, with the
// same tolerance as the CPU.
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel } from "../../runtime/index.ts";
import { fixture, hasShared, maxAbsDiff, tolerance, top } from "../shared.ts";
import { gpu, hasWebGpu } from "./dawn.ts";

describe.skipIf(!hasWebGpu || !hasShared).each([
  ["mixnet_s", "specs/mixnet-s.mix"],
  ["mixnet_m", "specs/mixnet-m.mix"],
  ["mixnet_xl", "specs/mixnet-xl.mix"],
  ["mobilenetv3_large_100", "specs/mobilenetv3-large.mix"],
])("%s on WebGPU", (name, spec) => {
  it("matches PyTorch's float64 logits within tolerance with the same top-5", async () => {
    const fx = fixture(name);
    const model = await loadModel((await compile(spec, { weights: fx.weights })).bytes, { backend: "webgpu", gpu: gpu! });
    try {
      expect(model.backend).toBe("webgpu");
      const logits = await model.run(fx.input);
      expect(maxAbsDiff(logits, fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
      expect(top(logits, 5)).toEqual(fx.meta.top5);
    } finally {
      model.dispose();
    }
  });
});
