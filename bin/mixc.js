#!/usr/bin/env node
// The `mixc` command: runs the CLI bundled by `npm run build` (run by npm ci/install).
import { main } from "../dist/mixc.js";

// A reader that stops early (`mixc ir ... | head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
