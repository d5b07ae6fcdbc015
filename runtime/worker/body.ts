// A request's body, refused (413) as soon as it is known to be over the limit:
// from its Content-Length before reading, or while reading a body sent in chunks.
// A body whose length is declared is read into one buffer of that size, so that
// a large upload is held once, not twice (its chunks, then their concatenation).
import { HttpError } from "./http-error.ts";

export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = (size: string) => new HttpError(413, `body too large: ${size} bytes, the limit is ${limit}`);
  const declared = declaredLength(request);
  if (declared !== undefined && declared > limit) throw tooLarge(String(declared));
  const byob = declared === undefined ? undefined : byobReader(request);
  const body = byob ? await readInto(byob, declared!) : await readChunks(request, declared, limit, () => tooLarge(`more than ${limit}`));
  if (body.length === 0) throw new HttpError(400, "empty body: POST an image or a raw float32 tensor");
  return body;
}

const longerThanDeclared = (declared: number) => new HttpError(400, `body longer than its Content-Length (${declared} bytes)`);

/** A reader that fills a buffer of ours, where the body is a byte stream (Node, browsers and workerd's are). */
function byobReader(request: Request): ReadableStreamBYOBReader | undefined {
  try {
    return request.body?.getReader({ mode: "byob" });
  } catch {
    return undefined;
  }
}

/**
 * Reads a body of declared length straight into one buffer. workerd hands a default
 * reader 4 KiB pieces: over 1,000 reads for a 4 MiB photo, which cost more CPU time
 * than decoding it (measured in bench:image's workerd CPU table); here a few reads fill the buffer.
 */
async function readInto(reader: ReadableStreamBYOBReader, declared: number): Promise<Uint8Array> {
  let buffer = new ArrayBuffer(declared + 1); // one byte more, to notice a body longer than it said
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read(new Uint8Array(buffer, size, buffer.byteLength - size));
    if (value) buffer = value.buffer as ArrayBuffer; // each read hands the buffer back, transferred
    if (done) break;
    size += value!.byteLength;
    if (size > declared) {
      await reader.cancel();
      throw longerThanDeclared(declared);
    }
  }
  return new Uint8Array(buffer, 0, size);
}

/** Reads a body chunk by chunk: into one buffer when its length is declared, else joined at the end. */
async function readChunks(request: Request, declared: number | undefined, limit: number, tooLarge: () => HttpError): Promise<Uint8Array> {
  const whole = declared === undefined ? undefined : new Uint8Array(declared);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    if (size + part.value.length > (declared ?? limit)) {
      await reader!.cancel();
      throw declared === undefined ? tooLarge() : longerThanDeclared(declared);
    }
    if (whole) whole.set(part.value, size);
    else chunks.push(part.value);
    size += part.value.length;
  }
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
