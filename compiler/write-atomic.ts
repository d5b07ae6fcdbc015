// Writes a file through a temporary name and a rename, so that a failed or
// interrupted write never leaves a partial file at the destination.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { UserError } from "./errors.ts";

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "its directory does not exist" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : (e as Error).message;
    throw new UserError(`cannot write ${path}: ${why}`);
  }
}
