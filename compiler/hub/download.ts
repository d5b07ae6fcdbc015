// hubFiles: files of a Hub repository as paths in the Hugging Face cache,
// downloaded when missing, following huggingface_hub's hf_hub_download:
// a cached file at a commit hash is used without asking; otherwise the Hub is
// asked where each file is (HEAD), and a file already in the cache at the
// commit it names is used as it is; a new blob is downloaded, checked and
// linked into the commit's snapshot. Where the Hub cannot be reached or refuses,
// a cached copy of the revision serves. HF_HUB_OFFLINE=1 asks nothing.
import { mkdir, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { systemReason, UserError } from "../errors.ts";
import { blobPath, isCached, isCommit, linkSnapshot, lockPath, lookUp, markMissing, repoFolder, snapshotPath, tagCache, writeRef } from "./cache.ts";
import { HubError, hubError } from "./errors.ts";
import type { Connection } from "./http.ts";
import { LockBusy, takeLock } from "./lock.ts";
import type { ProgressOutput } from "./progress.ts";
import { checkHubRef, checkRepoFile, type HubRef } from "./ref.ts";
import { type FileInfo, ResolveFailure, resolveFile } from "./resolve.ts";
import { type Env, type HubSettings, hubSettings } from "./settings.ts";
import { fetchBlob } from "./transfer.ts";

export interface HubOptions {
  /** The environment to read HF_* variables from; process.env by default. */
  env?: Env;
  /** Where a progress bar is drawn, when it is a terminal (the CLI passes process.stderr). */
  progress?: ProgressOutput;
  /** The HTTP client; the global fetch by default. */
  fetch?: typeof fetch;
}

export interface HubFiles {
  /** The commit the files are from. */
  commit: string;
  /** Each file's path in the cache's snapshot of that commit. */
  paths: Record<string, string>;
}

interface Context {
  ref: HubRef;
  settings: HubSettings;
  connection: Connection;
  repoDir: string;
  progress: ProgressOutput | undefined;
}

type Found = { commit: string; path: string };

/**
 * The paths of `files` of the repository at `ref`'s revision, all from one
 * commit (the first file fixes it), or a HubError naming the repository and
 * file and saying what failed.
 */
export async function hubFiles(ref: HubRef, files: string[], options: HubOptions = {}): Promise<HubFiles> {
  if (files.length === 0) throw new TypeError("hubFiles needs at least one file name");
  checkHubRef(ref);
  for (const file of files) checkRepoFile(ref, file);
  const settings = hubSettings(options.env ?? process.env);
  const context: Context = {
    ref,
    settings,
    connection: { fetch: options.fetch ?? fetch, endpoint: settings.endpoint, token: settings.token },
    repoDir: repoFolder(settings.cache, ref.repo),
    progress: options.progress,
  };
  const paths: Record<string, string> = {};
  let revision = ref.revision;
  try {
    for (const file of files) {
      const found = await hubFile(context, revision, file);
      paths[file] = found.path;
      revision = found.commit;
    }
  } catch (e) {
    throw withoutToken(e, settings.token);
  }
  return { commit: revision, paths };
}

async function hubFile(context: Context, revision: string, file: string): Promise<Found> {
  const { ref, settings, repoDir } = context;
  // A commit's files never change: a cached one needs no question to the Hub.
  if (isCommit(revision)) {
    const path = snapshotPath(repoDir, revision, file);
    if (await isCached(path)) return { commit: revision, path };
  }
  if (settings.offline) {
    const cached = await lookUp(repoDir, revision, file);
    if (cached && "path" in cached) return cached;
    if (cached) throw hubError(ref, file, `no such file in the repository at revision ${revision}, as the Hub said before (HF_HUB_OFFLINE is set)`);
    throw hubError(ref, file, `offline (HF_HUB_OFFLINE is set) and not in the cache ${settings.cache}`);
  }
  let info: FileInfo;
  try {
    info = await resolveFile(context.connection, ref, revision, file, settings.headTimeoutMs);
  } catch (e) {
    if (!(e instanceof ResolveFailure)) throw e;
    const missingAt = e.missingAt;
    if (missingAt !== undefined) await remember(() => markMissing(repoDir, missingAt, file).then(() => writeRef(repoDir, revision, missingAt)));
    if (e.cacheMayServe) {
      const cached = await lookUp(repoDir, revision, file);
      if (cached && "path" in cached) return cached;
    }
    throw e.error;
  }
  try {
    return await store(context, revision, file, info);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const path = (e as NodeJS.ErrnoException).path;
    throw hubError(ref, file, `cannot write ${path ?? `to the cache ${settings.cache}`}: ${systemReason(e)}`);
  }
}

/** Records what the Hub said, where the cache can be written; a read-only cache still serves. */
async function remember(write: () => Promise<void>): Promise<void> {
  await write().catch(() => {});
}

/** The file at the commit the Hub named, from the cache or downloaded into it. */
async function store(context: Context, revision: string, file: string, info: FileInfo): Promise<Found> {
  const { settings, repoDir } = context;
  const found = { commit: info.commit, path: snapshotPath(repoDir, info.commit, file) };
  if (await isCached(found.path)) {
    await remember(() => writeRef(repoDir, revision, info.commit));
    return found;
  }
  const blob = blobPath(repoDir, info.etag);
  await mkdir(dirname(blob), { recursive: true });
  await tagCache(settings.cache);
  await writeRef(repoDir, revision, info.commit);
  const newBlob = !(await isCached(blob)) && (await download(context, file, info, blob));
  await linkSnapshot(blob, found.path, { copy: settings.copyFiles, newBlob });
  return found;
}

/** Downloads a blob under a lock; false where another process brought it meanwhile. */
async function download(context: Context, file: string, info: FileInfo, blob: string): Promise<boolean> {
  const { ref, settings, repoDir } = context;
  const lock = lockPath(settings.cache, repoDir, info.etag);
  const release = await takeLock(lock);
  if (release instanceof LockBusy) {
    throw hubError(ref, file, `another process (pid ${release.pid}) is downloading it into ${settings.cache}; run again when it has finished, or remove ${lock} if that process is gone`);
  }
  try {
    if (await isCached(blob)) return false;
    const incomplete = `${blob}.incomplete`;
    await fetchBlob(context.connection, ref, file, info, incomplete, { idleTimeoutMs: settings.idleTimeoutMs, progress: context.progress });
    await rename(incomplete, blob);
    return true;
  } finally {
    await release();
  }
}

/** The error, with the token blotted out should any message ever quote it. */
function withoutToken(e: unknown, token: string | undefined): unknown {
  if (token === undefined || !(e instanceof Error) || !e.message.includes(token)) return e;
  return new HubError(e.message.split(token).join("<token>"));
}
