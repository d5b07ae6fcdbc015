// The edge worker (workerd, Cloudflare Workers): `mixc compile --target worker`
// bundles this file with the runtime into worker.js, beside the two modules it
// imports. The platform hands .wasm imports over compiled (it forbids compiling
// wasm from bytes at run time), so the relaxed-SIMD twin comes as a module of its own.
import { loadModel } from "../index.ts";
import { createHandler } from "./handler.ts";
import bundle from "./model.wasm";
import relaxedModule from "./model.relaxed.wasm";

const handle = createHandler(() => loadModel(bundle, { backend: "wasm", relaxedModule }));

export default { fetch: (request: Request) => handle(request) };
