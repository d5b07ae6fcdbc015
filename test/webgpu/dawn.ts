// WebGPU in the tests: Dawn's Node binding (npm webgpu), on SwiftShader where
// there is no GPU (vitest.config.ts sets its variables). In CI a missing adapter
// fails loudly; on a user's machine the WebGPU tests skip, saying so. Tests
// dispose every model they load, so that no device outlives its test.
import { create, globals } from "webgpu";
import { SWIFTSHADER_ENV } from "../../cli/gpu.ts";

Object.assign(globalThis, globals);
export const gpu: GPU = create([]);
const adapter = await gpu.requestAdapter();
export const hasWebGpu = adapter !== null;

if (!hasWebGpu) {
  const why = `no WebGPU adapter (Dawn); without a GPU install Debian's chromium for SwiftShader (${SWIFTSHADER_ENV.VK_ICD_FILENAMES})`;
  if (process.env.CI) throw new Error(`CI: ${why}`);
  console.warn(`skipping the WebGPU tests: ${why}`);
}
