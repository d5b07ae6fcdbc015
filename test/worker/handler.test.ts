// The edge worker's request handler in Node: what each request gets, and that
// no bad request gets anything but a 4xx with a one-line JSON error.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel, type Model } from "../../runtime/index.ts";
import { createHandler, WORKER_LIMITS } from "../../runtime/worker/handler.ts";
import { makePhotos } from "../image/make-photos.ts";
import { hasPil } from "../image/python-pil.ts";
import { PNG_SIGNATURE, pngChunk, pngHeader } from "../png-chunks.ts";
import { specFile } from "../spec-file.ts";
import { expectedTop, floatBytes, images, randomInputs, tinySpec, tmp } from "./fixtures.ts";

const URL_ = "http://worker.test/";
const FLOAT32 = "application/x-float32";
/** Just over the pixels a PNG may have (its decoded size, which cannot shrink). */
const SIDE = Math.ceil(Math.sqrt(WORKER_LIMITS.maxDecodedPixels! + 1));

const post = (body: BodyInit | null, type: string | null, query = "", init: RequestInit = {}) =>
  new Request(URL_ + query, { method: "POST", body, headers: type ? { "content-type": type } : {}, ...init });

async function answer(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/json");
  return { status: response.status, body: await response.json() };
}

describe("the worker's request handler", () => {
  let model: Model;
  let handle: (request: Request) => Promise<Response>;
  let input: Float32Array;
  beforeAll(async () => {
    const bytes = (await compile(tinySpec(), { seed: 11, target: "wasm" })).bytes;
    model = await loadModel(bytes, { backend: "wasm" });
    handle = createHandler(() => loadModel(bytes, { backend: "wasm" }));
    [input] = randomInputs(1, 3 * 224 * 224, 5);
  });

  it("GET / describes the model", async () => {
    const { status, body } = await answer(await handle(new Request(URL_)));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      model: "tiny",
      backend: "wasm",
      variant: model.variant,
      input: { shape: [1, 3, 224, 224], layout: "NCHW", dtype: "float32" },
      classes: 10,
      labels: null,
      accepts: ["image/png", "image/jpeg", "multipart/form-data", FLOAT32],
      limits: { ...WORKER_LIMITS, maxTop: 10 },
      hash: model.meta.hash,
    });
  });

  it("classifies raw float32 as the model does, top 5 by default and ?top=K", async () => {
    const five = await answer(await handle(post(floatBytes(input), FLOAT32)));
    expect(five).toEqual({ status: 200, body: { model: "tiny", backend: "wasm", variant: model.variant, top: await expectedTop(model, FLOAT32, floatBytes(input), 5) } });
    const all = await answer(await handle(post(floatBytes(input), `${FLOAT32}; charset=binary`, "?top=10")));
    expect(all.body.top).toEqual(await expectedTop(model, FLOAT32, floatBytes(input), 10));
    expect(all.body.top.reduce((s: number, p: { probability: number }) => s + p.probability, 0)).toBeCloseTo(1, 6);
  });

  it.each(images())("classifies %s (%s) as the model does on the decoded image", async (_, type, bytes) => {
    const { status, body } = await answer(await handle(post(bytes, type, "?top=3")));
    expect(status).toBe(200);
    expect(body.top).toEqual(await expectedTop(model, type, bytes, 3));
  });

  it.each(images())("reads %s (%s) of a declared length into one buffer, as workerd sends it", async (_, type, bytes) => {
    const { status, body } = await answer(await handle(post(bytes, type, "?top=3", { headers: { "content-type": type, "content-length": String(bytes.length) } })));
    expect(status).toBe(200);
    expect(body.top).toEqual(await expectedTop(model, type, bytes, 3));
  });

  it("reads a body sent in chunks", async () => {
    const bytes = floatBytes(input);
    const stream = new ReadableStream({
      start(c) {
        for (let at = 0; at < bytes.length; at += 65536) c.enqueue(bytes.slice(at, at + 65536));
        c.close();
      },
    });
    const { body } = await answer(await handle(post(stream, FLOAT32, "", { duplex: "half" } as RequestInit)));
    expect(body.top).toEqual(await expectedTop(model, FLOAT32, bytes, 5));
  });

  const png = images().find(([f]) => f.endsWith(".png"))![2];
  const bigPng = () => {
    // A PNG header claiming just over the worker's decoded-pixel limit (far under the decoder's default): refused before inflating.
    return Buffer.concat([PNG_SIGNATURE, pngHeader(SIDE, SIDE, 8, 2), pngChunk("IDAT", deflateSync(Buffer.alloc(10))), pngChunk("IEND", Buffer.alloc(0))]);
  };

  const jpeg = images().find(([f]) => f.endsWith(".jpg"))![2];
  /** The test JPEG, its frame header claiming another size: refused before decoding. */
  const jpegClaiming = (width: number, height: number) => {
    const bytes = jpeg.slice();
    const sof = bytes.findIndex((b, i) => b === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2));
    new DataView(bytes.buffer).setUint32(sof + 5, (height << 16) | width);
    return bytes;
  };

  it.each([
    ["an unknown content type", () => post("hello", "text/plain"), 415, /^content type 'text\/plain' not accepted; POST one of image\/png, image\/jpeg, multipart\/form-data, application\/x-float32$/],
    ["no content type", () => post(png, null), 415, /^content type '\(none\)' not accepted/],
    ["an empty body", () => post(new Uint8Array(0), "image/png"), 400, /^empty body/],
    ["a truncated PNG", () => post(png.subarray(0, png.length >> 1), "image/png"), 400, /PNG/],
    ["text sent as a JPEG", () => post("not an image at all", "image/jpeg"), 400, /^not a PNG or JPEG image$/],
    ["a PNG over the decoded-pixel limit", () => post(bigPng(), "image/png"), 400, new RegExp(`^image too large: ${SIDE}x${SIDE} is more than ${WORKER_LIMITS.maxDecodedPixels! / 1e6} megapixels$`)],
    ["a JPEG over the pixel limit", () => post(jpegClaiming(10000, 5001), "image/jpeg"), 400, /^image too large: 10000x5001 is more than 50 megapixels$/],
    ["too few floats", () => post(floatBytes(input.subarray(1)), FLOAT32), 400, /^application\/x-float32 body: 602108 bytes, expected 602112 \(float32 1x3x224x224, NCHW, little-endian\)$/],
    ["a NaN in the input", () => post(floatBytes(Float32Array.from(input, (v, i) => (i === 7 ? NaN : v))), FLOAT32), 400, /^application\/x-float32 body: value 7 is NaN; the input must be finite$/],
    ["top above the classes", () => post(floatBytes(input), FLOAT32, "?top=11"), 400, /^top must be a whole number from 1 to 10, got '11'$/],
    ["a huge top", () => post(floatBytes(input), FLOAT32, "?top=99999999999999999999"), 400, /^top must be/],
    ["top 0", () => post(floatBytes(input), FLOAT32, "?top=0"), 400, /^top must be/],
    ["top not a number", () => post(floatBytes(input), FLOAT32, "?top=3e0"), 400, /^top must be/],
    ["a body over the limit (Content-Length)", () => post(new Uint8Array(WORKER_LIMITS.maxBodyBytes + 1), null, "", { headers: { "content-type": "image/png", "content-length": String(WORKER_LIMITS.maxBodyBytes + 1) } }), 413, /^body too large: 26214401 bytes, the limit is 26214400$/],
    ["a body over the limit (chunked)", () => post(oversizedStream(), "image/jpeg", "", { duplex: "half" } as RequestInit), 413, /^body too large: more than 26214400 bytes/],
    ["a body longer than its Content-Length", () => post(png, "image/png", "", { headers: { "content-type": "image/png", "content-length": "100" } }), 400, /^body longer than its Content-Length \(100 bytes\)$/],
    ["a bad Content-Length", () => post(png, "image/png", "", { headers: { "content-type": "image/png", "content-length": "12abc" } }), 400, /^bad Content-Length '12abc'$/],
    ["PUT", () => new Request(URL_, { method: "PUT", body: "x" }), 405, /^method PUT not allowed/],
    ["another path", () => new Request(`${URL_}predict`), 404, /^not found/],
  ])("answers %s with a JSON error", async (_, request, status, message) => {
    const { status: got, body } = await answer(await handle(request()));
    expect(got).toBe(status);
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toMatch(message);
    expect(body.error).not.toContain("\n");
  });

  it("says which methods it allows on a 405", async () => {
    expect((await handle(new Request(URL_, { method: "DELETE" }))).headers.get("allow")).toBe("GET, POST");
  });

  it("refuses images for a model whose input is not the preprocessing's output", async () => {
    const meta = { ...model.meta, input: { ...model.meta.input, shape: [1, 3, 32, 32] } };
    const small = createHandler(async () => ({ ...model, meta }));
    const info = await answer(await small(new Request(URL_)));
    expect(info.body.accepts).toEqual([FLOAT32]);
    const { status, body } = await answer(await small(post(png, "image/png")));
    expect(status).toBe(415);
    expect(body.error).toMatch(/POST one of application\/x-float32$/);
  });

  it("classifies images for a one-channel model through its gray preprocessing", async () => {
    const spec = specFile("network gray {\n  input 1x28x28\n  preprocess resize=32 crop=28 mean=0.3 std=0.35 color=gray\n  stem k=3 s=2 c=8 act=relu\n  stage act=relu {\n    ir k=3,5 e=2 c=8\n  }\n  head c=16 act=relu\n  pool avg\n  classifier classes=10\n}\n", "gray.mix");
    const bytes = (await compile(spec, { seed: 2, target: "wasm" })).bytes;
    const gray = await loadModel(bytes, { backend: "wasm" });
    const handleGray = createHandler(() => loadModel(bytes, { backend: "wasm" }));
    expect((await answer(await handleGray(new Request(URL_)))).body.accepts).toEqual(["image/png", "image/jpeg", "multipart/form-data", FLOAT32]);
    for (const [, type, image] of images()) {
      const { status, body } = await answer(await handleGray(post(image, type, "?top=10")));
      expect(status).toBe(200);
      expect(body.top).toEqual(await expectedTop(gray, type, image, 10));
    }
  });

  it.skipIf(!hasPil)("classifies a 50 megapixel photo, posted raw and from a form, as the model does on it decoded as the worker decodes it", async () => {
    // A test image enlarged to 8660x5773 (smooth, so a few MB).
    const file = join(tmp(), "photo.jpg");
    await makePhotos([{ enlarge: resolve(import.meta.dirname, "../fixtures-images/rgb-400x300.png"), canvas: [8660, 5773], out: file }]);
    const photo = new Uint8Array(readFileSync(file));
    expect(photo.length).toBeLessThan(WORKER_LIMITS.maxBodyBytes);
    const want = await expectedTop(model, "image/jpeg", photo, 3);
    expect(await answer(await handle(post(photo, "image/jpeg", "?top=3")))).toMatchObject({ status: 200, body: { top: want } });
    const form = new FormData();
    form.append("image", new File([photo], "photo.jpg", { type: "image/jpeg" }));
    expect(await answer(await handle(post(form, null, "?top=3")))).toMatchObject({ status: 200, body: { top: want } });
  });

  it("answers 500 with the reason when the model cannot be loaded, on every request", async () => {
    const broken = createHandler(() => loadModel(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]), { backend: "wasm" }));
    for (const request of [new Request(URL_), post(floatBytes(input), FLOAT32)]) {
      const { status, body } = await answer(await broken(request));
      expect(status).toBe(500);
      expect(body).toEqual({ error: "the model could not be loaded: not a mixc bundle: the WebAssembly module has no mixc metadata section" });
    }
  });
});

/** More than the body limit, in 1 MiB chunks, without a Content-Length. */
function oversizedStream(): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(c) {
      if (sent > WORKER_LIMITS.maxBodyBytes) return c.close();
      c.enqueue(new Uint8Array(2 ** 20));
      sent += 2 ** 20;
    },
  });
}
