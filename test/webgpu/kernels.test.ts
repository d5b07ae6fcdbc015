// The table-driven kernel tester on WebGPU: every entry of the kernel table
// over its shape grid (test/kernels/kernel-grid.ts), each network run layer by
// layer on Dawn (Node), on the default adapter (SwiftShader without a GPU) and
// on Mesa's lavapipe, two independent drivers, every layer compared with the
// reference interpreter (the network must have a layer of the entry's form). test/browser/webgpu-kernels.test.ts
// runs the same networks in Chromium.
import { describe, expect, it } from "vitest";
import { KERNELS } from "../../compiler/backend/kernel-table.ts";
import { GRID } from "../kernels/kernel-grid.ts";
import { gpu, hasWebGpu, lavapipeGpu } from "./dawn.ts";
import { prepare } from "./kernel-cases.ts";
// @ts-expect-error: a plain ES module shared with the browser page
import { runLayers } from "./run-layers.js";

const lavapipe = hasWebGpu ? await lavapipeGpu() : null;

describe.each([
  ["the default adapter", hasWebGpu ? gpu : null],
  ["lavapipe", lavapipe],
])("on Dawn, %s", (_, dawn) => {
  describe.skipIf(!dawn).each(KERNELS.map((k) => k.form))("%s", (form) => {
    it.each(Object.keys(GRID[form]))("%s: every layer matches the interpreter", async (name) => {
      const { args, check } = await prepare(name, GRID[form][name]!);
      const layers = check(await runLayers(dawn, args));
      expect(layers.filter((r) => r.form === form).length, `${name} has no ${form} layer`).toBeGreaterThan(0);
      for (const r of layers) expect(r.difference, `${r.layer} (${r.form})`).toBeLessThanOrEqual(r.tolerance);
    });
  });
});
