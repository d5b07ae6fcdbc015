#!/usr/bin/env node
// The `mixc` command: runs the CLI bundled by `npm run build` (run by npm ci/install).
import { main } from "../dist/mixc.js";

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
