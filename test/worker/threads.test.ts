// Threads in an edge worker: workerd has no Worker, so a model asked for two
// threads runs on one there and says why in `fallback`, with the logits of one
// thread in Node.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../runtime/index.ts";
import { mixc } from "../mixc.ts";
import { checkWorkerBuilt, randomInputs, tinySpec, tmp } from "./fixtures.ts";
import { serve } from "./workerd.ts";

/** A worker.js in place of the built one: loads the model asking for two threads, answers with what it got. */
const ENTRY = `import { loadModel } from ${JSON.stringify(resolve("runtime/index.ts"))};
import bundle from "./model.wasm";
import relaxedModule from "./model.relaxed.wasm";
export default {
  async fetch(request) {
    const input = new Float32Array(await request.arrayBuffer());
    const model = await loadModel(bundle, { backend: "wasm", relaxedModule, threads: 2 });
    const logits = Array.from(await model.run(input));
    model.dispose();
    return Response.json({ threads: model.threads, variant: model.variant, fallback: model.fallback ?? "", logits });
  },
};`;

describe("threads in workerd", () => {
  it("run on one thread, saying why, with the same logits as one thread in Node", async () => {
    checkWorkerBuilt();
    const dir = join(tmp(), "worker");
    expect((await mixc("compile", tinySpec(), "--seed", "3", "--target", "worker", "-o", dir)).code).toBe(0);
    const worker = await build({ stdin: { contents: ENTRY, resolveDir: dir, loader: "js" }, bundle: true, format: "esm", platform: "neutral", external: ["*.wasm"], write: false });
    writeFileSync(join(dir, "worker.js"), worker.outputFiles[0]!.text);
    const [input] = randomInputs(1, 3 * 224 * 224, 9);
    const server = await serve(dir);
    try {
      const response = await fetch(server.url, { method: "POST", body: new Uint8Array(input!.buffer) });
      const answer = (await response.json()) as { threads: number; variant: string; fallback: string; logits: number[] };
      expect(answer.threads).toBe(1);
      expect(answer.fallback).toBe("threads: this host has no Worker (edge workers run one thread); running on one thread");
      const node = await loadModel(new WebAssembly.Module(readFileSync(join(dir, "model.wasm"))), { backend: "wasm", relaxedSimd: answer.variant === "relaxed-simd" });
      const want = Array.from(await node.run(input!));
      node.dispose();
      // workerd's V8 is not Node's: the same code, within float32 rounding.
      answer.logits.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want[i]!))));
    } finally {
      await server.stop();
    }
  });
});
