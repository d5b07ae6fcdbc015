// The Hugging Face cache layout, as huggingface_hub's file_download.py writes
// and reads it, so that files fetched by either are found by the other:
//   <cache>/models--ORG--REPO/blobs/<etag>             the bytes (sha256 for LFS files, git blob sha1 otherwise)
//   <cache>/models--ORG--REPO/blobs/<etag>.incomplete  a download under way or interrupted
//   <cache>/models--ORG--REPO/snapshots/<commit>/<file>  a relative symlink to ../../blobs/<etag> (a copy where links fail)
//   <cache>/models--ORG--REPO/refs/<revision>          the commit a branch or tag named, no newline
//   <cache>/models--ORG--REPO/.no_exist/<commit>/<file>  an empty file: the Hub said there is no such file
import { constants } from "node:fs";
import { access, copyFile, mkdir, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** A full commit hash, as revisions and X-Repo-Commit give them (sha1, or sha256 in a sha256 repository). */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isCommit(revision: string): boolean {
  return COMMIT.test(revision);
}

/** The repository's folder, "models--ORG--REPO". */
export function repoFolder(cache: string, repo: string): string {
  return join(cache, `models--${repo.split("/").join("--")}`);
}

export function blobPath(repoDir: string, etag: string): string {
  return join(repoDir, "blobs", etag);
}

export function snapshotPath(repoDir: string, commit: string, file: string): string {
  return join(repoDir, "snapshots", commit, ...file.split("/"));
}

/** Where mixc's lock for a blob download lies: beside huggingface_hub's own locks, under another name. */
export function lockPath(cache: string, repoDir: string, etag: string): string {
  return join(cache, ".locks", relative(cache, repoDir), `${etag}.mixc-lock`);
}

function noExistPath(repoDir: string, commit: string, file: string): string {
  return join(repoDir, ".no_exist", commit, ...file.split("/"));
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK); // follows links: a link to a deleted blob is not a cached file
    return true;
  } catch {
    return false;
  }
}

/** Whether the file's snapshot entry is there and leads to a file. */
export async function isCached(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The commit that `revision` names in the cache: itself if it is a commit hash, else the content of refs/<revision>. */
export async function cachedCommit(repoDir: string, revision: string): Promise<string | undefined> {
  if (isCommit(revision)) return revision;
  let text: string;
  try {
    text = await readFile(join(repoDir, "refs", ...revision.split("/")), "utf8");
  } catch {
    return undefined;
  }
  return isCommit(text.trim()) ? text.trim() : undefined;
}

export type CacheLookup = { commit: string; path: string } | { commit: string; missing: true } | undefined;

/**
 * A file as the cache holds it for `revision` without asking the Hub: its
 * snapshot path, or that the Hub said it does not exist, or nothing.
 */
export async function lookUp(repoDir: string, revision: string, file: string): Promise<CacheLookup> {
  const commit = await cachedCommit(repoDir, revision);
  if (commit === undefined) return undefined;
  if (await exists(noExistPath(repoDir, commit, file))) return { commit, missing: true };
  const path = snapshotPath(repoDir, commit, file);
  return (await isCached(path)) ? { commit, path } : undefined;
}

/** Writes through a temporary name and a rename, so that a reader never sees half of it. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Records that `revision` (a branch or tag, not a commit) now names `commit`; left alone when it already does. */
export async function writeRef(repoDir: string, revision: string, commit: string): Promise<void> {
  if (revision === commit) return;
  const path = join(repoDir, "refs", ...revision.split("/"));
  if ((await cachedCommit(repoDir, revision)) === commit) return;
  await mkdir(dirname(path), { recursive: true });
  await writeAtomic(path, commit);
}

/** Records that the Hub has no such file at `commit`, as huggingface_hub does. */
export async function markMissing(repoDir: string, commit: string, file: string): Promise<void> {
  const path = noExistPath(repoDir, commit, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, "");
}

/**
 * Makes the snapshot entry for a blob: a relative symlink; where symlinks are
 * off (HF_HUB_DISABLE_SYMLINKS) or fail, the blob itself moved there when it
 * is new, else a copy, as huggingface_hub does.
 */
export async function linkSnapshot(blob: string, pointer: string, options: { copy: boolean; newBlob: boolean; link?: typeof symlink }): Promise<void> {
  await mkdir(dirname(pointer), { recursive: true });
  await rm(pointer, { force: true });
  if (!options.copy) {
    try {
      await (options.link ?? symlink)(relative(dirname(pointer), blob), pointer);
      return;
    } catch {
      // No symlinks on this file system: a real file below.
    }
  }
  if (options.newBlob) {
    await rename(blob, pointer);
    return;
  }
  const tmp = `${pointer}.${process.pid}.tmp`;
  try {
    await copyFile(blob, tmp);
    await rename(tmp, pointer);
  } finally {
    await rm(tmp, { force: true });
  }
}

const CACHEDIR_TAG =
  "Signature: 8a477f597d28d172789f06886806bc55\n" +
  "# This file is a cache directory tag created by mixc (as huggingface_hub makes one).\n" +
  "# For information about cache directory tags see https://bford.info/cachedir/\n";

/** Marks the cache for backup tools (the cache directory tagging standard), as huggingface_hub does; best effort. */
export async function tagCache(cache: string): Promise<void> {
  const path = join(cache, "CACHEDIR.TAG");
  if (await exists(path)) return;
  await writeFile(path, CACHEDIR_TAG, { flag: "wx" }).catch(() => {});
}
