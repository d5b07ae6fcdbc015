// The edge worker (workerd, Cloudflare Workers): `mixc compile --target worker`
// bundles this file with the runtime into worker.js, beside the modules it
// imports: the model, its relaxed-SIMD twin and the JPEG decoder (jpeg.wasm, which
// the build swaps in for runtime/image/jpeg-wasm.ts). The platform hands .wasm
// imports over compiled (it forbids compiling wasm from bytes at run time), so
// each comes as a module of its own.
import { loadModel } from "../index.ts";
import { createHandler } from "./handler.ts";
import bundle from "./model.wasm";
import relaxedModule from "./model.relaxed.wasm";

const handle = createHandler(() => loadModel(bundle, { backend: "wasm", relaxedModule }));

export default { fetch: (request: Request) => handle(request) };
