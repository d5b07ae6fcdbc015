// mixc run and bench on WebGPU (Dawn): a bundle carrying the hand-written
// program of test/webgpu, and one-line errors when WebGPU is missing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { mixc } from "../mixc.ts";
import { hasWebGpu } from "../webgpu/dawn.ts";
import { bytes, expected, first, input, last, program, withProgram } from "../webgpu/hand-program.ts";

const dir = mkdtempSync(join(tmpdir(), "mixc-cli-webgpu-"));
const [gpuBundle, cpuBundle, inputFile] = ["gpu.wasm", "cpu.wasm", "input.bin"].map((f) => join(dir, f)) as [string, string, string];
writeFileSync(gpuBundle, withProgram(program()));
writeFileSync(cpuBundle, bytes);
writeFileSync(inputFile, new Uint8Array(input(1).buffer));

describe.skipIf(!hasWebGpu)("mixc on WebGPU", () => {
  it("runs a bundle's program and writes its logits", async () => {
    const output = join(dir, "logits.bin");
    const r = await mixc("run", gpuBundle, "--backend", "webgpu", "--input", inputFile, "--output", output, "--top", "2");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/gpu\.wasm: webgpu backend \(.+\), [\d.]+ ms\n$/);
    expect(r.out.trim().split("\n")).toHaveLength(2);
    const logits = new Float32Array(new Uint8Array(readFileSync(output)).buffer);
    expected(input(1)).forEach((v, i) => expect(logits[i]).toBeCloseTo(v, 3));
  });

  it("benchmarks it, per layer", async () => {
    const b = await mixc("bench", gpuBundle, "--backend", "webgpu", "--runs", "2", "--warmup", "1", "--per-layer", "--json");
    expect(b.code).toBe(0);
    const json = JSON.parse(b.out);
    expect(json).toMatchObject({ model: "tiny", backend: "webgpu", runs: 2 });
    expect(json.layers.map((l: { name: string; kernels: string[] }) => [l.name, l.kernels])).toEqual([
      [first, ["affine"]],
      [last, ["sum"]],
    ]);
  });

  it("names a bundle without a WebGPU program, exit 1", async () => {
    expect(await mixc("run", cpuBundle, "--backend", "webgpu", "--input", inputFile)).toMatchObject({ code: 1, err: `${cpuBundle}: this bundle has no WebGPU program\n` });
    expect(await mixc("bench", cpuBundle, "--backend", "webgpu")).toMatchObject({ code: 1, err: `${cpuBundle}: this bundle has no WebGPU program\n` });
  });
});

describe("mixc without WebGPU", () => {
  it("says what to set when there is no adapter, in one line, exit 1", () => {
    // A process whose Vulkan loader finds no driver: no adapter, GPU or not.
    const script = join(dir, "mixc.mts");
    writeFileSync(script, `import { main } from ${JSON.stringify(resolve("cli/main.ts"))};\nprocess.exitCode = await main(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });\n`);
    const child = spawnSync(process.execPath, ["--import", "tsx", script, "run", gpuBundle, "--backend", "webgpu", "--input", inputFile], {
      encoding: "utf8",
      env: { ...process.env, VK_ICD_FILENAMES: join(dir, "no-driver.json") },
    });
    expect(child.status).toBe(1);
    // Dawn warns on stderr first (the Vulkan loader found no driver).
    expect(child.stderr.endsWith("\nno WebGPU adapter: on a machine without a GPU set LD_LIBRARY_PATH=/usr/lib/chromium VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json for SwiftShader\n")).toBe(true);
  });

  it("rejects an unknown backend, exit 2", async () => {
    expect(await mixc("bench", gpuBundle, "--backend", "tpu")).toMatchObject({ code: 2, err: "mixc: unknown backend 'tpu' for bench; available: wasm, webgpu\n" });
    expect(await mixc("run", gpuBundle, "--backend", "reference", "--input", inputFile)).toMatchObject({ code: 2, err: "mixc: a bundle runs on the wasm or webgpu backend, not 'reference'\n" });
  });
});
