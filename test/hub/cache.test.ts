// The cache's pieces on their own: snapshot entries where symlinks fail, refs
// and lookups as huggingface_hub's try_to_load_from_cache makes them, the lock.
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cachedCommit, linkSnapshot, lookUp, markMissing, repoFolder, snapshotPath, writeRef } from "../../compiler/hub/cache.ts";
import { LockBusy, takeLock } from "../../compiler/hub/lock.ts";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const temp = () => mkdtempSync(join(tmpdir(), "mixc-hub-"));

function blobIn(repoDir: string, name = "b".repeat(64), content = "bytes"): string {
  mkdirSync(join(repoDir, "blobs"), { recursive: true });
  writeFileSync(join(repoDir, "blobs", name), content);
  return join(repoDir, "blobs", name);
}

describe("snapshot entries", () => {
  it("are relative symlinks to the blob", async () => {
    const dir = temp();
    const blob = blobIn(dir);
    const pointer = snapshotPath(dir, COMMIT, "model.safetensors");
    await linkSnapshot(blob, pointer, { copy: false, newBlob: true });
    expect(readlinkSync(pointer)).toBe(`../../blobs/${"b".repeat(64)}`);
  });

  it("fall back to a copy of a blob others may share where symlinks fail, and to moving a new blob", async () => {
    const dir = temp();
    const noLinks = async () => {
      throw Object.assign(new Error("operation not permitted"), { code: "EPERM" });
    };
    const shared = blobIn(dir, "c".repeat(64), "shared");
    const pointer = snapshotPath(dir, COMMIT, "a.bin");
    await linkSnapshot(shared, pointer, { copy: false, newBlob: false, link: noLinks });
    expect([lstatSync(pointer).isFile(), readFileSync(pointer, "utf8"), readFileSync(shared, "utf8")]).toEqual([true, "shared", "shared"]);
    const fresh = blobIn(dir, "d".repeat(64), "new");
    const other = snapshotPath(dir, COMMIT, "b.bin");
    await linkSnapshot(fresh, other, { copy: false, newBlob: true, link: noLinks });
    expect(readFileSync(other, "utf8")).toBe("new");
    expect(() => lstatSync(fresh)).toThrow();
  });

  it("replace a stale entry", async () => {
    const dir = temp();
    const blob = blobIn(dir);
    const pointer = snapshotPath(dir, COMMIT, "x");
    mkdirSync(join(pointer, ".."), { recursive: true });
    symlinkSync("../../blobs/gone", pointer);
    await linkSnapshot(blob, pointer, { copy: false, newBlob: false });
    expect(readFileSync(pointer, "utf8")).toBe("bytes");
  });
});

describe("refs and lookups", () => {
  it("a ref holds the commit without a newline and is rewritten only when it changes; a commit needs no ref", async () => {
    const dir = temp();
    await writeRef(dir, "main", COMMIT);
    expect(readFileSync(join(dir, "refs", "main"), "utf8")).toBe(COMMIT);
    await writeRef(dir, COMMIT, COMMIT);
    expect(() => lstatSync(join(dir, "refs", COMMIT))).toThrow();
    expect(await cachedCommit(dir, "main")).toBe(COMMIT);
    expect(await cachedCommit(dir, COMMIT)).toBe(COMMIT);
    expect(await cachedCommit(dir, "v2")).toBeUndefined();
  });

  it("a ref whose content is not a commit hash is ignored, not used as a path", async () => {
    const dir = temp();
    mkdirSync(join(dir, "refs"), { recursive: true });
    writeFileSync(join(dir, "refs", "main"), "../../../etc");
    expect(await lookUp(dir, "main", "config.json")).toBeUndefined();
  });

  it("finds a file, a recorded absence, or nothing", async () => {
    const dir = repoFolder(temp(), "org/name");
    expect(dir.endsWith("models--org--name")).toBe(true);
    const blob = blobIn(dir);
    await writeRef(dir, "main", COMMIT);
    await linkSnapshot(blob, snapshotPath(dir, COMMIT, "model.safetensors"), { copy: false, newBlob: false });
    await markMissing(dir, COMMIT, "pytorch_model.bin");
    expect(await lookUp(dir, "main", "model.safetensors")).toEqual({ commit: COMMIT, path: snapshotPath(dir, COMMIT, "model.safetensors") });
    expect(await lookUp(dir, "main", "pytorch_model.bin")).toEqual({ commit: COMMIT, missing: true });
    expect(await lookUp(dir, "main", "config.json")).toBeUndefined();
    expect(await lookUp(dir, "dev", "model.safetensors")).toBeUndefined();
  });
});

describe("the download lock", () => {
  it("is taken once, refused while held (naming the holder), and free again once released", async () => {
    const path = join(temp(), ".locks", "x.mixc-lock");
    const release = await takeLock(path);
    expect(typeof release).toBe("function");
    expect(readFileSync(path, "utf8")).toBe(String(process.pid));
    expect(await takeLock(path)).toEqual(new LockBusy(process.pid));
    await (release as () => Promise<void>)();
    const again = await takeLock(path);
    expect(typeof again).toBe("function");
  });

  it("left by a process that is gone, or unreadable, is taken over", async () => {
    const path = join(temp(), "x.mixc-lock");
    writeFileSync(path, "2147483646");
    expect(typeof (await takeLock(path))).toBe("function");
    writeFileSync(path, "");
    expect(typeof (await takeLock(path))).toBe("function");
  });
});
