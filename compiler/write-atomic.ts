// Writes a file through a temporary name and a rename, so that a failed or
// interrupted write never leaves a partial file at the destination; and makes
// output folders. Failures are one-line user errors naming the path.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { systemReason, UserError } from "./errors.ts";

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Where the temporary file cannot be removed, it could not have been made (its path is not a folder).
    }
    throw new UserError(`cannot write ${path}: ${systemReason(e, { ENOENT: "its directory does not exist" })}`);
  }
}

/** Makes a folder for output, and the folders above it. */
export function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UserError(`cannot create directory ${dir}: ${systemReason(e)}`);
  }
}
