#!/usr/bin/env node
// The `mixc` command: runs the CLI bundled by `npm run build` (run by npm ci/install).
import v8 from "node:v8";

// Node 20 has relaxed SIMD behind a flag (Chromium, workerd and newer Node have it on);
// bundles then run their fused multiply-add code. It must be set before any wasm compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
const { main } = await import("../dist/mixc.js");

// A reader that stops early (`mixc ir ... | head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
