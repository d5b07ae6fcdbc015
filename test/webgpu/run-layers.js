// The WebGPU kernel tests' runner, for Dawn in Node and for Chromium: runs a
// GPU program one layer at a time and returns each layer's output (`outputs`
// names the arena slice [start, count] per layer), so that the test can
// compare every layer with the reference interpreter. Test-only; the product's
// executor is runtime/webgpu-executor.ts.
export async function runLayers(gpu, { program, weights: weightBytes, input: inputValues, features, outputs }) {
  const weights = new Uint8Array(weightBytes);
  const input = new Float32Array(inputValues);
  const adapter = await gpu.requestAdapter();
  const device = await adapter.requestDevice({
    requiredFeatures: features,
    requiredLimits: { maxComputeWorkgroupStorageSize: Math.max(16384, program.workgroupStorageBytes), maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize, maxBufferSize: adapter.limits.maxBufferSize },
  });
  device.pushErrorScope("validation");
  const storage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
  const W = device.createBuffer({ size: weights.byteLength, usage: storage });
  device.queue.writeBuffer(W, 0, weights);
  const A = device.createBuffer({ size: program.arenaFloats * 4, usage: storage | GPUBufferUsage.COPY_SRC });
  device.queue.writeBuffer(A, program.input * 4, input);
  const U = device.createBuffer({ size: 256 * program.dispatches.length, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  program.dispatches.forEach((d, i) => { const u = new Uint32Array(64); u.set(d.params); device.queue.writeBuffer(U, i * 256, u); });
  const entries = [{ type: "read-only-storage" }, { type: "storage" }, { type: "uniform" }].map((buffer, binding) => ({ binding, visibility: GPUShaderStage.COMPUTE, buffer }));
  const layout = device.createBindGroupLayout({ entries });
  const pipelineLayout = device.createPipelineLayout({ bindGroupLayouts: [layout] });
  const pipelines = program.shaders.map((s) => device.createComputePipeline({ layout: pipelineLayout, compute: { module: device.createShaderModule({ code: s.code }), entryPoint: s.entryPoint } }));
  const groups = program.dispatches.map((_, i) => device.createBindGroup({ layout, entries: [W, A, U].map((buffer, binding) => ({ binding, resource: binding === 2 ? { buffer, offset: i * 256, size: 256 } : { buffer } })) }));
  const error = await device.popErrorScope();
  if (error) throw new Error(error.message);
  const read = device.createBuffer({ size: program.arenaFloats * 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const layers = [...new Set(program.dispatches.map((d) => d.layer))];
  const arenas = {};
  for (const layer of layers) {
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    program.dispatches.forEach((d, i) => {
      if (d.layer !== layer) return;
      pass.setPipeline(pipelines[d.shader]);
      pass.setBindGroup(0, groups[i]);
      pass.dispatchWorkgroups(...d.workgroups);
    });
    pass.end();
    encoder.copyBufferToBuffer(A, 0, read, 0, program.arenaFloats * 4);
    device.queue.submit([encoder.finish()]);
    await read.mapAsync(GPUMapMode.READ);
    const [start, count] = outputs[layer];
    arenas[layer] = Array.from(new Float32Array(read.getMappedRange(), start * 4, count));
    read.unmap();
  }
  device.destroy();
  return arenas;
}
