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

/** An esbuild plugin resolving every import of a file matching `filter` to a module of `contents` instead. */
const replaceModule = (name, filter, contents) => ({
  name,
  setup(build) {
    build.onResolve({ filter }, ({ path }) => ({ path: path.replace(/^.*\//, "").replace(/\.ts$/, ""), namespace: name }));
    build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: "js" }));
  },
});

/** Workers have no WebGPU and entry.ts asks for wasm, so the worker leaves the WebGPU executor out: its import resolves to a module that says so. */
const withoutWebGpu = replaceModule("without-webgpu", /\/webgpu-executor\.ts$/, 'export function createWebGpuExecutor() { throw new Error("the edge worker runs on wasm: it has no WebGPU executor"); }');

/** Workers forbid compiling wasm from bytes: the JPEG decoder comes as a module of its own (dist/jpeg.wasm, copied beside worker.js), imported precompiled. */
const decoderImported = replaceModule("decoder-imported", /\/jpeg-wasm\.ts$/, 'import decoder from "./jpeg.wasm"; export const jpegModule = async () => decoder;');

/** The edge worker (dist/worker.js): runtime/worker/entry.ts and the runtime on wasm in one module, no chunks (a worker uploads what it imports); `mixc compile --target worker` copies it beside the model's .wasm files, which it imports. */
export const WORKER = { ...web, entryPoints: { worker: "runtime/worker/entry.ts" }, external: ["*.wasm"], plugins: [withoutWebGpu, decoderImported] };
