// A local stand-in for the Hugging Face Hub, on 127.0.0.1 and random ports,
// that answers as the Hub does (huggingface_hub's file_download.py relies on
// these answers): HEAD/GET /ORG/REPO/resolve/REVISION/FILE gives
// X-Repo-Commit; a small file is answered at once with its git blob hash as
// ETag; an LFS file is a 302 to its blob, with X-Linked-Etag (the sha256) and
// X-Linked-Size; blobs honour Range (206). Errors carry X-Error-Code
// (RepoNotFound, RevisionNotFound, EntryNotFound, GatedRepo). The blobs are
// served by a second server (another host:port, like the Hub's CDN) unless a
// test asks for them on the Hub's own address. Knobs break transfers the ways
// networks and servers do; every request is recorded with its headers.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FakeRepo {
  /** The commit that `main` names. */
  commit: string;
  /** Other branches or tags, and the commits they name. */
  refs?: Record<string, string>;
  files: Record<string, Uint8Array | string>;
  /** The files stored with LFS; by default all but .json, .txt and .md files. */
  lfs?: string[];
  /** Gated: 401 GatedRepo without a token, 403 GatedRepo with another than `token`. */
  gated?: boolean;
  /** Private: 401 RepoNotFound without a token, 404 RepoNotFound with another than `token`. */
  private?: boolean;
  token?: string;
  /** The repository was renamed to this: requests are redirected there (307, relative), as the Hub does. */
  movedTo?: string;
}

export interface FakeHubOptions {
  /** By "ORG/REPO". Read at each request: a test may change them while the server runs. */
  repos: Record<string, FakeRepo>;
  /** Where an LFS redirect points: the CDN server (default), this server by full URL, or this server by path. */
  lfsLocation?: "cdn" | "absolute" | "relative";
}

export interface RecordedRequest {
  server: "hub" | "cdn";
  method: string;
  /** The path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface FakeHub {
  /** The Hub's address, for HF_ENDPOINT. */
  endpoint: string;
  /** The CDN's address. */
  cdn: string;
  requests: RecordedRequest[];
  /** Blob bodies are sent with one byte changed. */
  corrupt: boolean;
  /** Blob requests with a Range get the whole blob (200). */
  ignoreRange: boolean;
  /** HEAD requests get no answer at all (the connection stays open). */
  stallHeads: boolean;
  /** HEAD requests for files are answered with this status (e.g. 503), no X-Error-Code. */
  headStatus: number | undefined;
  /** The next `times` blob bodies break off after `bytes` bytes (the connection is destroyed). */
  cutAfter(bytes: number, times?: number): void;
  /** The next `times` blob bodies stop after `bytes` bytes, the connection left open and silent. */
  stallAfter(bytes: number, times?: number): void;
  /** The requests of one method (and server). */
  count(method: string, server?: "hub" | "cdn"): number;
  close(): Promise<void>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The git blob hash of a file: the Hub's ETag for a file not in LFS. */
export function gitBlobSha1(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

function asBytes(content: Uint8Array | string): Uint8Array {
  return typeof content === "string" ? new TextEncoder().encode(content) : content;
}

function isLfs(repo: FakeRepo, file: string): boolean {
  return repo.lfs ? repo.lfs.includes(file) : !/\.(json|txt|md)$/.test(file);
}

interface Breakage {
  bytes: number;
  times: number;
  kind: "cut" | "stall";
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startFakeHub(options: FakeHubOptions): Promise<FakeHub> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let breakage: Breakage | undefined;
  const hubServer = createServer();
  const cdnServer = createServer();
  const endpoint = await listen(hubServer);
  const cdn = await listen(cdnServer);

  const hub: FakeHub = {
    endpoint,
    cdn,
    requests,
    corrupt: false,
    ignoreRange: false,
    stallHeads: false,
    headStatus: undefined,
    cutAfter: (bytes, times = 1) => void (breakage = { bytes, times, kind: "cut" }),
    stallAfter: (bytes, times = 1) => void (breakage = { bytes, times, kind: "stall" }),
    count: (method, server) => requests.filter((r) => r.method === method && (server === undefined || r.server === server)).length,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([hubServer, cdnServer].map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };

  /** The bytes of an LFS blob, by sha256, from any repository. */
  function blob(sha: string): Uint8Array | undefined {
    for (const repo of Object.values(options.repos)) {
      for (const [file, content] of Object.entries(repo.files)) {
        if (isLfs(repo, file) && sha256Hex(asBytes(content)) === sha) return asBytes(content);
      }
    }
    return undefined;
  }

  /** Sends `bytes` (from a Range's start where honoured), breaking off as the knobs say. */
  function sendBytes(req: IncomingMessage, res: ServerResponse, bytes: Uint8Array, headers: Record<string, string>): void {
    let body = hub.corrupt ? bytes.map((b, i) => (i === bytes.length >> 1 ? b ^ 0xff : b)) : bytes;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    const start = range && !hub.ignoreRange ? Number(range[1]) : 0;
    if (start > body.length) {
      res.writeHead(416, { "Content-Range": `bytes */${body.length}` }).end();
      return;
    }
    const status = range && !hub.ignoreRange ? 206 : 200;
    if (status === 206) headers["Content-Range"] = `bytes ${start}-${body.length - 1}/${body.length}`;
    body = body.subarray(start);
    res.writeHead(status, { ...headers, "Accept-Ranges": "bytes", "Content-Length": String(body.length) });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const broken = breakage && breakage.times > 0 ? breakage : undefined;
    if (!broken) {
      res.end(body);
      return;
    }
    broken.times--;
    res.write(body.subarray(0, broken.bytes), () => {
      if (broken.kind === "cut") res.socket?.destroy();
    });
  }

  function serveBlob(req: IncomingMessage, res: ServerResponse, sha: string): void {
    const bytes = blob(sha);
    if (!bytes) {
      res.writeHead(404).end();
      return;
    }
    sendBytes(req, res, bytes, { ETag: `"${sha}"`, "Content-Type": "application/octet-stream" });
  }

  function serveResolve(req: IncomingMessage, res: ServerResponse, parts: string[]): void {
    const [org, name, , revision, ...rest] = parts;
    const repoId = `${org}/${name}`;
    const file = rest.join("/");
    const repo = options.repos[repoId];
    const error = (status: number, code: string, extra: Record<string, string> = {}): void =>
      void res.writeHead(status, { "X-Error-Code": code, "X-Error-Message": `${code} (fake hub)`, ...extra }).end();
    const auth = req.headers.authorization;
    if (repo?.movedTo) {
      res.writeHead(307, { Location: `/${repo.movedTo}/resolve/${encodeURIComponent(revision)}/${rest.map(encodeURIComponent).join("/")}` }).end();
      return;
    }
    if (!repo) return error(auth ? 404 : 401, "RepoNotFound");
    const allowed = auth === `Bearer ${repo.token}`;
    if (repo.private && !allowed) return error(auth ? 404 : 401, "RepoNotFound");
    if (repo.gated && !allowed) return error(auth ? 403 : 401, "GatedRepo");
    const refs: Record<string, string> = { main: repo.commit, ...repo.refs };
    const commit = refs[revision] ?? (Object.values(refs).includes(revision) ? revision : undefined);
    if (!commit) return error(404, "RevisionNotFound");
    const content = repo.files[file];
    if (content === undefined) return error(404, "EntryNotFound", { "X-Repo-Commit": commit });
    if (req.method === "HEAD" && hub.headStatus !== undefined) {
      res.writeHead(hub.headStatus).end();
      return;
    }
    const bytes = asBytes(content);
    if (!isLfs(repo, file)) {
      sendBytes(req, res, bytes, { ETag: `"${gitBlobSha1(bytes)}"`, "X-Repo-Commit": commit, "Content-Type": "text/plain; charset=utf-8" });
      return;
    }
    const sha = sha256Hex(bytes);
    const path = `/lfs/${sha}?signature=fake-signed-url`;
    const location = { cdn: `${cdn}${path}`, absolute: `${endpoint}${path}`, relative: path }[options.lfsLocation ?? "cdn"];
    const note = `Found. Redirecting to ${location}`;
    res.writeHead(302, {
      Location: location,
      "X-Repo-Commit": commit,
      "X-Linked-Etag": `"${sha}"`,
      "X-Linked-Size": String(bytes.length),
      // The Hub's own ETag of an LFS file is the pointer file's, not the blob's: clients must prefer X-Linked-Etag.
      ETag: `W/"${gitBlobSha1(new TextEncoder().encode(`oid sha256:${sha}`))}"`,
      "Content-Length": String(note.length),
    });
    res.end(req.method === "HEAD" ? undefined : note);
  }

  function handler(server: "hub" | "cdn") {
    return (req: IncomingMessage, res: ServerResponse) => {
      requests.push({ server, method: req.method ?? "", url: req.url ?? "", headers: req.headers });
      const path = (req.url ?? "").split("?")[0];
      const parts = path.split("/").slice(1).map(decodeURIComponent);
      if (parts[0] === "lfs" && parts.length === 2 && (server === "cdn" || options.lfsLocation !== undefined)) return serveBlob(req, res, parts[1]);
      if (server === "hub" && parts.length >= 5 && parts[2] === "resolve") {
        if (req.method === "HEAD" && hub.stallHeads) return; // no answer
        return serveResolve(req, res, parts);
      }
      res.writeHead(404).end();
    };
  }

  for (const [server, name] of [[hubServer, "hub"], [cdnServer, "cdn"]] as const) {
    server.on("request", handler(name));
    server.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
  }
  return hub;
}

/**
 * An environment for the Hub client that talks to `hub` and keeps its cache in
 * a new temporary HF_HOME (so that no real cache or token of the machine is
 * read), with `extra` variables on top.
 */
export function fakeHubEnv(hub: FakeHub, extra: Record<string, string> = {}): Record<string, string> {
  return { HF_HOME: mkdtempSync(join(tmpdir(), "mixc-hub-")), HF_ENDPOINT: hub.endpoint, ...extra };
}
