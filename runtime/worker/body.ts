// A request's body, refused (413) as soon as it is known to be over the limit:
// from its Content-Length before reading, or while reading a body sent in chunks.
import { HttpError } from "./http-error.ts";

export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = (size: string) => new HttpError(413, `body too large: ${size} bytes, the limit is ${limit}`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw tooLarge(String(declared));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.length;
    if (size > limit) {
      await reader!.cancel();
      throw tooLarge(`more than ${limit}`);
    }
    chunks.push(part.value);
  }
  if (size === 0) throw new HttpError(400, "empty body: POST an image or a raw float32 tensor");
  const body = new Uint8Array(size);
  chunks.reduce((at, chunk) => (body.set(chunk, at), at + chunk.length), 0);
  return body;
}
