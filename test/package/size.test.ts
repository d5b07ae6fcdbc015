// The runtime's download size, in bytes (never time): what a page on wasm
// loads stays under 10 KB gzipped, the WebGPU executor and the image decoders
// apart from it. Measured by `npm run size` (scripts/runtime-size.mjs), which
// builds with the options `npm run build` uses.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./package.ts";

interface Row {
  name: string;
  files: string[];
  modules: string[];
  minified: number;
  gzip: number;
}

const rows: Row[] = JSON.parse(execFileSync(process.execPath, ["scripts/runtime-size.mjs", "--json"], { cwd: ROOT, encoding: "utf8" }));
/** The row whose name starts with `name` (scripts/runtime-size.mjs names them). */
const row = (name: string) => rows.find((r) => r.name.startsWith(name));
const [wasm, gpu, decoders, oneFile, image, worker] = ["runtime on wasm", "WebGPU executor", "image decoders chunk", "runtime as one file", "image decoders (mixc/image)", "edge worker"].map(row);

describe("the runtime's size", () => {
  it("on wasm: under 10 KB gzipped, without the WebGPU executor, the image decoders or any dependency", () => {
    expect(wasm!.files).toContain("dist/runtime.js");
    expect(wasm!.modules).toContain("runtime/index.ts");
    expect(wasm!.modules).toContain("runtime/wasm-executor.ts");
    expect(wasm!.modules.filter((m) => m === "runtime/webgpu-executor.ts" || m.startsWith("runtime/image/") || m.includes("node_modules"))).toEqual([]);
    expect(wasm!.gzip).toBeLessThan(10 * 1024);
    expect(wasm!.gzip).toBeGreaterThan(1000);
  });

  it("the WebGPU executor is a chunk of its own, loaded on demand, and with it the runtime is still under 10 KB gzipped", () => {
    expect(gpu!.modules).toEqual(["runtime/webgpu-executor.ts"]);
    expect(wasm!.gzip + gpu!.gzip).toBeLessThan(10 * 1024);
  });

  it("the image decoders are a chunk loaded only when classify() gets an image to decode: under 20 KB gzipped, the JPEG decoder's wasm inside", () => {
    expect(decoders!.modules).toEqual(expect.arrayContaining(["runtime/image/source.ts", "runtime/image/decode.ts", "runtime/image/jpeg.ts", "generated/jpeg-wasm.ts"]));
    expect(decoders!.modules.filter((m) => wasm!.modules.includes(m) || m.includes("node_modules"))).toEqual([]);
    expect(decoders!.gzip).toBeLessThan(20 * 1024);
    expect(oneFile!.modules).toEqual(expect.arrayContaining([...wasm!.modules, ...gpu!.modules, ...decoders!.modules]));
  });

  it("the image decoders (mixc/image) hold the wasm JPEG decoder, no dependency and nothing of the runtime", () => {
    expect(image!.files).toEqual(["dist/image.js"]);
    expect(image!.modules).toEqual(expect.arrayContaining(["runtime/image/decode.ts", "runtime/image/png.ts", "runtime/image/jpeg.ts", "generated/jpeg-wasm.ts"]));
    expect(image!.modules.filter((m) => m.includes("node_modules"))).toEqual([]);
    expect(image!.modules.filter((m) => m.startsWith("runtime/") && !m.startsWith("runtime/image/") && m !== "runtime/preprocess-kernel.ts")).toEqual([]);
  });

  it("the edge worker (worker.js and jpeg.wasm) holds the runtime on wasm and the image decoders, but not the WebGPU executor", () => {
    expect(worker!.files).toEqual(["dist/jpeg.wasm", "dist/worker.js"]);
    expect(worker!.modules).toContain("decoder-imported:jpeg-wasm");
    expect(worker!.modules).not.toContain("generated/jpeg-wasm.ts");
    expect(worker!.modules).toEqual(expect.arrayContaining([...wasm!.modules, "runtime/worker/entry.ts", "runtime/image/decode.ts"]));
    expect(worker!.modules).toContain("without-webgpu:webgpu-executor");
    expect(worker!.modules.filter((m) => m.startsWith("runtime/webgpu-executor"))).toEqual([]);
  });
});
