// The package as npm ships it: dist/ as `npm run build` left it (`npm test`
// builds first), the manifest, and what `npm pack` would put in the tarball.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const PKG = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8"));

if (!existsSync(`${ROOT}/dist/compiler.js`)) throw new Error("dist/ is missing: run `npm run build` (npm test does)");

/** Every file each export points to (its "types" and its code), by export. */
export const EXPORT_TARGETS: [string, string[]][] = Object.entries(PKG.exports as Record<string, string | Record<string, string>>).map(([name, target]) => [
  name,
  (typeof target === "string" ? [target] : Object.values(target)).map((t) => t.replace(/^\.\//, "")),
]);

/** The tarball's file list, from `npm pack --dry-run` (scripts not run: dist/ is already built). */
export function packedFiles(): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
}
