// Asks the Hub where a file is, as huggingface_hub's get_hf_file_metadata
// does: HEAD /ORG/REPO/resolve/REVISION/FILE, redirects not followed. The
// answer (or the redirect itself, for an LFS file) carries the commit
// (X-Repo-Commit), the blob's ETag (X-Linked-Etag, the sha256, for an LFS
// file; else ETag, the git blob hash), its size (X-Linked-Size, else
// Content-Length) and, in Location, where its bytes are (often a CDN).
// A redirect without a commit, to the Hub's own address, is a renamed
// repository and is followed.
import { isCommit } from "./cache.ts";
import { hubError, type HubError } from "./errors.ts";
import { type Connection, discard, isEndpoint, isRedirect, NetworkFailure, redirectTarget, send, Watchdog } from "./http.ts";
import type { HubRef } from "./ref.ts";

export interface FileInfo {
  commit: string;
  /** The blob's name in the cache. */
  etag: string;
  size: number;
  /** Where its bytes are. */
  url: URL;
  /** The sha256 its bytes must have: LFS files only (their ETag is one). */
  sha256: string | undefined;
}

/** Why the Hub could not say where a file is. */
export class ResolveFailure {
  constructor(
    readonly error: HubError,
    /** Whether a cached copy may serve instead (the Hub is unreachable, refuses, or answers oddly). */
    readonly cacheMayServe: boolean,
    /** The commit at which the Hub said the file does not exist. */
    readonly missingAt?: string,
  ) {}
}

/** A file's size that mixc refuses to download: far above any network's weights (those must fit wasm32's 2 GiB). */
export const MAX_DOWNLOAD_BYTES = 4 * 2 ** 30;
const MAX_REDIRECTS = 5;
const ETAG = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** The Hub's URL of a file: the revision as one path segment, the file's own '/' kept. */
export function resolveUrl(endpoint: string, repo: string, revision: string, file: string): URL {
  return new URL(`${endpoint}/${repo}/resolve/${encodeURIComponent(revision)}/${file.split("/").map(encodeURIComponent).join("/")}`);
}

/** An ETag as a file name: W/ and the quotes removed, as huggingface_hub's _normalize_etag does. */
export function normalizeEtag(etag: string): string {
  return etag.replace(/^W\//, "").replace(/^"|"$/g, "");
}

export async function resolveFile(connection: Connection, ref: HubRef, revision: string, file: string, timeoutMs: number): Promise<FileInfo> {
  const fail = (what: string, cacheMayServe = true, missingAt?: string) => new ResolveFailure(hubError(ref, file, what), cacheMayServe, missingAt);
  let url = resolveUrl(connection.endpoint, ref.repo, revision, file);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const watchdog = new Watchdog(timeoutMs);
    let answer;
    try {
      answer = await send(connection, "HEAD", url, {}, watchdog);
    } catch (e) {
      if (!(e instanceof NetworkFailure)) throw e;
      throw fail(e.timedOut ? `${connection.endpoint} did not answer within ${timeoutMs / 1000} s (HF_HUB_ETAG_TIMEOUT)` : `cannot reach ${connection.endpoint} (${e.reason})`);
    } finally {
      watchdog.stop();
    }
    const { response, tokenSent } = answer;
    await discard(response);
    if (isRedirect(response)) {
      const target = redirectTarget(response, url);
      if (target === undefined) throw fail(`${url.host} answered ${response.status} without a usable Location`);
      if (response.headers.has("x-repo-commit")) return fileInfo(response, target, fail);
      if (!isEndpoint(connection, target)) throw fail(`${url.host} redirected to ${target.host}, which is not the Hub (${connection.endpoint})`);
      url = target;
      continue;
    }
    if (response.ok) return fileInfo(response, url, fail);
    const code = response.headers.get("x-error-code");
    const commit = response.headers.get("x-repo-commit");
    throw fail(refusal(connection, ref, revision, response, tokenSent), code !== "EntryNotFound" && code !== "RevisionNotFound", code === "EntryNotFound" && commit && isCommit(commit) ? commit : undefined);
  }
  throw fail(`more than ${MAX_REDIRECTS} redirects from ${connection.endpoint}`);
}

type Fail = (what: string, cacheMayServe?: boolean) => ResolveFailure;

/** The file's details from the Hub's answer, or what is missing from it. */
function fileInfo(response: Response, url: URL, fail: Fail): FileInfo {
  const headers = response.headers;
  const commit = headers.get("x-repo-commit") ?? "";
  const etagHeader = headers.get("x-linked-etag") ?? headers.get("etag");
  const etag = etagHeader === null ? "" : normalizeEtag(etagHeader);
  const sizeText = headers.get("x-linked-size") ?? (isRedirect(response) ? null : headers.get("content-length"));
  const notHub = "; is HF_ENDPOINT a Hugging Face Hub?";
  if (!isCommit(commit)) throw fail(`the answer from ${url.host} has no commit hash (X-Repo-Commit)${notHub}`);
  if (!ETAG.test(etag)) throw fail(`the answer from ${url.host} has no usable ETag${notHub}`);
  if (sizeText === null || !/^\d{1,16}$/.test(sizeText)) throw fail(`the answer from ${url.host} gives no size (X-Linked-Size or Content-Length)${notHub}`);
  const size = Number(sizeText);
  if (size > MAX_DOWNLOAD_BYTES) throw fail(`the file has ${size} bytes, more than mixc downloads (${MAX_DOWNLOAD_BYTES} bytes, 4 GiB)`, false);
  return { commit, etag, size, url, sha256: SHA256.test(etag) ? etag : undefined };
}

/** What a refusal of the Hub means, in words, with what to do about it. */
function refusal(connection: Connection, ref: HubRef, revision: string, response: Response, tokenSent: boolean): string {
  const status = response.status;
  const code = response.headers.get("x-error-code");
  const said = `the Hub answered ${status}${code ? ` ${code}` : ""}`;
  const page = `${connection.endpoint}/${ref.repo}`;
  const needToken = "set HF_TOKEN to a token that has access to it";
  const refused = "the token sent (HF_TOKEN or the token file) has no access to it";
  if (code === "RevisionNotFound") return `no revision "${revision}" in the repository (${said})`;
  if (code === "EntryNotFound") return `no such file in the repository at revision ${revision} (${said})`;
  if (code === "GatedRepo") return `the repository is gated: ask for access on ${page}, then ${tokenSent ? `use a token of the account that has it; ${refused}` : needToken} (${said})`;
  if (status === 401 && response.headers.get("x-error-message") === "Invalid credentials in Authorization header") {
    return `the token sent (HF_TOKEN or the token file) is not valid (${said})`;
  }
  if (code === "RepoNotFound" || status === 401 || status === 404) {
    const what = code === "RepoNotFound" || status === 401 ? "no such repository" : "no such repository, revision or file";
    return `${what}, or it is private or gated: ${tokenSent ? refused : needToken} (${said})`;
  }
  if (status === 403) return `access refused: ${tokenSent ? refused : needToken} (${said})`;
  if (status === 429) return `the Hub is turning requests away for now; try again later (${said})`;
  return `${said}${response.statusText ? ` ${response.statusText}` : ""}`;
}
