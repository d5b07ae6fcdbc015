// Runs a bundle's WebGPU program (webgpu-program.ts) on one device. Everything
// is made once at load: the pipelines, the buffers (the weights copied once from
// the wasm module's memory, which its data segment fills at instantiation), the
// uniform buffer holding every dispatch's parameters, and the bind group. A run
// writes the input, records every dispatch in one compute pass and reads back
// only the logits. Device errors reject; they never turn into wrong numbers.
import { BundleError, type BundleMeta } from "./bundle-format.ts";
import { layerTimes, type Executor } from "./executor.ts";
import { GpuUnavailableError } from "./gpu-unavailable.ts";
import { preprocessInPlace, type KernelExports } from "./preprocess-kernel.ts";
import { PARAMS_BYTES, type GpuProgram } from "./webgpu-program.ts";

// WebGPU's flag values, fixed by the spec: a GPU object passed in without its globals (Dawn in Node) works too.
const MAP_READ = 0x1, COPY_SRC = 0x4, COPY_DST = 0x8, UNIFORM = 0x40, STORAGE = 0x80, COMPUTE = 0x4;
const ERROR_FILTERS: GPUErrorFilter[] = ["validation", "out-of-memory", "internal"];

/** Dawn in Node tears its instance down when the GPU object is collected, even under a live device: keep it. */
const instances = new WeakMap<GPUDevice, GPU>();

const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
const most = (values: number[]) => Math.max(1, ...values);

function validate(program: GpuProgram, meta: BundleMeta): void {
  const fail = (why: string) => {
    throw new BundleError(`invalid WebGPU program: ${why}`);
  };
  if (program.outputFloats < count(meta.output.shape)) fail(`its output has ${program.outputFloats} floats; the model has ${count(meta.output.shape)} logits`);
  if (program.input + count(meta.input.shape) > program.arenaFloats || program.output + program.outputFloats > program.arenaFloats) {
    fail(`its input or logits lie outside its arena of ${program.arenaFloats} floats`);
  }
  if (program.weightsBytes % 4) fail(`its weights take ${program.weightsBytes} bytes, not a whole number of floats`);
  program.dispatches.forEach((d, i) => {
    if (!program.shaders[d.shader]) fail(`dispatch ${i} (${d.layer}) runs shader ${d.shader}; there are ${program.shaders.length}`);
    if (d.params.length > PARAMS_BYTES / 4) fail(`dispatch ${i} (${d.layer}) has ${d.params.length} parameters; at most ${PARAMS_BYTES / 4} fit`);
  });
}

/** The device limits the program needs: its buffers, workgroup memory, workgroup sizes and counts. */
function limitsFor(program: GpuProgram, bufferBytes: number): Record<string, number> {
  const sizes = program.shaders.map((s) => s.workgroupSize);
  return {
    maxStorageBufferBindingSize: bufferBytes,
    maxBufferSize: bufferBytes,
    maxComputeWorkgroupStorageSize: program.workgroupStorageBytes,
    maxComputeInvocationsPerWorkgroup: most(sizes.map(([x, y, z]) => x * y * z)),
    maxComputeWorkgroupSizeX: most(sizes.map((s) => s[0])),
    maxComputeWorkgroupSizeY: most(sizes.map((s) => s[1])),
    maxComputeWorkgroupSizeZ: most(sizes.map((s) => s[2])),
    maxComputeWorkgroupsPerDimension: most(program.dispatches.flatMap((d) => d.workgroups)),
  };
}

/** Runs `body` inside error scopes: its own error, else the first device error, rejects. */
async function scoped<T>(device: GPUDevice, what: string, body: () => Promise<T>): Promise<T> {
  for (const filter of ERROR_FILTERS) device.pushErrorScope(filter);
  const result = await body().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  // Scopes pop innermost first, so the filters come back reversed.
  const errors = await Promise.all(ERROR_FILTERS.map(() => device.popErrorScope()));
  if ("error" in result) throw result.error;
  const i = errors.findIndex((e) => e !== null);
  if (i >= 0) throw new Error(`WebGPU ${ERROR_FILTERS[ERROR_FILTERS.length - 1 - i]} error in ${what}: ${errors[i]!.message}`);
  return result.value;
}

/** "f16": the 1x1 convolutions in half precision, where the adapter has shader-f16. */
export type GpuPrecision = "f32" | "f16";

/**
 * The program as it will run: for "f16" on an adapter with shader-f16, its
 * half-precision shaders and that feature; else float32, saying why when f16
 * was asked for.
 */
export function withPrecision(program: GpuProgram, precision: GpuPrecision, features: ReadonlySet<string>, adapter: string): { program: GpuProgram; fallback?: string } {
  if (precision === "f32") return { program };
  if (!program.shaders.some((s) => s.f16)) return { program, fallback: "f16 unavailable: this bundle has no half-precision kernels; running float32" };
  if (!features.has("shader-f16")) return { program, fallback: `f16 unavailable: the WebGPU adapter (${adapter}) lacks shader-f16; running float32` };
  return { program: { ...program, features: [...program.features, "shader-f16"], shaders: program.shaders.map((s) => ({ ...s, code: s.f16 ?? s.code })) } };
}

export async function createWebGpuExecutor(module: WebAssembly.Module, meta: BundleMeta, bundled: GpuProgram, gpu: GPU, precision: GpuPrecision = "f32"): Promise<Executor> {
  validate(bundled, meta);
  const adapter = await gpu.requestAdapter({ powerPreference: "high-performance" });
  if (!adapter) throw new GpuUnavailableError("no WebGPU adapter");
  const name = [adapter.info.vendor, adapter.info.architecture].filter(Boolean).join(" ") || "unknown adapter";
  const { program, fallback } = withPrecision(bundled, precision, adapter.features, name);
  const half = program !== bundled;
  const missing = program.features.filter((f) => !adapter.features.has(f));
  if (missing.length) throw new GpuUnavailableError(`the WebGPU adapter (${name}) lacks ${missing.join(", ")}`);
  const arenaBytes = program.arenaFloats * 4;
  const limits = limitsFor(program, Math.max(program.weightsBytes, arenaBytes));
  for (const [limit, need] of Object.entries(limits)) {
    const has = adapter.limits[limit as keyof GPUSupportedLimits] as number;
    if (need > has) throw new GpuUnavailableError(`the WebGPU adapter (${name}) allows ${limit} ${has}; the program needs ${need}`);
  }
  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({ label: meta.name, requiredFeatures: program.features as GPUFeatureName[], requiredLimits: limits });
  } catch (e) {
    throw new GpuUnavailableError(`cannot create a WebGPU device on ${name}: ${(e as Error).message}`);
  }
  instances.set(device, gpu);
  try {
    // No imports: instantiating only initialises the memory, the weights' data segment included.
    const { memory } = (await WebAssembly.instantiate(module, {})).exports as { memory: WebAssembly.Memory };
    if (memory.buffer.byteLength < program.weightsBytes) throw new BundleError(`invalid WebGPU program: its ${program.weightsBytes} bytes of weights exceed the module's memory`);
    const resources = await scoped(device, `loading ${meta.name}`, () => createResources(device, program, memory.buffer, count(meta.output.shape)));
    return { ...executor(device, program, meta, half ? `${name}, f16` : name, resources, module), ...(fallback ? { fallback } : {}) };
  } catch (e) {
    device.destroy();
    throw e;
  }
}

/** Every pipeline, buffer and the bind group, with the weights and the parameters uploaded. */
async function createResources(device: GPUDevice, program: GpuProgram, memory: ArrayBuffer, logits: number) {
  const layout = device.createBindGroupLayout({
    entries: [
      { binding: 0, visibility: COMPUTE, buffer: { type: "read-only-storage" } },
      { binding: 1, visibility: COMPUTE, buffer: { type: "storage" } },
      { binding: 2, visibility: COMPUTE, buffer: { type: "uniform", hasDynamicOffset: true, minBindingSize: PARAMS_BYTES } },
    ],
  });
  const pipelineLayout = device.createPipelineLayout({ bindGroupLayouts: [layout] });
  const pipelines = await Promise.all(
    program.shaders.map(async (s) => {
      const code = device.createShaderModule({ label: s.name, code: s.code });
      const errors = (await code.getCompilationInfo()).messages.filter((m) => m.type === "error");
      if (errors.length) throw new Error(`WebGPU shader '${s.name}' does not compile: ${errors.map((m) => `${m.lineNum}:${m.linePos}: ${m.message}`).join("; ")}`);
      return device.createComputePipelineAsync({ label: s.name, layout: pipelineLayout, compute: { module: code, entryPoint: s.entryPoint } }).catch((e: Error) => {
        throw new Error(`WebGPU shader '${s.name}': ${e.message}`);
      });
    }),
  );
  const buffers: GPUBuffer[] = [];
  const buffer = (label: string, size: number, usage: number) => {
    const b = device.createBuffer({ label, size, usage });
    buffers.push(b);
    return b;
  };
  const weights = buffer("weights", Math.max(4, program.weightsBytes), STORAGE | COPY_DST);
  const arena = buffer("arena", program.arenaFloats * 4, STORAGE | COPY_SRC | COPY_DST);
  const params = buffer("params", most([program.dispatches.length]) * PARAMS_BYTES, UNIFORM | COPY_DST);
  const readback = buffer("logits", logits * 4, MAP_READ | COPY_DST);
  device.queue.writeBuffer(weights, 0, memory, 0, program.weightsBytes);
  const slots = new Uint32Array(params.size / 4);
  program.dispatches.forEach((d, i) => slots.set(d.params, (i * PARAMS_BYTES) / 4));
  device.queue.writeBuffer(params, 0, slots);
  const group = device.createBindGroup({
    layout,
    entries: [
      { binding: 0, resource: { buffer: weights } },
      { binding: 1, resource: { buffer: arena } },
      { binding: 2, resource: { buffer: params, size: PARAMS_BYTES } },
    ],
  });
  return { pipelines, buffers, group, arena, readback };
}

type Resources = Awaited<ReturnType<typeof createResources>>;

/** The module's own instance, for its preprocessing code: made on the first image, so that a model fed tensors never holds a second copy of the weights. */
function kernelInstance(module: WebAssembly.Module): () => Promise<KernelExports & { input: WebAssembly.Global }> {
  let instance: Promise<KernelExports & { input: WebAssembly.Global }> | undefined;
  return () => (instance ??= WebAssembly.instantiate(module, {}).then((i) => i.exports as unknown as KernelExports & { input: WebAssembly.Global }));
}

function executor(device: GPUDevice, program: GpuProgram, meta: BundleMeta, name: string, { pipelines, buffers, group, arena, readback }: Resources, module: WebAssembly.Module): Executor {
  let lost: string | undefined;
  let disposed = false;
  void device.lost.then((info) => (lost = `the WebGPU device was lost (${info.reason}): ${info.message}`));
  const encode = (pass: GPUComputePassEncoder, i: number) => {
    const d = program.dispatches[i]!;
    pass.setPipeline(pipelines[d.shader]!);
    pass.setBindGroup(0, group, [i * PARAMS_BYTES]);
    pass.dispatchWorkgroups(...d.workgroups);
  };
  /** One command encoder with one compute pass running the given dispatches in order. */
  const record = (dispatches: number[]) => {
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    for (const i of dispatches) encode(pass, i);
    pass.end();
    return encoder;
  };
  const alive = () => {
    if (disposed) throw new Error("this model has been disposed");
    if (lost) throw new Error(lost);
  };
  // One job at a time: runs share the arena and the readback buffer. A failure
  // after disposal or device loss is reported as that.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const result = queue
      .then(() => (alive(), job()))
      .catch((e) => {
        alive();
        throw e;
      });
    queue = result.catch(() => undefined);
    return result;
  };
  const all = program.dispatches.map((_, i) => i);
  /** One inference on the input that `write` puts in the arena. */
  const infer = (write: () => void) =>
    serial(async () => {
      await scoped(device, "run", async () => {
        write();
        const encoder = record(all);
        encoder.copyBufferToBuffer(arena, program.output * 4, readback, 0, readback.size);
        device.queue.submit([encoder.finish()]);
      });
      await readback.mapAsync(MAP_READ);
      const logits = new Float32Array(readback.getMappedRange().slice(0));
      readback.unmap();
      return logits;
    });
  const kernel = kernelInstance(module);
  const inputBytes = count(meta.input.shape) * 4;

  return {
    variant: name,
    run: (input) => infer(() => device.queue.writeBuffer(arena, program.input * 4, input as Float32Array<ArrayBuffer>)),
    // The image becomes the input in the module's memory, which is uploaded from there.
    runImage: async (image) => {
      const k = await kernel();
      return infer(() => {
        preprocessInPlace(k, image, meta.name);
        device.queue.writeBuffer(arena, program.input * 4, k.memory.buffer, k.input.value as number, inputBytes);
      });
    },
    // Each dispatch submitted alone and awaited; a layer's time is the sum of its dispatches'.
    profile: (runs) =>
      serial(async () => {
        const layers = [...new Set(program.dispatches.map((d) => d.layer))];
        const samples = layers.map(() => [] as number[]);
        await scoped(device, "profile", async () => {
          for (let r = 0; r < runs; r++) {
            const sums = layers.map(() => 0);
            for (const i of all) {
              const t = performance.now();
              device.queue.submit([record([i]).finish()]);
              await device.queue.onSubmittedWorkDone();
              sums[layers.indexOf(program.dispatches[i]!.layer)]! += performance.now() - t;
            }
            sums.forEach((ms, j) => samples[j]!.push(ms));
          }
        });
        const macs = new Map(meta.layers.map((l) => [l.name, l.macs]));
        const kernels = (layer: string) => [...new Set(program.dispatches.filter((d) => d.layer === layer).map((d) => program.shaders[d.shader]!.name))];
        return layerTimes(
          layers.map((layer) => ({ name: layer, kernels: kernels(layer), macs: macs.get(layer) ?? 0 })),
          samples,
        );
      }),
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const b of buffers) b.destroy();
      device.destroy();
    },
  };
}
