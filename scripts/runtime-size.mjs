// `npm run size`: the shipped browser- and worker-side code, minified and gzipped (zlib level 9),
// built in memory exactly as `npm run build` builds it (scripts/bundles.mjs).
// Each row counts the files a page downloads for it; `--json` prints the same
// rows with the source modules in each (test/package/size.test.ts reads it).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { IMAGE, RUNTIME, WORKER } from "./bundles.mjs";

/** Builds in memory; returns each output file's bytes, static imports and dynamic imports. */
async function outputs(options) {
  const result = await build({ ...options, write: false, metafile: true });
  const text = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf("/dist/") + 1), f.contents]));
  return new Map(
    Object.entries(result.metafile.outputs).map(([path, o]) => [
      path,
      { bytes: text.get(path), inputs: Object.keys(o.inputs), imports: o.imports.filter((i) => i.kind === "import-statement").map((i) => i.path), dynamic: o.imports.filter((i) => i.kind === "dynamic-import").map((i) => i.path) },
    ]),
  );
}

/** A file and every file it imports statically, less the files in `loaded`. */
function closure(files, path, loaded = new Set()) {
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p) || loaded.has(p)) return;
    seen.add(p);
    files.get(p).imports.forEach(visit);
  };
  visit(path);
  return seen;
}

function row(name, files, paths) {
  const list = [...paths].sort();
  return {
    name,
    files: list,
    modules: list.flatMap((p) => files.get(p).inputs).sort(),
    minified: list.reduce((n, p) => n + files.get(p).bytes.length, 0),
    gzip: list.reduce((n, p) => n + gzipSync(files.get(p).bytes, { level: 9 }).length, 0),
  };
}

const runtime = await outputs(RUNTIME);
const core = closure(runtime, "dist/runtime.js");
/** What one of the core's dynamic imports loads: the chunk holding `module` and its own imports. */
const loadedFor = (module) => {
  const chunk = [...core].flatMap((p) => runtime.get(p).dynamic).find((p) => runtime.get(p).inputs.includes(module));
  return closure(runtime, chunk, core);
};
const gpu = loadedFor("runtime/webgpu-executor.ts");
const decoders = loadedFor("runtime/image/source.ts");
const oneFile = await outputs({ ...RUNTIME, splitting: false });
const image = await outputs(IMAGE);
const worker = await outputs(WORKER);
// The worker imports the JPEG decoder as a module of its own (dist/jpeg.wasm), uploaded beside worker.js.
const decoderWasm = readFileSync("generated/jpeg.wasm");
const workerJs = row("", worker, worker.keys());
const withDecoder = {
  files: [...workerJs.files, "dist/jpeg.wasm"].sort(),
  minified: workerJs.minified + decoderWasm.length,
  gzip: workerJs.gzip + gzipSync(decoderWasm, { level: 9 }).length,
};
const rows = [
  row("runtime on wasm (loaded at import)", runtime, core),
  row("WebGPU executor (loaded when WebGPU is used)", runtime, gpu),
  row("image decoders chunk (loaded when classify() gets an image to decode)", runtime, decoders),
  row("runtime as one file (no splitting: WebGPU and the decoders included)", oneFile, oneFile.keys()),
  row("image decoders (mixc/image)", image, image.keys()),
  { ...row("edge worker (worker.js: handler, runtime on wasm, image decoders; jpeg.wasm)", worker, worker.keys()), ...withDecoder },
];

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"".padEnd(width)}  minified     gzip`);
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.minified).padStart(8)}  ${String(r.gzip).padStart(7)}`);
}
