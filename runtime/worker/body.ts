// A request's body, refused (413) as soon as it is known to be over the limit:
// from its Content-Length before reading, or while reading a body sent in chunks.
// A body whose length is declared is read into one buffer of that size, so that
// a large upload is held once, not twice (its chunks, then their concatenation).
import { HttpError } from "./http-error.ts";

export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = (size: string) => new HttpError(413, `body too large: ${size} bytes, the limit is ${limit}`);
  const declared = declaredLength(request);
  if (declared !== undefined && declared > limit) throw tooLarge(String(declared));
  const whole = declared === undefined ? undefined : new Uint8Array(declared);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    if (size + part.value.length > (declared ?? limit)) {
      await reader!.cancel();
      throw declared === undefined ? tooLarge(`more than ${limit}`) : new HttpError(400, `body longer than its Content-Length (${declared} bytes)`);
    }
    if (whole) whole.set(part.value, size);
    else chunks.push(part.value);
    size += part.value.length;
  }
  if (size === 0) throw new HttpError(400, "empty body: POST an image or a raw float32 tensor");
  return whole ? whole.subarray(0, size) : join(chunks, size);
}

function declaredLength(request: Request): number | undefined {
  const header = request.headers.get("content-length");
  if (header === null) return undefined;
  if (!/^\d{1,15}$/.test(header.trim())) throw new HttpError(400, `bad Content-Length '${header.slice(0, 20)}'`);
  return Number(header);
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  const body = new Uint8Array(size);
  chunks.reduce((at, chunk) => (body.set(chunk, at), at + chunk.length), 0);
  return body;
}
