// Every WGSL kernel against the reference interpreter on Dawn (Node), layer by
// layer, on the default adapter (SwiftShader without a GPU) and on Mesa's lavapipe,
// two independent drivers; test/browser/webgpu-kernels.test.ts runs the same sweep
// in Chromium.
import { describe, expect, it } from "vitest";
import { gpu, hasWebGpu, lavapipeGpu } from "./dawn.ts";
import { NETWORKS, prepare } from "./kernel-cases.ts";
// @ts-expect-error: a plain ES module shared with the browser page
import { runLayers } from "./run-layers.js";

const lavapipe = hasWebGpu ? await lavapipeGpu() : null;

describe.each([
  ["the default adapter", hasWebGpu ? gpu : null],
  ["lavapipe", lavapipe],
])("on Dawn, %s", (_, dawn) => {
  describe.skipIf(!dawn).each(Object.entries(NETWORKS))("%s", (name, body) => {
    it("every layer matches the interpreter", async () => {
      const { args, check } = await prepare(name, body);
      for (const r of check(await runLayers(dawn, args))) expect(r.difference, r.layer).toBeLessThanOrEqual(r.tolerance);
    });
  });
});
