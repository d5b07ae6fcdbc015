// WebGPU in the tests: Dawn's Node binding (npm webgpu), on SwiftShader where
// there is no GPU (vitest.config.ts sets its variables). In CI a missing adapter
// fails loudly; on a user's machine the WebGPU tests skip, saying so. Tests
// dispose every model they load, so that no device outlives its test.
import { existsSync } from "node:fs";
import { create, globals } from "webgpu";
import { SWIFTSHADER_ENV } from "../../cli/gpu.ts";

Object.assign(globalThis, globals);
export const gpu: GPU = create([]);
const adapter = await gpu.requestAdapter();
export const hasWebGpu = adapter !== null;

/** In CI a missing adapter is a failure; elsewhere the tests that need it skip, saying why. */
function missing(tests: string, why: string) {
  if (process.env.CI) throw new Error(`CI: ${why}`);
  console.warn(`skipping ${tests}: ${why}`);
}

if (!hasWebGpu) missing("the WebGPU tests", `no WebGPU adapter (Dawn); without a GPU install Debian's chromium for SwiftShader (${SWIFTSHADER_ENV.VK_ICD_FILENAMES})`);

// Mesa's lavapipe: a CPU Vulkan driver with shader-f16 (mesa-vulkan-drivers from
// bookworm-backports; Debian 12's own is too old for Dawn).
const LAVAPIPE_ICD = "/usr/share/vulkan/icd.d/lvp_icd.json";

/**
 * Dawn on an adapter with shader-f16, for the half-precision tests: the default
 * one where it has the feature (a real GPU), else lavapipe where installed, else
 * null. Asked for only by those tests, so that the others create no second Dawn
 * instance. The Vulkan loader reads VK_ICD_FILENAMES whenever Dawn creates an
 * instance, so lavapipe's is created with that variable naming it alone.
 */
export async function halfPrecisionGpu(): Promise<GPU | null> {
  if (adapter?.features.has("shader-f16")) return gpu;
  if (existsSync(LAVAPIPE_ICD)) {
    const drivers = process.env.VK_ICD_FILENAMES;
    process.env.VK_ICD_FILENAMES = LAVAPIPE_ICD;
    try {
      const lavapipe = create([]);
      if ((await lavapipe.requestAdapter())?.features.has("shader-f16")) return lavapipe;
    } finally {
      if (drivers === undefined) delete process.env.VK_ICD_FILENAMES;
      else process.env.VK_ICD_FILENAMES = drivers;
    }
  }
  missing("the half-precision tests", "no WebGPU adapter with shader-f16: without a GPU that has it, install Mesa's lavapipe (apt-get install -t bookworm-backports mesa-vulkan-drivers)");
  return null;
}
