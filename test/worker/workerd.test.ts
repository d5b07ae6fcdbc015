// `mixc compile --target worker` served by workerd (Cloudflare's runtime) on
// 127.0.0.1: its answers against the same bundle run in Node, under load with
// different inputs and malformed requests in between, the relaxed-SIMD twin in
// use, and one model instance for all requests.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModel, type Model, type Prediction } from "../../runtime/index.ts";
import { mixc } from "../mixc.ts";
import { fixture, hasShared, top } from "../shared.ts";
import { checkWorkerBuilt, expectedTop, floatBytes, images, randomInputs, tinySpec, tmp } from "./fixtures.ts";
import { serve, type Server } from "./workerd.ts";
import { makePhotos } from "../image/make-photos.ts";
import { hasPil } from "../image/python-pil.ts";

const FLOAT32 = "application/x-float32";
/** Compiling MixNet-S and 200 requests to a single-threaded workerd, on a machine the whole suite shares. */
const SLOW = 300_000;

interface Good {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  k: number;
}

/** Requests that must get a 4xx JSON error, whatever is in flight beside them. */
const BAD: { what: string; init: RequestInit; query?: string; status: number }[] = [
  { what: "unknown content type", init: { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" }, status: 415 },
  { what: "truncated PNG", init: { method: "POST", headers: { "content-type": "image/png" }, body: images().find(([f]) => f.endsWith(".png"))![2].subarray(0, 100) }, status: 400 },
  { what: "wrong float count", init: { method: "POST", headers: { "content-type": FLOAT32 }, body: new Uint8Array(12) }, status: 400 },
  { what: "empty body", init: { method: "POST", headers: { "content-type": "image/jpeg" }, body: new Uint8Array(0) }, status: 400 },
  { what: "huge top", init: { method: "POST", headers: { "content-type": "image/jpeg" }, body: "x" }, query: "?top=1000000", status: 400 },
  { what: "PUT", init: { method: "PUT", body: "x" }, status: 405 },
];

async function compileWorker(...args: string[]): Promise<{ dir: string; err: string }> {
  checkWorkerBuilt();
  const dir = join(tmp(), "worker");
  const { code, err } = await mixc("compile", ...args, "--target", "worker", "-o", dir);
  expect(code).toBe(0);
  return { dir, err };
}

async function classify(server: Server, { type, body, k }: Good): Promise<Prediction[]> {
  const response = await fetch(`${server.url}?top=${k}`, { method: "POST", headers: { "content-type": type }, body });
  const answer = await response.json();
  expect(response.status, JSON.stringify(answer)).toBe(200);
  return answer.top;
}

/** Same classes in the same order; probabilities within 1e-6 (workerd's V8 is not Node's). */
function expectSameTop(got: Prediction[], want: Prediction[]): void {
  expect(got.map((p) => [p.index, p.label])).toEqual(want.map((p) => [p.index, p.label]));
  got.forEach((p, i) => {
    expect(Math.abs(p.probability - want[i]!.probability)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(p.logit - want[i]!.logit)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want[i]!.logit)));
  });
}

/** The good requests all at once, a bad one after every tenth: every good answer is its own, every bad one a 4xx JSON error. */
async function underLoad(server: Server, model: Model, goods: Good[]): Promise<void> {
  const expected = await Promise.all(goods.map((g) => expectedTop(model, g.type, g.body, g.k)));
  expect(new Set(expected.map((e) => JSON.stringify(e))).size).toBe(goods.length); // each request has its own answer
  const bads: Promise<void>[] = [];
  const answers = goods.map((good, i) => {
    if (i % 10 === 5) {
      const bad = BAD[(i / 10) % BAD.length | 0]!;
      bads.push(
        fetch(server.url + (bad.query ?? ""), bad.init).then(async (r) => {
          expect(r.status, bad.what).toBe(bad.status);
          expect(Object.keys(await r.json())).toEqual(["error"]);
        }),
      );
    }
    return classify(server, good);
  });
  const got = await Promise.all(answers);
  await Promise.all(bads);
  expect(bads.length).toBeGreaterThanOrEqual(BAD.length);
  got.forEach((top, i) => expectSameTop(top, expected[i]!));
}

async function info(server: Server) {
  const response = await fetch(server.url);
  expect(response.status).toBe(200);
  return response.json();
}

/** The gzip size `mixc compile` reported, and whether it warned for each plan. */
function reportedSizes(err: string) {
  const gzip = Number(/worker modules: [\d.]+ MB, gzip ([\d.]+) MB; wasm memory ([\d.]+) MB/.exec(err)?.[1]);
  return { gzip, warnedFree: /over Cloudflare Workers' limit on the free plan/.test(err), warnedPaid: /paid plan \(10\.00 MB\)/.test(err) };
}

describe("a seeded network as an edge worker in workerd", () => {
  let dir: string;
  let err: string;
  let server: Server;
  let model: Model;
  beforeAll(async () => {
    ({ dir, err } = await compileWorker(tinySpec(), "--seed", "3"));
    server = await serve(dir);
    model = await loadModel(readFileSync(join(dir, "model.wasm")), { backend: "wasm" });
  }, SLOW);
  afterAll(() => server?.stop());

  it("is a project: worker, JPEG decoder, bundle, its relaxed-SIMD twin, workerd config and wrangler.toml; sizes reported, no warning", () => {
    expect(readdirSync(dir).sort()).toEqual(["config.capnp", "jpeg.wasm", "model.relaxed.wasm", "model.wasm", "worker.js", "wrangler.toml"]);
    expect(err).toMatch(/^wrote .*\/worker\/: worker\.js [\d.]+ MB, jpeg\.wasm [\d.]+ MB, model\.wasm [\d.]+ MB, model\.relaxed\.wasm [\d.]+ MB, config\.capnp, wrangler\.toml\n/);
    const { gzip, warnedFree, warnedPaid } = reportedSizes(err);
    expect(gzip).toBeGreaterThan(0);
    expect(gzip).toBeLessThan(3);
    expect([warnedFree, warnedPaid]).toEqual([false, false]);
  });

  it("runs the relaxed-SIMD twin from its own module (workerd compiles no wasm at run time)", async () => {
    expect(await info(server)).toMatchObject({ model: "tiny", backend: "wasm", variant: "relaxed-simd", hash: model.meta.hash });
  });

  it("answers PNG, JPEG and raw float32 as the bundle does in Node", async () => {
    const [input] = randomInputs(1, 3 * 224 * 224, 1);
    for (const [, type, body] of [...images(), ["raw", FLOAT32, floatBytes(input!)] as const]) {
      expectSameTop(await classify(server, { type, body, k: 10 }), await expectedTop(model, type, body, 10));
    }
  });

  it("answers each image uploaded as a browser's form does (multipart/form-data) as the bundle does in Node", async () => {
    for (const [name, type, body] of images()) {
      const form = new FormData();
      form.append("caption", name);
      form.append("image", new File([body], name, { type }));
      const response = await fetch(`${server.url}?top=10`, { method: "POST", body: form });
      const answer = await response.json();
      expect(response.status, JSON.stringify(answer)).toBe(200);
      expectSameTop(answer.top, await expectedTop(model, type, body, 10));
    }
  });

  it.skipIf(!hasPil)("answers a 50 megapixel phone-sized photo (shrunk on load inside workerd) as the bundle does in Node", async () => {
    const file = join(tmp(), "photo-50mp.jpg");
    await makePhotos([{ enlarge: resolve(import.meta.dirname, "../fixtures-images/rgb-400x300.png"), canvas: [8660, 5773], out: file }]);
    const body = new Uint8Array(readFileSync(file));
    expectSameTop(await classify(server, { type: "image/jpeg", body, k: 10 }), await expectedTop(model, "image/jpeg", body, 10));
  }, SLOW);

  it("gives 200 concurrent requests with different inputs each its own answer, malformed requests among them breaking none", async () => {
    const raw = randomInputs(200 - images().length, 3 * 224 * 224, 2).map((x) => ({ type: FLOAT32, body: floatBytes(x), k: 10 }));
    await underLoad(server, model, [...images().map(([, type, body]) => ({ type, body, k: 10 })), ...raw]);
  }, SLOW);

  it("instantiated its model once for all of those requests", async () => {
    expect((await info(server)).instantiations).toBe(1);
  });
});

describe.skipIf(!hasShared)("MixNet-S as an edge worker in workerd", () => {
  const fx = hasShared ? fixture("mixnet_s") : undefined!;
  let err: string;
  let server: Server;
  let model: Model;
  beforeAll(async () => {
    let dir: string;
    ({ dir, err } = await compileWorker("specs/mixnet-s.mix", "--weights", fx.weights));
    server = await serve(dir);
    model = await loadModel(readFileSync(join(dir, "model.wasm")), { backend: "wasm" });
  }, SLOW);
  afterAll(() => server?.stop());

  it("warns exactly when its gzip size is over a Workers plan's limit", () => {
    const { gzip, warnedFree, warnedPaid } = reportedSizes(err);
    expect(gzip).toBeGreaterThan(0);
    expect([warnedFree, warnedPaid]).toEqual([gzip > 3, gzip > 10]);
    expect(/--weights-dtype f16 or int8 stores the weights/.test(err)).toBe(warnedFree);
  });

  it("answers the reference input with PyTorch's top-5, as in Node, on the relaxed-SIMD twin", async () => {
    expect(await info(server)).toMatchObject({ model: "mixnet_s", variant: "relaxed-simd", input: { shape: [1, 3, 224, 224] } });
    const got = await classify(server, { type: FLOAT32, body: floatBytes(fx.input), k: 5 });
    expect(got.map((p) => p.index)).toEqual(fx.meta.top5);
    expect(got.map((p) => p.index)).toEqual(top(fx.logitsF64, 5));
    expectSameTop(got, await expectedTop(model, FLOAT32, floatBytes(fx.input), 5));
  });

  it("answers images as the bundle does in Node", async () => {
    for (const [, type, body] of images()) expectSameTop(await classify(server, { type, body, k: 5 }), await expectedTop(model, type, body, 5));
  });

  it("gives 200 concurrent requests with different inputs each its own answer, malformed requests among them breaking none; one instance", async () => {
    const raw = randomInputs(200 - images().length, 3 * 224 * 224, 9).map((x) => ({ type: FLOAT32, body: floatBytes(x), k: 5 }));
    await underLoad(server, model, [...images().map(([, type, body]) => ({ type, body, k: 5 })), ...raw]);
    expect((await info(server)).instantiations).toBe(1);
  }, SLOW);
});
