// Every WGSL kernel against the reference interpreter on Dawn (Node), layer by
// layer; test/browser/webgpu-kernels.test.ts runs the same sweep in Chromium.
import { describe, expect, it } from "vitest";
import { gpu, hasWebGpu } from "./dawn.ts";
import { NETWORKS, prepare } from "./kernel-cases.ts";
// @ts-expect-error: a plain ES module shared with the browser page
import { runLayers } from "./run-layers.js";

describe.skipIf(!hasWebGpu).each(Object.entries(NETWORKS))("%s on Dawn", (name, body) => {
  it("every layer matches the interpreter", async () => {
    const { args, check } = await prepare(name, body);
    for (const r of check(await runLayers(gpu, args))) expect(r.difference, r.layer).toBeLessThanOrEqual(r.tolerance);
  });
});
