// The relaxed-SIMD twin as a module of its own (what --target worker writes as
// model.relaxed.wasm): loadModel runs it when given, and refuses one that belongs
// to another bundle rather than run foreign code on this bundle's memory.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BundleError, loadModel } from "../../runtime/index.ts";
import { mixc } from "../mixc.ts";
import { checkWorkerBuilt, randomInputs, tinySpec, tmp } from "./fixtures.ts";

async function worker(seed: number) {
  const dir = join(tmp(), "worker");
  expect((await mixc("compile", tinySpec(), "--seed", String(seed), "--target", "worker", "-o", dir)).code).toBe(0);
  const read = (name: string) => new WebAssembly.Module(readFileSync(join(dir, name)));
  return { bundle: read("model.wasm"), twin: read("model.relaxed.wasm") };
}

describe("loadModel's relaxedModule", () => {
  let a: Awaited<ReturnType<typeof worker>>;
  let b: Awaited<ReturnType<typeof worker>>;
  beforeAll(async () => {
    checkWorkerBuilt();
    [a, b] = [await worker(1), await worker(2)];
  });

  it("runs the twin given, with the same logits as the bundle's own section", async () => {
    const given = await loadModel(a.bundle, { backend: "wasm", relaxedModule: a.twin });
    const own = await loadModel(a.bundle, { backend: "wasm" });
    expect([given.variant, own.variant]).toEqual(["relaxed-simd", "relaxed-simd"]);
    const [x] = randomInputs(1, 3 * 224 * 224, 4);
    expect(await given.run(x!)).toEqual(await own.run(x!));
  });

  it("refuses another bundle's twin and a module that is no twin", async () => {
    await expect(loadModel(a.bundle, { backend: "wasm", relaxedModule: b.twin })).rejects.toThrow(BundleError);
    await expect(loadModel(a.bundle, { backend: "wasm", relaxedModule: b.twin })).rejects.toThrow(/^the relaxed-SIMD module is not this bundle's twin \(it was written for bundle [0-9a-f]{12}, this is [0-9a-f]{12}\)$/);
    await expect(loadModel(a.bundle, { backend: "wasm", relaxedModule: b.bundle })).rejects.toThrow(/written for no mixc bundle/);
  });

  it("is ignored when relaxed SIMD is turned off", async () => {
    const plain = await loadModel(a.bundle, { backend: "wasm", relaxedSimd: false, relaxedModule: b.twin });
    expect(plain.variant).toBe("simd128");
  });
});
