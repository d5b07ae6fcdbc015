// loadModel(source, { threads }): the same logits, bit for bit, on 1, 2 and 3
// threads (each SIMD variant), matching PyTorch; one thread and the reason where
// threads are not available; a thread that fails or hangs makes run() reject
// naming it, and the model still disposes; load/dispose cycles leave no threads.
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { assemble } from "../../compiler/backend/wasm/module.ts";
import { threadedFields } from "../../compiler/backend/wasm/threaded.ts";
import type { Addresses } from "../../compiler/backend/wasm/calls.ts";
import { splitOf } from "../../compiler/backend/wasm/split.ts";
import { customSection } from "../../compiler/backend/wasm/binary.ts";
import { signature } from "../../kernels/signature.ts";
import { loadModel, type Model } from "../../runtime/index.ts";
import { THREADS_RELAXED_SECTION, THREADS_SECTION, type BundleMeta } from "../../runtime/bundle-format.ts";
import { startThreads } from "../../runtime/threads.ts";
import { SYNC, syncAddress } from "../../runtime/thread-sync.ts";
import { fixture, hasShared, maxAbsDiff, tolerance, top } from "../shared.ts";

/** Addresses of a program that has no arena, weights or scratch. */
const nowhere: Addresses = { value: () => 0, scratch: 0, weights: () => 0, layer: () => nowhere };

const bits = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("hex");

/** Threads of this process (Linux), to see workers come and go. */
const osThreads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
const onLinux = process.platform === "linux";

/** Waits until `test` holds, up to `ms`. */
async function until(test: () => boolean, ms = 10000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) if (test()) return true;
  return test();
}

const open: Model[] = [];
afterEach(() => open.splice(0).forEach((m) => m.dispose()));
const load = async (...args: Parameters<typeof loadModel>) => {
  const m = await loadModel(...args);
  open.push(m);
  return m;
};

describe("a small network on threads", () => {
  let bytes: Uint8Array;
  const input = new Float32Array(3 * 16 * 16).map((_, i) => Math.sin(i * 0.7) * 2);
  beforeAll(async () => {
    bytes = (await compile("test/golden/small.mix", { seed: 3, target: "wasm" })).bytes;
  });

  it.each([true, false])("relaxed SIMD %s: 1, 2, 3 and 4 threads give bitwise the same logits", async (relaxedSimd) => {
    const logits: string[] = [];
    for (const threads of [1, 2, 3, 4]) {
      const model = await load(bytes, { backend: "wasm", relaxedSimd, threads });
      expect(model.threads).toBe(threads);
      expect(model.variant).toBe(relaxedSimd ? "relaxed-simd" : "simd128");
      expect(model.fallback ?? "").not.toMatch(/thread/);
      logits.push(bits(await model.run(input)));
      logits.push(bits(await model.run(input)));
    }
    expect(new Set(logits).size).toBe(1);
  });

  it("queues concurrent runs: each gets its own input's logits", async () => {
    const one = await load(bytes, { backend: "wasm" });
    const two = await load(bytes, { backend: "wasm", threads: 2 });
    const inputs = Array.from({ length: 8 }, (_, k) => input.map((v, i) => v * Math.cos(k + i)));
    const expected: string[] = [];
    for (const x of inputs) expected.push(bits(await one.run(x)));
    expect((await Promise.all(inputs.map((x) => two.run(x)))).map(bits)).toEqual(expected);
  });

  it("profiles its layers (on one thread)", async () => {
    const model = await load(bytes, { backend: "wasm", threads: 2 });
    const layers = await model.profile(2);
    expect(layers.map((l) => l.name)).toEqual(model.meta.layers.map((l) => l.name));
    expect(layers.every((l) => l.ms >= 0)).toBe(true);
  });

  it("takes 1 to 64 threads or 'auto', and refuses anything else", async () => {
    const auto = await load(bytes, { backend: "wasm", threads: "auto" });
    expect(auto.threads).toBeGreaterThanOrEqual(1);
    expect(auto.threads).toBeLessThanOrEqual(4);
    for (const bad of [0, 2.5, 65, "many", -1]) {
      await expect(loadModel(bytes, { backend: "wasm", threads: bad as number })).rejects.toThrow(`threads must be a whole number from 1 to 64, or "auto"; got ${JSON.stringify(bad)}`);
    }
  });

  it("runs on one thread, saying why, without shared memory, outside a cross-origin-isolated page, or with a bundle that has no threaded code", async () => {
    const { SharedArrayBuffer: shared } = globalThis;
    try {
      delete (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer;
      const model = await load(bytes, { backend: "wasm", threads: 2 });
      expect(model.threads).toBe(1);
      expect(model.fallback).toContain("threads: this engine has no shared memory (SharedArrayBuffer); running on one thread");
    } finally {
      globalThis.SharedArrayBuffer = shared;
    }
    try {
      (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated = false;
      const model = await load(bytes, { backend: "wasm", threads: 2 });
      expect(model.threads).toBe(1);
      expect(model.fallback).toContain("the page is not cross-origin isolated (serve it with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)");
    } finally {
      delete (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
    }
    const stripped = await WebAssembly.compile(withoutSections(bytes, [THREADS_SECTION, THREADS_RELAXED_SECTION]) as Uint8Array<ArrayBuffer>);
    const old = await load(stripped, { backend: "wasm", threads: 2 });
    expect(old.threads).toBe(1);
    expect(old.fallback).toContain("threads: the bundle has no threaded code (compiled for an edge worker, or by an older mixc)");
    expect(bits(await old.run(input))).toBe(bits(await (await load(bytes, { backend: "wasm", threads: 2 })).run(input)));
  });

  it("is left out of a bundle compiled with threads: false (edge workers), which then runs on one thread", async () => {
    const { bytes: single, meta } = await compile("test/golden/small.mix", { seed: 3, target: "wasm", threads: false });
    const module = await WebAssembly.compile(single as Uint8Array<ArrayBuffer>);
    expect(WebAssembly.Module.customSections(module, THREADS_SECTION)).toHaveLength(0);
    expect(WebAssembly.Module.customSections(module, THREADS_RELAXED_SECTION)).toHaveLength(0);
    expect(meta.wasm.variants).toEqual(["relaxed-simd"]);
    const model = await load(single, { backend: "wasm", threads: 2 });
    expect(model.threads).toBe(1);
    expect(model.fallback).toContain("threads: the bundle has no threaded code");
    expect(bits(await model.run(input))).toBe(bits(await (await load(bytes, { backend: "wasm" })).run(input)));
  });

  it.skipIf(!onLinux)("300 load/dispose cycles on 2 threads leave no threads and no memory behind", async () => {
    const module = await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>);
    const before = osThreads();
    const cycle = async () => (await loadModel(module, { backend: "wasm", threads: 2, warmup: false })).dispose();
    for (let i = 0; i < 20; i++) await cycle();
    await until(() => osThreads() <= before);
    global.gc?.();
    const rss = process.memoryUsage().rss;
    for (let i = 0; i < 280; i++) await cycle();
    expect(await until(() => osThreads() <= before)).toBe(true);
    global.gc?.();
    // Each load maps its own shared memory; what is left after 280 more cycles is bounded, not 280 of them.
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 2 ** 20);
  });
});

/** The bundle's bytes without the named custom sections (as a bundle from before they existed). */
function withoutSections(bytes: Uint8Array, names: string[]): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  const leb = (at: number): [number, number] => {
    let [n, shift] = [0, 0];
    for (;;) {
      const b = bytes[at++]!;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return [n, at];
    }
  };
  for (let at = 8; at < bytes.length; ) {
    const [size, body] = leb(at + 1);
    const end = body + size;
    const [nameLength, name] = leb(body);
    const custom = bytes[at] === 0 && names.includes(new TextDecoder().decode(bytes.subarray(name, name + nameLength)));
    if (!custom) parts.push(bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}

describe.skipIf(!hasShared).each([
  ["mixnet_s", "specs/mixnet-s.mix"],
  ["mixnet_m", "specs/mixnet-m.mix"],
])("%s on threads", (name, spec) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = (await compile(spec, { weights: fixture(name).weights })).bytes;
  });

  it.each([true, false])("relaxed SIMD %s: 1, 2 and 3 threads give bitwise the same logits, within tolerance of PyTorch's with its top-5", async (relaxedSimd) => {
    const fx = fixture(name);
    const logits: Float32Array[] = [];
    for (const threads of [1, 2, 3]) {
      const model = await load(bytes, { backend: "wasm", relaxedSimd, threads });
      expect(model.threads).toBe(threads);
      logits.push(await model.run(fx.input));
      model.dispose();
    }
    expect(new Set(logits.map(bits)).size).toBe(1);
    expect(maxAbsDiff(logits[0]!, fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
    expect(top(logits[0]!, 5)).toEqual(fx.meta.top5);
  });

  it("preprocesses an image on the threaded code's memory: the same logits as one thread", async () => {
    const image = { width: 301, height: 217, data: new Uint8Array(301 * 217 * 4).map((_, i) => (i * 37) % 251) };
    const one = await load(bytes, { backend: "wasm" });
    const two = await load(bytes, { backend: "wasm", threads: 2 });
    expect(bits(await two.runImage(image))).toBe(bits(await one.runImage(image)));
    const big = { width: 1500, height: 1100, data: new Uint8Array(1500 * 1100 * 4).map((_, i) => (i * 13) % 256) };
    expect(bits(await two.runImage(big))).toBe(bits(await one.runImage(big)));
  });
});

describe("a thread that fails", () => {
  /** The flag the calling thread waits for in `pool`'s kernel. */
  const FLAG = 64;
  /**
   * A stand-in for a bundle: threaded code of one layer cut in two chunks, whose kernel on the
   * calling thread (thread 0) runs `main`, then waits until a worker has set a flag (or the abort
   * word is set), and on a worker sets the flag, then runs `worker`: so that each takes a chunk.
   */
  async function pool(main: string, worker: string, timeoutMs = 10000) {
    const sig = signature("at", "count");
    const call = { kernel: "work", source: () => "", args: () => [0, 2], split: splitOf(sig, 2, 1, "count", { at: 1 }) };
    const wat = `(module
  (import "env" "memory" (memory 1 1 shared))
  (import "env" "now" (func $now (result f64)))
  (export "memory" (memory 0))
  (global (export "input") i32 (i32.const 0))
  (global (export "output") i32 (i32.const 0))
  (func $work ${sig.wasmParams}
    (if (i32.eqz (global.get $thread))
      (then ${main}
        (loop $wait (br_if $wait (i32.eqz (i32.or (i32.atomic.load (i32.const ${FLAG})) (i32.atomic.load (i32.const ${syncAddress(SYNC.abort)})))))))
      (else (i32.atomic.store (i32.const ${FLAG}) (i32.const 1)) ${worker})))
  ${threadedFields([[call]], () => nowhere)})`;
    const bundle = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), customSection(THREADS_SECTION, assemble(wat, false, true))]);
    const meta = { wasm: { memoryPages: { initial: 1, maximum: 1 } } } as BundleMeta;
    const started = await startThreads(await WebAssembly.compile(bundle), meta, new WebAssembly.Memory({ initial: 1 }), false, 2, timeoutMs);
    if (typeof started === "string") throw new Error(started);
    const { pool, exports } = started;
    return { pool, reset: () => new Int32Array(exports.memory.buffer, FLAG, 1).fill(0) };
  }

  it("makes run() reject naming the worker and its error; later runs reject too; dispose ends the workers", async () => {
    const before = osThreads();
    const { pool: p } = await pool("", "(unreachable)");
    await expect(p.run()).rejects.toThrow(/^thread 1 failed: .*unreachable/);
    await expect(p.run()).rejects.toThrow(/^an earlier inference failed on its threads \(thread 1 failed: .*\); dispose the model and load it again$/);
    p.dispose();
    if (onLinux) expect(await until(() => osThreads() <= before)).toBe(true);
  });

  it("on the calling thread releases the workers and rejects naming thread 0", async () => {
    const { pool: p } = await pool("(unreachable)", "");
    await expect(p.run()).rejects.toThrow(/^thread 0 \(the calling thread\) failed: .*unreachable/);
    p.dispose();
  });

  it("never finishing its chunk (a worker stuck or gone) makes run() reject after the deadline, and dispose still ends it", async () => {
    const before = osThreads();
    const { pool: p } = await pool("", "(loop $forever (br $forever))", 300);
    const started = Date.now();
    await expect(p.run()).rejects.toThrow("the inference waited over 300 ms for a chunk before layer 1 to finish: a thread stopped");
    expect(Date.now() - started).toBeLessThan(5000);
    p.dispose();
    if (onLinux) expect(await until(() => osThreads() <= before)).toBe(true);
  });

  it("runs again and again when none fails", async () => {
    const { pool: p, reset } = await pool("", "");
    for (let i = 0; i < 50; i++) {
      reset();
      await p.run();
    }
    p.dispose();
  });
});
