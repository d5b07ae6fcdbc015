// Builds dist/ (run by `npm ci` through the prepare script):
//   dist/mixc.js     the CLI, for Node
//   dist/runtime.js  the runtime, one platform-neutral ES module (Node, browsers, workers)
import { build } from "esbuild";

const common = { bundle: true, format: "esm", logLevel: "warning" };

await build({ ...common, entryPoints: ["cli/main.ts"], outfile: "dist/mixc.js", platform: "node", target: "node20", packages: "external" });
await build({ ...common, entryPoints: ["runtime/index.ts"], outfile: "dist/runtime.js", platform: "neutral", target: "es2022", minify: true });
