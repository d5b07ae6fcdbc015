// `mixc compile --target worker`: a project that workerd serves as it is and
// wrangler deploys to Cloudflare Workers:
//   worker.js           the request handler and the runtime, one ES module
//   model.wasm          the bundle, imported as a WebAssembly.Module
//   model.relaxed.wasm  its relaxed-SIMD twin as a module of its own (workerd does
//                       not compile wasm from bytes at run time, so it cannot be
//                       taken from the bundle's section there)
//   config.capnp        workerd's config: `npx workerd serve DIR/config.capnp`
//   wrangler.toml       for `npx wrangler deploy` / `wrangler dev`
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TWIN_OF_SECTION } from "../../runtime/bundle-format.ts";
import { concat, customSection } from "../backend/wasm/binary.ts";
import { UserError } from "../errors.ts";

/** The date whose Workers behaviour the worker is written for (workerd and wrangler). */
const COMPATIBILITY_DATE = "2025-09-01";
export const WORKER_PORT = 8787;

export interface ProjectFile {
  name: string;
  bytes: Uint8Array;
  /** Uploaded to Workers, so counted against its size limits. */
  deployed: boolean;
}

export function workerProject(name: string, bundle: Uint8Array, relaxedCode: Uint8Array, hash: string): ProjectFile[] {
  const text = (s: string) => new TextEncoder().encode(s);
  return [
    { name: "worker.js", bytes: built("worker.js"), deployed: true },
    { name: "jpeg.wasm", bytes: built("jpeg.wasm"), deployed: true },
    { name: "model.wasm", bytes: bundle, deployed: true },
    { name: "model.relaxed.wasm", bytes: concat([relaxedCode, customSection(TWIN_OF_SECTION, text(hash))]), deployed: true },
    { name: "config.capnp", bytes: text(CAPNP_CONFIG), deployed: false },
    { name: "wrangler.toml", bytes: text(wranglerToml(name)), deployed: false },
  ];
}

/**
 * dist/worker.js: runtime/worker/entry.ts and the runtime in one minified ES module,
 * and dist/jpeg.wasm, the JPEG decoder it imports,
 * bundled by `npm run build` (scripts/bundles.mjs) rather than here at compile time:
 * the installed package ships dist/ but not the TypeScript sources, and needs no
 * bundler at run time. `npm test` builds first; the worker tests check that the
 * build is newer than runtime/.
 */
function built(file: string): Uint8Array {
  const path = new URL(`dist/${file}`, packageRoot());
  try {
    return readFileSync(path);
  } catch {
    throw new UserError(`the edge worker's code is missing (${fileURLToPath(path)}): run npm run build`);
  }
}

const CAPNP_CONFIG = `# workerd's config for this worker: npx workerd serve config.capnp
# (--socket-addr http=HOST:PORT listens elsewhere than 127.0.0.1:${WORKER_PORT})
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${WORKER_PORT}", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "model.wasm", wasm = embed "model.wasm"),
    (name = "model.relaxed.wasm", wasm = embed "model.relaxed.wasm"),
    (name = "jpeg.wasm", wasm = embed "jpeg.wasm"),
  ],
  compatibilityDate = "${COMPATIBILITY_DATE}",
);
`;

function wranglerToml(name: string): string {
  const workerName = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "mixc-model";
  return `# npx wrangler deploy (or wrangler dev) from this folder
name = "${workerName}"
main = "worker.js"
compatibility_date = "${COMPATIBILITY_DATE}"
# worker.js is bundled already; its .wasm imports are uploaded as compiled modules
no_bundle = true
rules = [{ type = "CompiledWasm", globs = ["**/*.wasm"], fallthrough = false }]
`;
}

/** The nearest folder above this module with a package.json: from the sources and from dist/'s bundles alike. */
function packageRoot(): URL {
  for (let dir = new URL(".", import.meta.url); ; dir = new URL("..", dir)) {
    if (existsSync(new URL("package.json", dir))) return dir;
    if (new URL("..", dir).href === dir.href) throw new UserError(`mixc's package.json is not above ${fileURLToPath(import.meta.url)}`);
  }
}
