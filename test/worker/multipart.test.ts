// multipart/form-data uploads, what an HTML form with a file input sends: the
// file found in curl's and browsers' bodies (undici serialises FormData as the
// HTML standard says browsers do), classified as the same image posted raw; every
// malformed form a 400 saying what is wrong, a form over the size limit a 413.
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel, type Model } from "../../runtime/index.ts";
import { HttpError } from "../../runtime/worker/http-error.ts";
import { formFile } from "../../runtime/worker/multipart.ts";
import { createHandler, WORKER_LIMITS } from "../../runtime/worker/handler.ts";
import { expectedTop, images, tinySpec } from "./fixtures.ts";

const URL_ = "http://worker.test/";
const [, , JPEG] = images().find(([, type]) => type === "image/jpeg")!;
const [, , PNG] = images().find(([, type]) => type === "image/png")!;

const CURL_BOUNDARY = "------------------------d74496d66958873e";
/** A body as curl -F writes it: CRLF line breaks, each part's headers, the closing boundary line. */
function curlBody(parts: { headers: string[]; content: Uint8Array | string }[], boundary = CURL_BOUNDARY): Uint8Array<ArrayBuffer> {
  const bytes = (s: string | Uint8Array) => (typeof s === "string" ? new TextEncoder().encode(s) : s);
  const pieces = parts.flatMap(({ headers, content }) => [`--${boundary}\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n`, content, "\r\n"]);
  return new Uint8Array(Buffer.concat([...pieces, `--${boundary}--\r\n`].map(bytes)));
}
const filePart = (name: string, filename: string, content: Uint8Array | string, type = "image/jpeg") => ({
  headers: [`Content-Disposition: form-data; name="${name}"; filename="${filename}"`, `Content-Type: ${type}`],
  content,
});
const field = (name: string, value: string) => ({ headers: [`Content-Disposition: form-data; name="${name}"`], content: value });
const multipart = (boundary = CURL_BOUNDARY) => `multipart/form-data; boundary=${boundary}`;

describe("formFile", () => {
  const file = (body: Uint8Array, type = multipart()) => formFile(body, type);
  const refusal = (body: Uint8Array, type = multipart()) => {
    try {
      file(body, type);
    } catch (e) {
      expect(e).toBeInstanceOf(HttpError);
      expect((e as HttpError).status).toBe(400);
      return (e as Error).message;
    }
    throw new Error("formFile took it");
  };

  it("takes the file of a curl -F upload, as a view into the body", () => {
    const body = curlBody([filePart("image", "photo.jpg", JPEG)]);
    const got = file(body);
    expect(Buffer.from(got).equals(Buffer.from(JPEG))).toBe(true);
    expect(got.buffer).toBe(body.buffer);
  });

  it("takes the file of a browser's form (FormData as the HTML standard serialises it), a filename with quotes and non-ASCII", async () => {
    const form = new FormData();
    form.append("caption", "my cat");
    form.append("photo", new File([PNG], 'the "best" cat — été.png', { type: "image/png" }));
    form.append("after", "x");
    const request = new Request(URL_, { method: "POST", body: form });
    const body = new Uint8Array(await request.arrayBuffer());
    const type = request.headers.get("content-type")!;
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(new TextDecoder().decode(body)).toContain('filename="the %22best%22 cat — été.png"\r\nContent-Type: image/png\r\n\r\n');
    expect(Buffer.from(file(body, type)).equals(Buffer.from(PNG))).toBe(true);
  });

  it("reads curl's backslash-escaped quotes, a quoted boundary, a preamble and transport padding", () => {
    const boundary = "a b'c(d)+_,-./:=?";
    const body = curlBody([field("note", "hello"), filePart("upload", 'my \\"best\\"; photo.jpg', JPEG)], boundary);
    const padded = new Uint8Array([...new TextEncoder().encode("a preamble to ignore\r\n"), ...body]);
    const firstLineEnd = padded.indexOf(13, 25);
    const withPadding = new Uint8Array([...padded.subarray(0, firstLineEnd), 32, 9, ...padded.subarray(firstLineEnd)]);
    expect(Buffer.from(file(withPadding, `multipart/form-data; charset=utf-8; boundary="${boundary}"`)).equals(Buffer.from(JPEG))).toBe(true);
  });

  it("takes the part named 'image' over an earlier file, else the first file; a file that is not an image is still the file", () => {
    expect(Buffer.from(file(curlBody([filePart("thumbnail", "t.png", PNG), filePart("image", "i.jpg", JPEG)]))).equals(Buffer.from(JPEG))).toBe(true);
    expect(Buffer.from(file(curlBody([field("a", "1"), filePart("first", "1.png", PNG), filePart("second", "2.jpg", JPEG)]))).equals(Buffer.from(PNG))).toBe(true);
    expect(new TextDecoder().decode(file(curlBody([filePart("doc", "notes.txt", "just text", "text/plain")])))).toBe("just text");
  });

  it("keeps content that holds the boundary without its line break, and CRLFs of its own", () => {
    const content = `x\r\n\r\n--${CURL_BOUNDARY.slice(0, -1)}\r\n${CURL_BOUNDARY}--\r\ny`;
    expect(new TextDecoder().decode(file(curlBody([filePart("image", "f", content)])))).toBe(content);
  });

  it.each<[string, () => [Uint8Array, string?], RegExp]>([
    ["no boundary parameter", () => [curlBody([filePart("image", "p.jpg", JPEG)]), "multipart/form-data"], /^multipart\/form-data without a boundary: the content type must say '; boundary=\.\.\.'$/],
    ["an empty boundary", () => [curlBody([filePart("image", "p.jpg", JPEG)]), 'multipart/form-data; boundary=""'], /^multipart\/form-data without a boundary/],
    ["a boundary over 70 characters", () => [curlBody([filePart("image", "p.jpg", JPEG)], "b".repeat(71)), multipart("b".repeat(71))], /^multipart\/form-data: bad boundary 'b{71}' \(1 to 70 printable characters\)$/],
    ["a body without the boundary", () => [new TextEncoder().encode("just some bytes")], /^malformed multipart\/form-data body: no boundary line '--------------------------d74496d66958873e'$/],
    ["another boundary than the content type's", () => [curlBody([filePart("image", "p.jpg", JPEG)], "other")], /^malformed multipart\/form-data body: no boundary line/],
    ["a body cut short inside the file", () => [curlBody([filePart("image", "p.jpg", JPEG)]).subarray(0, 500)], /^malformed multipart\/form-data body: part 1 does not end with a boundary line \(the body may be cut short\)$/],
    ["a body cut short inside the headers", () => [curlBody([filePart("image", "p.jpg", JPEG)]).subarray(0, 80)], /^malformed multipart\/form-data body: part 1's headers do not end in a blank line within 8192 bytes$/],
    ["LF line breaks (the standard says CRLF)", () => [new TextEncoder().encode(`--${CURL_BOUNDARY}\nContent-Disposition: form-data; name="image"\n\nx\n--${CURL_BOUNDARY}--\n`)], /^malformed multipart\/form-data body: a boundary line ends in something other than a line break$/],
    ["a part without Content-Disposition", () => [curlBody([field("a", "1"), { headers: ["Content-Type: image/jpeg"], content: JPEG }])], /^malformed multipart\/form-data body: part 2 has no 'Content-Disposition: form-data' header$/],
    ["a part without headers", () => [curlBody([{ headers: [], content: JPEG }])], /^malformed multipart\/form-data body: part 1 has no 'Content-Disposition: form-data' header$/],
    ["only text fields", () => [curlBody([field("caption", "cat"), field("size", "big")])], /^multipart\/form-data body has no file: send the image as a part with a filename, or named "image" \(parts: "caption", "size"\)$/],
    ["a body cut short after a boundary", () => [curlBody([filePart("image", "p.jpg", JPEG)]).subarray(0, -4)], /^malformed multipart\/form-data body: it ends without the closing boundary line '--------------------------d74496d66958873e--'$/],
    ["eleven text fields, names with a line break", () => [curlBody(Array.from({ length: 11 }, (_, i) => field(`f\n${i}`, "v")))], /^multipart\/form-data body has no file: .* \(parts: "f\\n0", "f\\n1", .*"f\\n9", \.\.\.\)$/],
    ["no parts at all", () => [new TextEncoder().encode(`--${CURL_BOUNDARY}--\r\n`)], /^multipart\/form-data body has no file: .* \(parts: none\)$/],
    ["an empty file", () => [curlBody([filePart("image", "p.jpg", "")])], /^multipart\/form-data body: the file part "image" is empty$/],
    ["a file input with no file chosen", () => [curlBody([filePart("photo", "", "", "application/octet-stream")])], /^multipart\/form-data body: the file part "photo" is empty \(no file was chosen\)$/],
  ])("refuses %s with a 400", (_, make, message) => {
    const [body, type] = make();
    expect(refusal(body, type)).toMatch(message);
  });
});

describe("the worker's multipart uploads", () => {
  let model: Model;
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    const bytes = (await compile(tinySpec(), { seed: 4, target: "wasm" })).bytes;
    model = await loadModel(bytes, { backend: "wasm" });
    handle = createHandler(() => loadModel(bytes, { backend: "wasm" }));
  });
  const post = (body: BodyInit, type: string | null, init: RequestInit = {}) => handle(new Request(`${URL_}?top=3`, { method: "POST", body, headers: type ? { "content-type": type } : {}, ...init }));
  const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

  it("lists multipart/form-data among the types it accepts", async () => {
    expect((await answer(await handle(new Request(URL_)))).body.accepts).toEqual(["image/png", "image/jpeg", "multipart/form-data", "application/x-float32"]);
  });

  it.each(images())("classifies %s uploaded by curl and by a browser as the same image posted raw", async (_, type, image) => {
    const want = await expectedTop(model, type, image, 3);
    expect(await answer(await post(curlBody([field("caption", "x"), filePart("image", "p", image, type)]), multipart()))).toEqual({ status: 200, body: expect.objectContaining({ top: want }) });
    const form = new FormData();
    form.append("photo", new File([image], "upload", { type }));
    expect((await answer(await post(form, null))).body.top).toEqual(want);
  });

  it.each<[string, () => Promise<Response>, number, RegExp]>([
    ["a form without a boundary", () => post(curlBody([filePart("image", "p.jpg", JPEG)]), "multipart/form-data"), 400, /^multipart\/form-data without a boundary/],
    ["a form whose file is not an image", () => post(curlBody([filePart("image", "notes.txt", "some text", "text/plain")]), multipart()), 400, /^not a PNG or JPEG image$/],
    ["a form whose file is an empty one", () => post(curlBody([filePart("image", "", "", "application/octet-stream")]), multipart()), 400, /^multipart\/form-data body: the file part "image" is empty \(no file was chosen\)$/],
    [
      "a form over the body limit (Content-Length)",
      () => post(curlBody([filePart("image", "big.jpg", new Uint8Array(WORKER_LIMITS.maxBodyBytes))]), multipart(), { headers: { "content-type": multipart(), "content-length": String(WORKER_LIMITS.maxBodyBytes + 200) } }),
      413,
      new RegExp(`^body too large: ${WORKER_LIMITS.maxBodyBytes + 200} bytes, the limit is ${WORKER_LIMITS.maxBodyBytes}$`),
    ],
    ["a form over the body limit (chunked)", () => post(chunked(curlBody([filePart("image", "big.jpg", new Uint8Array(WORKER_LIMITS.maxBodyBytes))])), multipart(), { duplex: "half" } as RequestInit), 413, /^body too large: more than 26214400 bytes/],
  ])("answers %s with a JSON error", async (_, request, status, message) => {
    const { status: got, body } = await answer(await request());
    expect(got).toBe(status);
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toMatch(message);
  });
});

/** The bytes as a stream of 1 MiB chunks, without a Content-Length. */
function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, at + 2 ** 20));
      at += 2 ** 20;
    },
  });
}
