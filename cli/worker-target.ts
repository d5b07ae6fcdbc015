// Writes `mixc compile --target worker`'s project folder and says what Cloudflare
// Workers will think of it: the gzip size of what is uploaded (3 MB on the free
// plan, 10 MB paid) and the wasm memory (128 MB per isolate, requests included).
import { join } from "node:path";
import { makeDirectory, workerProject, writeFileAtomic } from "../compiler/index.ts";
import { readMeta } from "../runtime/index.ts";
import type { Io } from "./command.ts";
import { gzipSize, mb } from "./sizes.ts";

const PLANS = [
  { plan: "free", limit: 3e6 },
  { plan: "paid", limit: 10e6 },
];
const MEMORY_LIMIT = 128e6;

/** What a worker over the size limits could try next: weights stored in fewer bits. */
const smallerWeights = (dtype = "f32") =>
  dtype === "int8" ? "" : `; --weights-dtype ${dtype === "f32" ? "f16 or int8 stores the weights in about half or a quarter" : "int8 stores the weights in about half"} of the bytes`;

export function writeWorker(dir: string, compiled: { bytes: Uint8Array; program: { relaxedCode: Uint8Array } }, io: Io): void {
  // The bundle as the worker loads it: the twin names the hash the runtime will read, and the memory is its instance's.
  const module = new WebAssembly.Module(compiled.bytes as Uint8Array<ArrayBuffer>);
  const meta = readMeta(module);
  const memory = (new WebAssembly.Instance(module, {}).exports.memory as WebAssembly.Memory).buffer.byteLength;
  const files = workerProject(meta.name, compiled.bytes, compiled.program.relaxedCode, meta.hash);
  makeDirectory(dir);
  for (const file of files) writeFileAtomic(join(dir, file.name), file.bytes);
  const uploaded = files.filter((f) => f.deployed);
  const raw = uploaded.reduce((n, f) => n + f.bytes.length, 0);
  const gzip = uploaded.reduce((n, f) => n + gzipSize(f.bytes), 0);
  io.err(`wrote ${dir}/: ${files.map((f) => `${f.name}${f.deployed ? ` ${mb(f.bytes.length)}` : ""}`).join(", ")}\n`);
  io.err(`worker modules: ${mb(raw)}, gzip ${mb(gzip)}; wasm memory ${mb(memory)}\n`);
  const over = PLANS.filter((p) => gzip > p.limit);
  if (over.length) io.err(`mixc: warning: the worker is ${mb(gzip)} gzipped, over Cloudflare Workers' limit on the ${over.map((p) => `${p.plan} plan (${mb(p.limit)})`).join(" and the ")}: workerd runs it, but deploying on ${over.length > 1 ? "either plan" : "that plan"} fails${smallerWeights(meta.wasm.weightsDtype)}\n`);
  if (memory > MEMORY_LIMIT) io.err(`mixc: warning: the model needs ${mb(memory)} of wasm memory, over the ${mb(MEMORY_LIMIT)} a worker has\n`);
}
