// A spec written to a fresh temporary folder, for tests that compile their own network.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Writes `text` as `name` in a new folder under the system's temp dir; returns its path. */
export function specFile(text: string, name = "tiny.mix"): string {
  const path = join(mkdtempSync(join(tmpdir(), "mixc-spec-")), name);
  writeFileSync(path, text);
  return path;
}
