// Writes `mixc compile --target worker`'s project folder and says what Cloudflare
// Workers will think of it: the gzip size of what is uploaded (3 MB on the free
// plan, 10 MB paid) and the wasm memory (128 MB per isolate, requests included).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../compiler/errors.ts";
import { workerProject } from "../compiler/worker-project.ts";
import { writeFileAtomic } from "../compiler/write-atomic.ts";
import type { BundleMeta } from "../runtime/bundle.ts";
import type { Io } from "./command.ts";
import { gzipSize, mb } from "./sizes.ts";

const PLANS = [
  { plan: "free", limit: 3e6 },
  { plan: "paid", limit: 10e6 },
];
const MEMORY_LIMIT = 128e6;

export function writeWorker(dir: string, compiled: { bytes: Uint8Array; meta: BundleMeta; program: { relaxedCode: Uint8Array } }, io: Io): void {
  const files = workerProject(compiled.meta.name, compiled.bytes, compiled.program.relaxedCode, compiled.meta.hash);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? "a file of that name is in the way" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new UserError(`cannot create the worker's folder ${dir}: ${why}`);
  }
  for (const file of files) writeFileAtomic(join(dir, file.name), file.bytes);
  const uploaded = files.filter((f) => f.deployed);
  const raw = uploaded.reduce((n, f) => n + f.bytes.length, 0);
  const gzip = uploaded.reduce((n, f) => n + gzipSize(f.bytes), 0);
  const memory = wasmMemory(compiled.bytes);
  io.err(`wrote ${dir}/: ${files.map((f) => `${f.name}${f.deployed ? ` ${mb(f.bytes.length)}` : ""}`).join(", ")}\n`);
  io.err(`worker modules: ${mb(raw)}, gzip ${mb(gzip)}; wasm memory ${mb(memory)}\n`);
  const over = PLANS.filter((p) => gzip > p.limit);
  if (over.length) io.err(`mixc: warning: the worker is ${mb(gzip)} gzipped, over Cloudflare Workers' limit on the ${over.map((p) => `${p.plan} plan (${mb(p.limit)})`).join(" and the ")}: workerd runs it, but deploying on ${over.length > 1 ? "either plan" : "that plan"} fails\n`);
  if (memory > MEMORY_LIMIT) io.err(`mixc: warning: the model needs ${mb(memory)} of wasm memory, over the ${mb(MEMORY_LIMIT)} a worker has\n`);
}

/** The memory a bundle's instance holds (its size is fixed at compile time). */
function wasmMemory(bundle: Uint8Array): number {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bundle as Uint8Array<ArrayBuffer>), {});
  return (instance.exports.memory as WebAssembly.Memory).buffer.byteLength;
}
