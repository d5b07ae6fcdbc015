// The WebGPU executor on Dawn, running a hand-written program (hand-program.ts).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { BundleMeta } from "../../runtime/bundle-format.ts";
import type { Executor } from "../../runtime/executor.ts";
import { BundleError, GpuUnavailableError, loadModel } from "../../runtime/index.ts";
import { createWebGpuExecutor } from "../../runtime/webgpu-executor.ts";
import { WEBGPU_SECTION, type GpuProgram } from "../../runtime/webgpu-program.ts";
import { gpu, hasWebGpu } from "./dawn.ts";
import { bytes, expected, first, input, last, meta, program, SUM, W0, weights, withProgram, withSection } from "./hand-program.ts";

let module: WebAssembly.Module;

function expectClose(actual: Float32Array, want: number[]) {
  expect(actual).toHaveLength(want.length);
  actual.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThan(1e-4 * Math.max(1, Math.abs(want[i]!))));
}

beforeAll(async () => {
  module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
});

const live: Executor[] = [];
async function executor(p = program(), m: BundleMeta = meta) {
  const e = await createWebGpuExecutor(module, m, p, gpu);
  live.push(e);
  return e;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const e of live.splice(0)) e.dispose();
});

describe.skipIf(!hasWebGpu)("the WebGPU executor on Dawn", () => {
  it("runs every dispatch in order on the weights of the wasm module's memory", async () => {
    expect(weights.slice(W0, W0 + 192).some((w) => w !== 0)).toBe(true);
    const e = await executor();
    expectClose(await e.run(input(1)), expected(input(1)));
    expectClose(await e.run(input(2)), expected(input(2)));
    // Runs issued together queue up, each with its own input.
    const results = await Promise.all([3, 4, 5].map((s) => e.run(input(s))));
    results.forEach((r, i) => expectClose(r, expected(input(3 + i))));
  });

  it("records one pass per run and reads back only the logits, creating nothing", async () => {
    const e = await executor();
    const spies = {
      encoders: vi.spyOn(GPUDevice.prototype, "createCommandEncoder"),
      passes: vi.spyOn(GPUCommandEncoder.prototype, "beginComputePass"),
      dispatches: vi.spyOn(GPUComputePassEncoder.prototype, "dispatchWorkgroups"),
      copies: vi.spyOn(GPUCommandEncoder.prototype, "copyBufferToBuffer"),
      submits: vi.spyOn(GPUQueue.prototype, "submit"),
      writes: vi.spyOn(GPUQueue.prototype, "writeBuffer"),
      maps: vi.spyOn(GPUBuffer.prototype, "mapAsync"),
      buffers: vi.spyOn(GPUDevice.prototype, "createBuffer"),
      groups: vi.spyOn(GPUDevice.prototype, "createBindGroup"),
      pipelines: vi.spyOn(GPUDevice.prototype, "createComputePipelineAsync"),
    };
    await e.run(input(1));
    expect(spies.encoders).toHaveBeenCalledTimes(1);
    expect(spies.passes).toHaveBeenCalledTimes(1);
    expect(spies.dispatches.mock.calls).toEqual([
      [2, 1, 1],
      [2, 1, 1],
      [1, 1, 1],
    ]);
    expect(spies.copies).toHaveBeenCalledTimes(1);
    expect(spies.copies.mock.calls[0]!.slice(1)).toEqual([384 * 4, expect.anything(), 0, 16]);
    expect(spies.submits).toHaveBeenCalledTimes(1);
    expect(spies.writes).toHaveBeenCalledTimes(1); // the input, nothing else
    expect(spies.maps).toHaveBeenCalledTimes(1);
    for (const s of [spies.buffers, spies.groups, spies.pipelines]) expect(s).not.toHaveBeenCalled();
  });

  it("profiles each layer as the sum of its dispatches", async () => {
    const e = await executor();
    await e.run(input(1));
    const layers = await e.profile(3);
    expect(layers.map((l) => [l.name, l.kernels, l.macs])).toEqual([
      [first, ["affine"], meta.layers[0]!.macs],
      [last, ["sum"], meta.layers.at(-1)!.macs],
    ]);
    for (const l of layers) expect(l.ms).toBeGreaterThan(0);
    expectClose(await e.run(input(2)), expected(input(2)));
  });

  it("reports a shader that does not compile at load, naming it and the line, and destroys the device", async () => {
    const destroyed = vi.spyOn(GPUDevice.prototype, "destroy");
    const broken = program((p) => (p.shaders[1]!.code = SUM.replace("var s = 0.0;", "var s = nope;")));
    await expect(executor(broken)).rejects.toThrow(/^WebGPU shader 'sum' does not compile: 8:\d+: unresolved value 'nope'/);
    expect(destroyed).toHaveBeenCalledTimes(1);
    await expect(executor(program((p) => (p.shaders[0]!.entryPoint = "nope")))).rejects.toThrow(/^WebGPU shader 'affine': .*nope/);
  });

  it("rejects a program it cannot run before running anything", async () => {
    const load = (change: (p: GpuProgram) => void) => executor(program(change));
    await expect(load((p) => (p.dispatches[2]!.shader = 7))).rejects.toThrow(new BundleError(`invalid WebGPU program: dispatch 2 (${last}) runs shader 7; there are 2`));
    await expect(load((p) => (p.dispatches[0]!.params = new Array(65).fill(0)))).rejects.toThrow("has 65 parameters; at most 64 fit");
    await expect(load((p) => (p.output = 398))).rejects.toThrow("invalid WebGPU program: its input or logits lie outside its arena of 400 floats");
    await expect(load((p) => (p.outputFloats = 3))).rejects.toThrow("invalid WebGPU program: its output has 3 floats; the model has 4 logits");
    await expect(load((p) => (p.dispatches[0]!.workgroups = [2 ** 31, 1, 1]))).rejects.toThrow(/^the WebGPU adapter \(.+\) allows maxComputeWorkgroupsPerDimension \d+; the program needs 2147483648$/);
    await expect(load((p) => (p.workgroupStorageBytes = 1 << 30))).rejects.toThrow(/allows maxComputeWorkgroupStorageSize \d+; the program needs 1073741824$/);
    await expect(load((p) => (p.features = ["no-such-feature"]))).rejects.toThrow(/lacks no-such-feature$/);
  });

  it("rejects a run that fails validation instead of returning numbers", async () => {
    const buffers = vi.spyOn(GPUDevice.prototype, "createBuffer");
    const e = await executor();
    buffers.mock.results.map((r) => r.value as GPUBuffer).find((b) => b.label === "arena")!.destroy();
    await expect(e.run(input(1))).rejects.toThrow(/^WebGPU validation error in run: .*arena/s);
  });

  it("rejects every run after the device is lost", async () => {
    const devices = vi.spyOn(GPUAdapter.prototype, "requestDevice");
    const e = await executor();
    const device = await (devices.mock.results[0]!.value as Promise<GPUDevice>);
    device.destroy();
    await expect(e.run(input(1))).rejects.toThrow(/^the WebGPU device was lost \(destroyed\)/);
    await expect(e.run(input(1))).rejects.toThrow(/^the WebGPU device was lost/);
  });

  it("dispose destroys every buffer and the device; later runs reject", async () => {
    const buffers = vi.spyOn(GPUBuffer.prototype, "destroy");
    const devices = vi.spyOn(GPUDevice.prototype, "destroy");
    const e = await executor();
    const running = e.run(input(1));
    e.dispose();
    expect(buffers).toHaveBeenCalledTimes(4);
    expect(devices).toHaveBeenCalledTimes(1);
    await expect(running).rejects.toThrow("this model has been disposed");
    await expect(e.run(input(1))).rejects.toThrow("this model has been disposed");
    await expect(e.profile(1)).rejects.toThrow("this model has been disposed");
    e.dispose();
    expect(devices).toHaveBeenCalledTimes(1);
  });

  it("loadModel runs a bundle's program on WebGPU when asked, or under auto", async () => {
    for (const backend of ["webgpu", "auto"] as const) {
      const model = await loadModel(withProgram(program()), { backend, gpu });
      expect(model).toMatchObject({ backend: "webgpu", variant: expect.stringMatching(/\S/) });
      expect(model.fallback).toBeUndefined();
      expectClose(await model.run(input(1)), expected(input(1)));
      model.dispose();
    }
  });
});

describe("choosing the backend", () => {
  const noAdapter = { requestAdapter: async () => null } as unknown as GPU;

  it("auto falls back to wasm with the reason when WebGPU is missing", async () => {
    vi.stubGlobal("navigator", undefined);
    const cases: [Uint8Array, GPU | undefined, string][] = [
      [withProgram(program()), undefined, "WebGPU unavailable: no WebGPU here (navigator.gpu is missing)"],
      [withProgram(program()), noAdapter, "WebGPU unavailable: no WebGPU adapter"],
      [bytes, gpu, "WebGPU unavailable: this bundle has no WebGPU program"],
    ];
    for (const [source, g, reason] of cases) {
      const model = await loadModel(source, { gpu: g });
      expect(model.backend).toBe("wasm");
      expect(model.fallback).toBe(reason);
      expect(await model.run(input(1))).toHaveLength(4);
      model.dispose();
    }
  });

  it("webgpu fails clearly without a program, a GPU or an adapter", async () => {
    vi.stubGlobal("navigator", undefined);
    await expect(loadModel(bytes, { backend: "webgpu", gpu })).rejects.toThrow(new GpuUnavailableError("this bundle has no WebGPU program"));
    await expect(loadModel(withProgram(program()), { backend: "webgpu" })).rejects.toThrow("no WebGPU here (navigator.gpu is missing)");
    await expect(loadModel(withProgram(program()), { backend: "webgpu", gpu: noAdapter })).rejects.toThrow("no WebGPU adapter");
    await expect(loadModel(withSection(WEBGPU_SECTION, "{"), { gpu })).rejects.toThrow("corrupt mixc bundle: its WebGPU program is not valid JSON");
  });
});
