// Downloads a blob's bytes into `<etag>.incomplete`, streamed to disk (memory
// stays at one chunk whatever the file's size). An LFS file's partial download
// is resumed with a Range request (the server may ignore it and answer 200:
// then it starts over) and its sha256 is checked against its ETag; the caller
// renames the file into place only after that, so an interrupted or corrupt
// download never passes for a complete one. A connection that breaks after
// bringing data is resumed at once, a few times, as huggingface_hub's
// http_get does; one that brings nothing fails, keeping the partial file.
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, rm, stat, type FileHandle } from "node:fs/promises";
import { hubError } from "./errors.ts";
import { type Connection, discard, isRedirect, NetworkFailure, networkReason, redirectTarget, send, Watchdog } from "./http.ts";
import { progressBar, type ProgressOutput } from "./progress.ts";
import type { HubRef } from "./ref.ts";
import type { FileInfo } from "./resolve.ts";

export interface TransferOptions {
  idleTimeoutMs: number;
  progress: ProgressOutput | undefined;
}

/** Resumes in one run after a connection that broke having brought data. */
const MAX_RESUMES = 5;
const MAX_REDIRECTS = 5;

/** A transfer that broke off: resumable. */
class Interrupted {
  constructor(readonly reason: string) {}
}

/** The partial file's state: its handle, its length and the hash of its bytes. */
interface Partial {
  handle: FileHandle;
  done: number;
  hash: Hash;
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function hashOf(path: string): Promise<Hash> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash;
}

async function restart(partial: Partial): Promise<void> {
  await partial.handle.truncate(0);
  partial.done = 0;
  partial.hash = createHash("sha256");
}

/** Downloads `info`'s bytes into `incomplete`, complete and checked when it returns. */
export async function fetchBlob(connection: Connection, ref: HubRef, file: string, info: FileInfo, incomplete: string, options: TransferOptions): Promise<void> {
  const fail = (what: string) => hubError(ref, file, what);
  // Only a file whose hash is known resumes: bytes of a file that cannot be checked are not trusted across runs.
  let start = info.sha256 === undefined ? 0 : await sizeOf(incomplete);
  if (start > info.size) start = 0;
  const partial: Partial = {
    handle: await open(incomplete, start > 0 ? "a" : "w"),
    done: start,
    hash: start > 0 ? await hashOf(incomplete) : createHash("sha256"),
  };
  const bar = progressBar(options.progress, file, info.size, start);
  let resumedOldBytes = start > 0;
  try {
    for (let resumes = 0; ; ) {
      if (partial.done === info.size) {
        const got = partial.hash.digest("hex");
        if (info.sha256 === undefined || got === info.sha256) return;
        if (resumedOldBytes) {
          // The bytes kept from an earlier run may be what is wrong: one fresh try.
          resumedOldBytes = false;
          await restart(partial);
          continue;
        }
        await partial.handle.close();
        await rm(incomplete, { force: true });
        throw fail(`hash mismatch: the Hub's ETag gives sha256 ${info.sha256}, the ${info.size} bytes received have ${got}; the download was deleted, run again`);
      }
      const before = partial.done;
      try {
        await receive(connection, info, partial, options.idleTimeoutMs, (done) => bar.update(done), fail);
      } catch (e) {
        if (!(e instanceof Interrupted)) throw e;
        if (partial.done === before || ++resumes > MAX_RESUMES) {
          const again = info.sha256 === undefined ? "run again" : "run again to resume it";
          throw fail(`the download from ${info.url.host} broke off at ${partial.done} of ${info.size} bytes (${e.reason}); ${again}`);
        }
      }
    }
  } finally {
    bar.finish();
    await partial.handle.close().catch(() => {});
  }
}

/** One GET of the bytes still missing; throws Interrupted where the connection fails or stalls. */
async function receive(
  connection: Connection,
  info: FileInfo,
  partial: Partial,
  idleTimeoutMs: number,
  onData: (done: number) => void,
  fail: (what: string) => Error,
): Promise<void> {
  const watchdog = new Watchdog(idleTimeoutMs);
  const stalled = `no data for ${idleTimeoutMs / 1000} s, HF_HUB_DOWNLOAD_TIMEOUT`;
  try {
    let url = info.url;
    let response: Response | undefined;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const range: Record<string, string> = partial.done > 0 ? { range: `bytes=${partial.done}-` } : {};
      try {
        response = (await send(connection, "GET", url, range, watchdog)).response;
      } catch (e) {
        if (e instanceof NetworkFailure) throw new Interrupted(e.timedOut ? stalled : e.reason);
        throw e;
      }
      if (!isRedirect(response)) break;
      await discard(response);
      const target = redirectTarget(response, url);
      if (target === undefined) throw fail(`${url.host} answered ${response.status} without a usable Location`);
      url = target;
      response = undefined;
    }
    if (response === undefined) throw fail(`more than ${MAX_REDIRECTS} redirects from ${info.url.host}`);
    if (response.status === 200 && partial.done > 0) {
      await restart(partial); // the server ignored the Range: the whole file follows
    } else if (response.status === 416 && partial.done > 0) {
      await discard(response);
      await restart(partial); // the partial file does not fit the blob: start over
      return;
    } else if (response.status === 206) {
      const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
      if (!range || Number(range[1]) !== partial.done || (range[2] !== "*" && Number(range[2]) !== info.size)) {
        await discard(response);
        throw fail(`${url.host} answered the request for bytes ${partial.done}- of ${info.size} with Content-Range "${response.headers.get("content-range") ?? ""}"`);
      }
    } else if (response.status !== 200) {
      await discard(response);
      throw fail(`the download was refused: ${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    }
    if (!response.body) throw new Interrupted("an answer without a body");
    const reader = response.body.getReader();
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (e) {
        throw new Interrupted(watchdog.timedOut ? stalled : networkReason(e));
      }
      if (chunk.done) {
        if (partial.done < info.size) throw new Interrupted("the connection closed early");
        return;
      }
      watchdog.arm();
      if (partial.done + chunk.value.length > info.size) {
        await reader.cancel().catch(() => {});
        throw fail(`${url.host} sent more than the ${info.size} bytes the Hub announced`);
      }
      await partial.handle.write(chunk.value);
      partial.hash.update(chunk.value);
      partial.done += chunk.value.length;
      onData(partial.done);
    }
  } finally {
    watchdog.stop();
  }
}
