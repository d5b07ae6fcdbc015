// Builds dist/ (run by `npm ci` through the prepare script, and by `npm test`):
//   dist/mixc.js      the CLI (bin/mixc.js), for Node
//   dist/compiler.js  the compiler library, the package's "." entry, for Node
//   dist/runtime.js   the runtime, "mixc/runtime": platform-neutral (Node, browsers, workers)
//   dist/image.js     the PNG/JPEG decoders, "mixc/image": platform-neutral
//   dist/worker.js    the edge worker, which `mixc compile --target worker` copies
//   dist/jpeg.wasm    the JPEG decoder as a module of its own, for the worker to import
//   dist/*-HASH.js    chunks those import (scripts/bundles.mjs says which)
//   generated/        the AssemblyScript kernels, compiled (scripts/assembly.mjs)
//   dist/types/       TypeScript declarations of the entries (tsconfig.build.json)
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";
import { buildAssembly } from "./assembly.mjs";
import { IMAGE, NODE, RUNTIME, WORKER } from "./bundles.mjs";

rmSync("dist", { recursive: true, force: true });
await buildAssembly();
await Promise.all([NODE, RUNTIME, IMAGE, WORKER].map((options) => build(options)));
copyFileSync("generated/jpeg.wasm", "dist/jpeg.wasm"); // the worker imports it as a module
// Declarations only, without type checking (npm test does that): fast enough for every npm ci.
execFileSync(process.execPath, [createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { stdio: "inherit" });
