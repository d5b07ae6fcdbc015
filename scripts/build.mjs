// Bundles the CLI into dist/mixc.js (run by `npm ci` through the prepare script).
import { build } from "esbuild";

await build({
  entryPoints: ["cli/main.ts"],
  outfile: "dist/mixc.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
