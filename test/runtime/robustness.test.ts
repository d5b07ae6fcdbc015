// The runtime on wasm under misuse and long use: bad input is refused with a
// clear error (never NaN logits), 10,000 inferences in one process keep the
// wasm memory and the JS heap flat, dispose() releases the model, and loading
// and disposing many models does not grow the process. The figures measured
// are printed (heap after a full collection, so that garbage does not count).
import v8 from "node:v8";
import vm from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel } from "../../runtime/index.ts";
import { specFile } from "../spec-file.ts";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage();
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

const spec = specFile("network tiny {\n  input 3x32x32\n  stem c=8\n  stage { ir k=3,5 e=2 c=16 se=0.25 }\n  head c=32\n  pool avg\n  classifier classes=5\n}\n");
const { bytes } = await compile(spec, { seed: 3, target: "wasm" });
const size = 3 * 32 * 32;
const x = (seed: number) => Float32Array.from({ length: size }, (_, i) => Math.sin(i * 0.1 + seed));

afterEach(() => vi.restoreAllMocks());

describe("run() refuses bad input", () => {
  it("a NaN or infinite value, naming the first; the wrong type; the wrong length", async () => {
    const model = await loadModel(bytes, { backend: "wasm" });
    const good = await model.run(x(1));
    for (const [at, value] of [[0, NaN], [size - 1, NaN], [100, Infinity], [7, -Infinity]] as const) {
      const bad = x(1);
      bad[at] = value;
      bad[at + (at ? -1 : 1)] = NaN; // not the first: the message names the first
      const first = Math.min(at, at + (at ? -1 : 1));
      await expect(model.run(bad)).rejects.toThrow(new RangeError(`run() input value ${first} is ${bad[first]}; the input must be finite (a NaN or an infinity would turn every logit into NaN)`));
    }
    for (const wrong of [Float64Array.from(x(1)), Array.from(x(1)), new Uint8Array(size), null, "input"]) {
      await expect(model.run(wrong as unknown as Float32Array)).rejects.toThrow(new TypeError("run() takes a Float32Array"));
    }
    await expect(model.run(new Float32Array(size + 1))).rejects.toThrow(new RangeError(`run() needs ${size} values (1x3x32x32, NCHW), got ${size + 1}`));
    await expect(model.run(new Float32Array(0))).rejects.toThrow(new RangeError(`run() needs ${size} values (1x3x32x32, NCHW), got 0`));
    // A refused input leaves the model as it was.
    expect(await model.run(x(1))).toEqual(good);
    model.dispose();
  });

  it("dispose() releases the model: run() and profile() then reject, and disposing again is harmless", async () => {
    const model = await loadModel(bytes, { backend: "wasm" });
    model.dispose();
    await expect(model.run(x(1))).rejects.toThrow("this model has been disposed");
    await expect(model.profile(1)).rejects.toThrow("this model has been disposed");
    expect(() => model.dispose()).not.toThrow();
  });
});

describe("no leaks", () => {
  it("10,000 inferences keep the wasm memory's size and the JS heap flat", async () => {
    const instantiate = vi.spyOn(WebAssembly, "instantiate");
    const model = await loadModel(bytes, { backend: "wasm" });
    const instance = (await instantiate.mock.results[0]!.value) as WebAssembly.Instance;
    const memory = instance.exports.memory as WebAssembly.Memory;
    const pages = memory.buffer.byteLength;
    const input = x(2);
    instantiate.mockRestore();
    const reference = await model.run(input);
    for (let i = 0; i < 500; i++) await model.run(input); // warm up: compiled code, inline caches
    const before = heap().heapUsed;
    for (let i = 0; i < 10_000; i++) await model.run(input);
    const grown = heap().heapUsed - before;
    console.log(`10,000 inferences: wasm memory ${mb(pages)} before and ${mb(memory.buffer.byteLength)} after; JS heap grew ${(grown / 1024).toFixed(1)} KiB`);
    expect(memory.buffer.byteLength).toBe(pages);
    expect(grown).toBeLessThan(256 * 1024);
    expect(await model.run(input)).toEqual(reference);
    model.dispose();
  });

  it("dispose() frees a model's wasm memory even while the caller still holds the model, and 300 loads and disposals do not grow the process", async () => {
    const instantiate = vi.spyOn(WebAssembly, "instantiate");
    const load = () => loadModel(bytes, { backend: "wasm" });
    const first = await load();
    const memoryBytes = ((await instantiate.mock.results[0]!.value).exports.memory as WebAssembly.Memory).buffer.byteLength;
    first.dispose();
    instantiate.mockRestore(); // its records would hold every instance
    const start = heap().external;
    // The control: live models hold their memories, and the measure sees them.
    const held = await Promise.all(Array.from({ length: 50 }, load));
    const live = heap().external - start;
    for (const model of held) model.dispose();
    const disposed = heap().external - start;
    const before = heap();
    for (let i = 0; i < 300; i++) {
      const model = await load();
      await model.run(x(i));
      model.dispose();
    }
    const after = heap();
    const grown = { heap: after.heapUsed - before.heapUsed, external: after.external - before.external };
    console.log(
      `wasm memory ${mb(memoryBytes)} a model: 50 live models ${mb(live)} external, the same 50 disposed (still referenced) ${mb(disposed)}; ` +
        `300 loads and disposals: JS heap ${(grown.heap / 1024).toFixed(1)} KiB, external ${mb(grown.external)}`,
    );
    expect(live).toBeGreaterThan(40 * memoryBytes);
    expect(disposed).toBeLessThan(5 * memoryBytes);
    expect(grown.heap).toBeLessThan(2 * 2 ** 20);
    expect(grown.external).toBeLessThan(10 * memoryBytes);
  });
});
