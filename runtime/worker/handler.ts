// The edge worker's HTTP interface to a model: POST an image (as the body, or as
// the file of an HTML form's multipart/form-data upload) or a raw tensor, get the
// top classes as JSON. Platform-neutral (Request and Response only), so that
// workerd runs it and the tests call it in Node. The model is loaded once, when the
// handler is created (at isolate start), and every request shares it: a run reads
// its input and writes its logits without yielding, so concurrent requests cannot
// see each other's data.
import { softmaxTopK, type Model } from "../index.ts";
import { ImageError, type DecodeLimits } from "../image/decode.ts";
import { makesInput } from "../preprocess.ts";
import { decodeTensor, TensorError } from "../tensor.ts";
import { readBody } from "./body.ts";
import { HttpError } from "./http-error.ts";
import { formFile, MULTIPART_TYPE } from "./multipart.ts";

/** Raw little-endian float32 NCHW input of exactly the model's input size. */
export const FLOAT32_TYPE = "application/x-float32";
/** The content types that carry an image: a PNG or JPEG body, or an HTML form's upload. */
const IMAGE_TYPES = ["image/png", "image/jpeg", MULTIPART_TYPE];

/**
 * maxPixels: the largest photo (its stored size); maxDecodedPixels: the largest image in memory
 * once decoded (a PNG's stored size; a JPEG's after shrink-on-load).
 */
export interface WorkerLimits extends DecodeLimits {
  /** Largest request body; a raw tensor bigger than this is still taken. */
  maxBodyBytes: number;
}

// Within Workers' 128 MB, beside MixNet-M's 30 MB of wasm memory: a 25 MB body is held
// once (when its length is declared); a 50 MP JPEG decodes at the n/8 scale that keeps twice the resize (about 1 MP);
// a PNG cannot shrink, and its inflated rows and RGBA take up to 20 bytes a pixel.
export const WORKER_LIMITS: WorkerLimits = { maxBodyBytes: 25 * 2 ** 20, maxPixels: 50e6, maxDecodedPixels: 4e6 };

const DEFAULT_TOP = 5;

/** Models instantiated by handlers in this isolate (reported by GET /, so tests can see it stays 1). */
let instantiations = 0;

export function createHandler(load: () => Promise<Model>, limits: WorkerLimits = WORKER_LIMITS): (request: Request) => Promise<Response> {
  instantiations++;
  const model = load();
  model.catch(() => {}); // reported to each request, not as an unhandled rejection at start
  return async (request) => {
    try {
      if (new URL(request.url).pathname !== "/") throw new HttpError(404, "not found: the model answers at /");
      const loaded = await model.catch((e: Error) => {
        throw new HttpError(500, `the model could not be loaded: ${e.message}`);
      });
      if (request.method === "GET") return json(200, info(loaded, limits));
      if (request.method === "POST") return json(200, await classify(loaded, request, limits));
      throw new HttpError(405, `method ${request.method} not allowed: GET / describes the model, POST / classifies`, { allow: "GET, POST" });
    } catch (e) {
      if (e instanceof HttpError) return json(e.status, { error: e.message }, e.headers);
      if (e instanceof ImageError) return json(400, { error: e.message });
      console.error(e);
      return json(500, { error: `internal error: ${(e as Error).message}` });
    }
  };
}

function info(model: Model, limits: WorkerLimits) {
  const { meta } = model;
  return {
    model: meta.name,
    backend: model.backend,
    variant: model.variant,
    ...(model.fallback ? { fallback: model.fallback } : {}),
    input: meta.input,
    classes: classes(model),
    labels: meta.labels,
    accepts: [...(takesImages(model) ? IMAGE_TYPES : []), FLOAT32_TYPE],
    limits: { ...limits, maxTop: classes(model) },
    hash: meta.hash,
    instantiations,
  };
}

async function classify(model: Model, request: Request, limits: WorkerLimits) {
  const k = topOption(new URL(request.url).searchParams.get("top"), classes(model));
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const accepted = info(model, limits).accepts;
  if (!accepted.includes(type)) throw new HttpError(415, `content type '${type || "(none)"}' not accepted; POST one of ${accepted.join(", ")}`);
  const inputBytes = 4 * model.meta.input.shape.reduce((a, b) => a * b, 1);
  const body = await readBody(request, type === FLOAT32_TYPE ? Math.max(limits.maxBodyBytes, inputBytes) : limits.maxBodyBytes);
  const top =
    type === FLOAT32_TYPE ? softmaxTopK(await model.run(readTensor(body, model)), k, model.meta.labels)
    : await model.classify(imageIn(body, type, request), k, { limits }); // decoded with shrink-on-load
  return { model: model.meta.name, backend: model.backend, variant: model.variant, top };
}

/** The image a body carries: the body itself, or the file of a form. */
const imageIn = (body: Uint8Array, type: string, request: Request) => (type === MULTIPART_TYPE ? formFile(body, request.headers.get("content-type")!) : body);

const classes = (model: Model) => model.meta.output.shape.reduce((a, b) => a * b, 1);

/** Images go through the bundle's preprocessing, when it has one, whose output must be the model's input. */
function takesImages({ meta }: Model): boolean {
  return meta.preprocessing !== null && makesInput(meta.preprocessing, meta.input.shape);
}

function topOption(raw: string | null, max: number): number {
  if (raw === null) return Math.min(DEFAULT_TOP, max);
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new HttpError(400, `top must be a whole number from 1 to ${max}, got '${raw.slice(0, 20)}'`);
  return Number(raw);
}

function readTensor(body: Uint8Array, { meta }: Model): Float32Array {
  try {
    return decodeTensor(body, meta.input.shape);
  } catch (e) {
    if (e instanceof TensorError) throw new HttpError(400, `${FLOAT32_TYPE} body: ${e.message}`);
    throw e;
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}
