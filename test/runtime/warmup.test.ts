// loadModel runs two inferences at load unless told not to (`warmup: false`), so
// that V8 has optimised the code before the first real inference; the warm-up
// leaves nothing behind: the logits are the same, bit for bit, either way.
import { afterEach, describe, expect, it, vi } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel } from "../../runtime/index.ts";

const { bytes } = await compile("test/golden/small.mix", { seed: 4, target: "wasm" });
const input = new Float32Array(3 * 16 * 16).map((_, i) => Math.cos(i));

/** Counts the calls of the network's `run` export on every instance made from now on. */
function countRuns(): { calls: number } {
  const count = { calls: 0 };
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (m: WebAssembly.Module, i: WebAssembly.Imports) => Promise<WebAssembly.Instance>;
  vi.spyOn(WebAssembly, "instantiate").mockImplementation((async (module: WebAssembly.Module, imports: WebAssembly.Imports) => {
    const { exports } = await instantiate(module, imports);
    const run = exports.run as () => void;
    return { exports: { ...exports, run: () => (count.calls++, run()) } };
  }) as unknown as typeof WebAssembly.instantiate);
  return count;
}

afterEach(() => vi.restoreAllMocks());

describe("the warm-up inference at load", () => {
  it("runs twice by default, and not at all with warmup: false", async () => {
    const warmed = countRuns();
    const model = await loadModel(bytes, { backend: "wasm", relaxedSimd: false });
    expect(warmed.calls).toBe(2);
    const logits = await model.run(input);
    expect(warmed.calls).toBe(3);
    model.dispose();
    vi.restoreAllMocks();

    const cold = countRuns();
    const unwarmed = await loadModel(bytes, { backend: "wasm", relaxedSimd: false, warmup: false });
    expect(cold.calls).toBe(0);
    expect(await unwarmed.run(input)).toEqual(logits);
    expect(cold.calls).toBe(1);
    unwarmed.dispose();
  });
});
