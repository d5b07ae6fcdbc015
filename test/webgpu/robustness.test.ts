// The runtime on WebGPU (Dawn; SwiftShader without a GPU) refuses bad input as
// it does on wasm, and dispose() leaves nothing behind: every GPU buffer the
// model created is destroyed, and so is its device.
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadModel } from "../../runtime/index.ts";
import { gpu, hasWebGpu } from "./dawn.ts";
import { input, program, withProgram } from "./hand-program.ts";

afterEach(() => vi.restoreAllMocks());

describe.skipIf(!hasWebGpu)("the runtime on WebGPU", () => {
  it("rejects a NaN or infinite input naming its index, the wrong type and the wrong length", async () => {
    const model = await loadModel(withProgram(program()), { backend: "webgpu", gpu });
    try {
      expect(model.backend).toBe("webgpu");
      for (const [at, value] of [[0, NaN], [191, Infinity], [17, -Infinity]] as const) {
        const x = input(1);
        x[at] = value;
        await expect(model.run(x)).rejects.toThrow(new RangeError(`run() input value ${at} is ${value}; the input must be finite (a NaN or an infinity would turn every logit into NaN)`));
      }
      await expect(model.run(Float64Array.from(input(1)) as unknown as Float32Array)).rejects.toThrow(new TypeError("run() takes a Float32Array"));
      await expect(model.run(Array.from(input(1)) as unknown as Float32Array)).rejects.toThrow(new TypeError("run() takes a Float32Array"));
      await expect(model.run(new Float32Array(191))).rejects.toThrow(new RangeError("run() needs 192 values (1x3x8x8, NCHW), got 191"));
      // Still usable after the refusals.
      expect(await model.run(input(1))).toHaveLength(4);
    } finally {
      model.dispose();
    }
  });

  it("dispose() destroys every buffer it created and the device; run() then rejects", async () => {
    const created = vi.spyOn(GPUDevice.prototype, "createBuffer");
    const destroyed = vi.spyOn(GPUBuffer.prototype, "destroy");
    const devices = vi.spyOn(GPUDevice.prototype, "destroy");
    const model = await loadModel(withProgram(program()), { backend: "webgpu", gpu });
    for (let i = 0; i < 20; i++) await model.run(input(i));
    const buffers = created.mock.results.map((r) => r.value as GPUBuffer);
    expect(buffers.length).toBeGreaterThanOrEqual(4); // weights, arena, parameters, logits
    expect(destroyed).not.toHaveBeenCalled();
    model.dispose();
    expect(new Set(destroyed.mock.contexts)).toEqual(new Set(buffers));
    expect(devices).toHaveBeenCalledTimes(1);
    await expect(model.run(input(1))).rejects.toThrow("this model has been disposed");
    model.dispose(); // twice is harmless
    expect(devices).toHaveBeenCalledTimes(1);
  });
});
