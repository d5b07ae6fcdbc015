// Which modules a source file imports, and the .ts files under a folder: for the
// tests that hold the code's structure (the CLI's public API, the layers).
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

export const ROOT = resolve(import.meta.dirname, "../..");

/** Every import of a file's text: static, type-only, re-exports and dynamic. */
export const importsOf = (text: string): string[] => ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);

/** The .ts files under `dir` (relative to the repository root), as root-relative paths. */
export const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
