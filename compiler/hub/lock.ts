// One download of a blob at a time across processes: two processes appending
// to one `.incomplete` file would corrupt it. The lock is a file made with
// O_EXCL holding the owner's process id; one whose owner is gone (killed
// mid-download) is taken over. It is made whole under a temporary name and
// hard-linked into place, so that no one ever reads a lock without its id.
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** Who holds the lock, when it is taken. */
export class LockBusy {
  constructor(readonly pid: number) {}
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, but another user's
  }
}

/** Takes the lock at `path` and returns its release, or who holds it. */
export async function takeLock(path: string): Promise<(() => Promise<void>) | LockBusy> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, String(process.pid));
  try {
    for (let tries = 0; ; tries++) {
      try {
        await link(tmp, path);
        return () => rm(path, { force: true });
      } catch (e) {
        // A file system without hard links goes unlocked: the hash check still guards LFS files.
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") return async () => {};
      }
      const pid = Number(await readFile(path, "utf8").catch(() => ""));
      if ((Number.isInteger(pid) && pid > 0 && isAlive(pid)) || tries > 0) return new LockBusy(pid);
      await rm(path, { force: true });
    }
  } finally {
    await rm(tmp, { force: true });
  }
}
