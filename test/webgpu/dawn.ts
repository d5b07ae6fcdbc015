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

// Mesa's lavapipe: a second CPU Vulkan driver, independent of SwiftShader, with
// shader-f16 (mesa-vulkan-drivers from bookworm-backports; Debian 12's own is too
// old for Dawn). .ci/run installs it.
const LAVAPIPE_ICD = "/usr/share/vulkan/icd.d/lvp_icd.json";
const LAVAPIPE_HINT = "install Mesa's lavapipe (apt-get install -t bookworm-backports mesa-vulkan-drivers)";

/**
 * Dawn on lavapipe and its adapter, or null where it is not installed. Asked for only by the
 * tests that use it, so that the others create no second Dawn instance. The
 * Vulkan loader reads VK_ICD_FILENAMES whenever Dawn creates an instance, so
 * this one is created with the variable naming lavapipe alone.
 */
async function lavapipe(): Promise<{ dawn: GPU; adapter: GPUAdapter } | null> {
  if (!existsSync(LAVAPIPE_ICD)) return null;
  const drivers = process.env.VK_ICD_FILENAMES;
  process.env.VK_ICD_FILENAMES = LAVAPIPE_ICD;
  try {
    const dawn = create([]);
    const adapter = await dawn.requestAdapter();
    return adapter && { dawn, adapter };
  } finally {
    if (drivers === undefined) delete process.env.VK_ICD_FILENAMES;
    else process.env.VK_ICD_FILENAMES = drivers;
  }
}

/** Dawn on lavapipe, for the kernel sweep's second driver; null (skipping, or failing in CI) where it is missing. */
export async function lavapipeGpu(): Promise<GPU | null> {
  const found = await lavapipe();
  if (!found) missing("the kernel sweep on lavapipe", `no lavapipe adapter: ${LAVAPIPE_HINT}`);
  return found?.dawn ?? null;
}

/** Dawn on an adapter with shader-f16, for the half-precision tests: the default one where it has the feature (a real GPU), else lavapipe; null (skipping, or failing in CI) where neither has it. */
export async function halfPrecisionGpu(): Promise<GPU | null> {
  if (adapter?.features.has("shader-f16")) return gpu;
  const found = await lavapipe();
  if (found?.adapter.features.has("shader-f16")) return found.dawn;
  missing("the half-precision tests", `no WebGPU adapter with shader-f16: without a GPU that has it, ${LAVAPIPE_HINT}`);
  return null;
}
