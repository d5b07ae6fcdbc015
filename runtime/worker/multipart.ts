// The file in a multipart/form-data body (RFC 7578: what an HTML form with
// enctype="multipart/form-data" and an <input type="file"> sends): the part named
// "image", or else the first part with a filename. A small parser over a body
// already read within the size limit; the file is a view into it, not a copy.
// Anything malformed is a 400 saying what is wrong.
import { HttpError } from "./http-error.ts";

export const MULTIPART_TYPE = "multipart/form-data";
/** The field name that picks a part when a form has several files. */
const FIELD = "image";
/** Longest header block of a part (a browser sends about 150 bytes). */
const MAX_HEADERS = 8192;

const CRLF = [13, 10];
const DASHES = [45, 45];
const BLANK_LINE = new Uint8Array([...CRLF, ...CRLF]);

interface Part {
  name: string | undefined;
  filename: string | undefined;
  content: Uint8Array;
}

export function formFile(body: Uint8Array, contentType: string): Uint8Array {
  const parts = formParts(body, boundaryOf(contentType));
  const file = parts.find((p) => p.name === FIELD) ?? parts.find((p) => p.filename !== undefined);
  if (!file) {
    const names = parts.length ? parts.slice(0, 10).map((p) => quoted(p.name)).join(", ") + (parts.length > 10 ? ", ..." : "") : "none";
    throw new HttpError(400, `${MULTIPART_TYPE} body has no file: send the image as a part with a filename, or named "${FIELD}" (parts: ${names})`);
  }
  if (file.content.length === 0) {
    const none = file.filename === "" ? " (no file was chosen)" : "";
    throw new HttpError(400, `${MULTIPART_TYPE} body: the file part ${quoted(file.name)} is empty${none}`);
  }
  return file.content;
}

/** The boundary parameter of the content type (RFC 2046: 1 to 70 characters, maybe quoted). */
function boundaryOf(contentType: string): Uint8Array {
  const match = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new HttpError(400, `${MULTIPART_TYPE} without a boundary: the content type must say '; boundary=...'`);
  if (boundary.length > 70 || /[^\x20-\x7e]/.test(boundary)) throw new HttpError(400, `${MULTIPART_TYPE}: bad boundary '${boundary.slice(0, 80)}' (1 to 70 printable characters)`);
  return bytesOf(boundary);
}

/** The parts between "--boundary" lines, up to the closing "--boundary--". */
function formParts(body: Uint8Array, boundary: Uint8Array): Part[] {
  const malformed = (what: string) => new HttpError(400, `malformed ${MULTIPART_TYPE} body: ${what}`);
  const delimiter = new Uint8Array([...CRLF, ...DASHES, ...boundary]);
  let at = afterFirstBoundary(body, delimiter);
  if (at < 0) throw malformed(`no boundary line '--${text(boundary)}'`);
  const parts: Part[] = [];
  for (;;) {
    if (at >= body.length) throw malformed(`it ends without the closing boundary line '--${text(boundary)}--'`);
    if (matchesAt(body, DASHES, at)) return parts; // the closing boundary line
    while (body[at] === 32 || body[at] === 9) at++; // transport padding
    if (!matchesAt(body, CRLF, at)) throw malformed("a boundary line ends in something other than a line break");
    const headersAt = at + 2;
    // The headers end at a blank line: searched from the boundary line's own line break, for a part without headers.
    const blank = find(body.subarray(0, headersAt + MAX_HEADERS), BLANK_LINE, at);
    if (blank < 0) throw malformed(`part ${parts.length + 1}'s headers do not end in a blank line within ${MAX_HEADERS} bytes`);
    const contentAt = blank + 4;
    const end = find(body, delimiter, contentAt);
    if (end < 0) throw malformed(`part ${parts.length + 1} does not end with a boundary line (the body may be cut short)`);
    parts.push({ ...disposition(text(body.subarray(headersAt, Math.max(headersAt, blank))), parts.length + 1), content: body.subarray(contentAt, end) });
    at = end + delimiter.length;
  }
}

/** Where the first boundary line's "--boundary" ends: it may open the body, without the CRLF that ends a preamble; -1 if none. */
function afterFirstBoundary(body: Uint8Array, delimiter: Uint8Array): number {
  if (matchesAt(body, delimiter.subarray(2), 0)) return delimiter.length - 2;
  const at = find(body, delimiter, 0);
  return at < 0 ? -1 : at + delimiter.length;
}

/** The name and filename of a part's Content-Disposition: form-data header. */
function disposition(headers: string, index: number): Omit<Part, "content"> {
  const header = headers
    .split("\r\n")
    .find((line) => /^content-disposition\s*:/i.test(line))
    ?.replace(/^[^:]*:\s*/, "");
  if (!header || !/^form-data\s*(;|$)/i.test(header)) {
    throw new HttpError(400, `malformed ${MULTIPART_TYPE} body: part ${index} has no 'Content-Disposition: form-data' header`);
  }
  const params = new Map<string, string>();
  // Quoted values may hold ';' and, from curl, backslash-escaped quotes (browsers send %22).
  for (const [, key, quoted, token] of header.matchAll(/;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g)) {
    params.set(key!.toLowerCase(), quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : token!);
  }
  return { name: params.get("name"), filename: params.get("filename") ?? params.get("filename*") };
}

/** The first place from `from` where `pattern` occurs, or -1. */
function find(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(pattern[0]!, from); at >= 0; at = bytes.indexOf(pattern[0]!, at + 1)) {
    if (matchesAt(bytes, pattern, at)) return at;
  }
  return -1;
}

function matchesAt(bytes: Uint8Array, pattern: ArrayLike<number>, at: number): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** A field name as JSON writes it: control characters escaped, so that an error stays one line. */
const quoted = (name: string | undefined) => JSON.stringify(name ?? "");
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (s: string) => new TextEncoder().encode(s);
