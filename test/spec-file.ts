// A spec written to a fresh temporary folder, for tests that compile their own network.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A small network (3x8x8 input, 4 classes) for tests that need any spec that compiles. */
export const TINY_SPEC = "network tiny {\n  input 3x8x8\n  stem c=8\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=4\n}\n";

/** Writes `text` as `name` in a new folder under the system's temp dir; returns its path. */
export function specFile(text: string, name = "tiny.mix"): string {
  const path = join(mkdtempSync(join(tmpdir(), "mixc-spec-")), name);
  writeFileSync(path, text);
  return path;
}
