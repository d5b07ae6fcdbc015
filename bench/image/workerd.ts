// The workerd part of npm run bench:image: `mixc compile specs/mixnet-m.mix --seed 1
// --target worker` served by workerd on 127.0.0.1, and POST requests end to end
// (JPEGs, and the same network fed a raw float32 body), alternating.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../cli/main.ts";
import { checkWorkerBuilt } from "../../test/worker/fixtures.ts";
import { serve } from "../../test/worker/workerd.ts";
import type { Photo } from "./photos.ts";
import { alternateWithin } from "./rounds.ts";

export const FLOAT32 = "raw float32 body";

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
}

/** The requests' times, or why workerd could not be measured. */
export async function timeWorkerd(photos: Photo[], input: Float32Array, budgetMs: number): Promise<WorkerResult | string> {
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
      { name: FLOAT32, type: "application/x-float32", body: new Uint8Array(input.slice().buffer) },
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
    return { rows: requests.map((r) => ({ request: r.name, times: times.get(r.name), refused: refused.get(r.name) })), rounds, limits };
  } finally {
    await server.stop();
  }
}
