import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";
import { SWIFTSHADER_ENV } from "./cli/gpu.ts";

// WebGPU tests without a GPU: Dawn runs on the SwiftShader that Debian's chromium
// ships. The test workers are forked from this process and inherit these; the
// dynamic loader reads LD_LIBRARY_PATH only when a process starts.
if (existsSync(SWIFTSHADER_ENV.VK_ICD_FILENAMES)) {
  for (const [name, value] of Object.entries(SWIFTSHADER_ENV)) process.env[name] ??= value;
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
});
