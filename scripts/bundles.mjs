// What `npm run build` bundles with esbuild, shared with scripts/runtime-size.mjs
// so that the sizes measured are the sizes shipped.
const common = { bundle: true, format: "esm", outdir: "dist", logLevel: "warning" };
const web = { ...common, platform: "neutral", target: "es2022", minify: true };

/** For Node: the CLI (dist/mixc.js) and the compiler library (dist/compiler.js), sharing chunks; dependencies external. */
export const NODE = {
  ...common,
  entryPoints: { mixc: "cli/main.ts", compiler: "compiler/index.ts" },
  splitting: true,
  chunkNames: "node-[hash]",
  platform: "node",
  target: "node20",
  packages: "external",
};

/** The runtime (dist/runtime.js) for every platform; its WebGPU executor is a chunk loaded only when WebGPU is asked for. */
export const RUNTIME = { ...web, entryPoints: { runtime: "runtime/index.ts" }, splitting: true, chunkNames: "runtime-[name]-[hash]" };

/** The PNG/JPEG decoders (dist/image.js) for every platform, the JPEG decoder's wasm inside (base64). */
export const IMAGE = { ...web, entryPoints: { image: "runtime/image/decode.ts" } };

/** Workers have no WebGPU and entry.ts asks for wasm, so the worker leaves the WebGPU executor out: its import resolves to a module that says so. */
const withoutWebGpu = {
  name: "without-webgpu",
  setup(build) {
    build.onResolve({ filter: /\/webgpu-executor\.ts$/ }, () => ({ path: "webgpu-executor", namespace: "without-webgpu" }));
    build.onLoad({ filter: /.*/, namespace: "without-webgpu" }, () => ({
      contents: 'export function createWebGpuExecutor() { throw new Error("the edge worker runs on wasm: it has no WebGPU executor"); }',
      loader: "js",
    }));
  },
};

/** Workers forbid compiling wasm from bytes: the JPEG decoder comes as a module of its own (dist/jpeg.wasm, copied beside worker.js), imported precompiled. */
const decoderImported = {
  name: "decoder-imported",
  setup(build) {
    build.onResolve({ filter: /\/jpeg-wasm\.ts$/ }, () => ({ path: "jpeg-wasm", namespace: "decoder-imported" }));
    build.onLoad({ filter: /.*/, namespace: "decoder-imported" }, () => ({
      contents: 'import decoder from "./jpeg.wasm"; export const jpegModule = async () => decoder;',
      loader: "js",
    }));
  },
};

/** The edge worker (dist/worker.js): runtime/worker/entry.ts and the runtime on wasm in one module, no chunks (a worker uploads what it imports); `mixc compile --target worker` copies it beside the model's .wasm files, which it imports. */
export const WORKER = { ...web, entryPoints: { worker: "runtime/worker/entry.ts" }, external: ["*.wasm"], plugins: [withoutWebGpu, decoderImported] };
