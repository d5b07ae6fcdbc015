// The workerd part of npm run bench:image: `mixc compile specs/mixnet-m.mix --seed 1
// --target worker` served by workerd on 127.0.0.1, and POST requests end to end
// (JPEGs, and the same network fed a raw float32 body), alternating. Then the CPU
// time workerd spends on each request, beside the same body read and refused and an
// empty body refused, which tell the decode and the inference apart (workerd-cpu.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main.ts";
import { checkWorkerBuilt } from "../../test/worker/fixtures.ts";
import { serve } from "../../test/worker/workerd.ts";
import type { Photo } from "./photos.ts";
import { alternateWithin } from "./rounds.ts";
import { cpuPerRequest, type Batches, type Probe } from "./workerd-cpu.ts";

export const FLOAT32 = "raw float32 body";
const FLOAT32_TYPE = "application/x-float32";
const REFUSED: Request = { name: "empty body, refused", type: FLOAT32_TYPE, body: new Uint8Array(0) };

export interface Request {
  name: string;
  type: string;
  body: Uint8Array<ArrayBuffer>;
}

export interface WorkerResult {
  /** Times of the requests answered 200; the others' answers. */
  rows: { request: string; times?: number[]; refused?: string }[];
  rounds: number;
  limits: unknown;
  cpu: WorkerCpu | string;
}

/** CPU milliseconds per request, or why they could not be measured. */
export interface WorkerCpu {
  /** Each request answered 200, and its body (4 bytes longer) posted as a wrong-size raw tensor: read, then refused. */
  requests: { request: string; answered: Batches; read: Batches }[];
  /** An empty body: the request's own cost, refused before anything is read or run. */
  refused: Batches;
  rounds: number;
  tickMs: number;
}

/** The requests' times, or why workerd could not be measured. */
export async function timeWorkerd(photos: Photo[], input: Float32Array, budgetMs: number, cpuBudgetMs: number): Promise<WorkerResult | string> {
  try {
    checkWorkerBuilt();
  } catch (e) {
    return (e as Error).message;
  }
  const dir = join(mkdtempSync(join(tmpdir(), "mixc-bench-worker-")), "worker");
  let err = "";
  const code = await main(["compile", "specs/mixnet-m.mix", "--seed", "1", "--target", "worker", "-o", dir], { out: () => {}, err: (t) => (err += t) });
  if (code !== 0) return `mixc compile --target worker failed: ${err}`;
  const server = await serve(dir);
  try {
    const requests: Request[] = [
      ...photos.map((photo) => ({ name: `${photo.name} (${(photo.bytes.length / 2 ** 20).toFixed(1)} MiB)`, type: photo.type, body: photo.bytes })),
      { name: FLOAT32, type: FLOAT32_TYPE, body: new Uint8Array(input.slice().buffer) },
    ];
    const post = (r: Request) => fetch(server.url, { method: "POST", headers: { "content-type": r.type }, body: r.body });
    const answered = await Promise.all(requests.map(async (r) => ({ r, response: await post(r) })));
    const refused = new Map<string, string>();
    for (const { r, response } of answered) {
      const text = await response.text();
      if (response.status !== 200) refused.set(r.name, `${response.status} ${text}`);
    }
    const timed = requests.filter((r) => !refused.has(r.name));
    const { times, rounds } = await alternateWithin(
      timed.map((r) => ({ name: r.name, run: async () => (await post(r)).arrayBuffer() })),
      budgetMs,
    );
    const limits = ((await (await fetch(server.url)).json()) as { limits: unknown }).limits;
    const cpu = await cpuOfRequests(server.pid, timed, post, cpuBudgetMs);
    return { rows: requests.map((r) => ({ request: r.name, times: times.get(r.name), refused: refused.get(r.name) })), rounds, limits, cpu };
  } finally {
    await server.stop();
  }
}

async function cpuOfRequests(pid: number, answered: Request[], post: (r: Request) => Promise<Response>, budgetMs: number): Promise<WorkerCpu | string> {
  const probe = (r: Request, status: number): Probe => ({
    name: r.name,
    send: async () => {
      const response = await post(r);
      const text = await response.text();
      if (response.status !== status) throw new Error(`workerd answered ${r.name} with ${response.status} ${text}, not ${status}`);
    },
  });
  const readOnly = answered.map((r) => ({ name: `${r.name}, read and refused`, type: FLOAT32_TYPE, body: longer(r.body) }));
  const cpu = await cpuPerRequest(pid, [...answered.map((r) => probe(r, 200)), ...readOnly.map((r) => probe(r, 400)), probe(REFUSED, 400)], budgetMs);
  if (typeof cpu === "string") return cpu;
  const { batches, rounds, tickMs } = cpu;
  return {
    requests: answered.map((r, i) => ({ request: r.name, answered: batches.get(r.name)!, read: batches.get(readOnly[i]!.name)! })),
    refused: batches.get(REFUSED.name)!,
    rounds,
    tickMs,
  };
}

/** The body and 4 bytes more: never a tensor's size when the body is one. */
function longer(body: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(body.length + 4);
  bytes.set(body);
  return bytes;
}
