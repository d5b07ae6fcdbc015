// What `npm pack` puts in the tarball: the built entries, their declarations,
// the CLI, the specs and the README; never the sources' tests, CI or scripts.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SPECS } from "../specs.ts";
import { EXPORT_TARGETS, packedFiles, PKG, ROOT } from "./package.ts";

/** Every file below a folder of the repository, as sorted paths from its root. */
function filesUnder(dir: string): string[] {
  return readdirSync(`${ROOT}/${dir}`, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath.slice(ROOT.length + 1)}/${e.name}`)
    .sort();
}

describe("the npm package", () => {
  const files = packedFiles();

  it("holds every file the exports map and bin point to, and every shipped spec", () => {
    const wanted = [...EXPORT_TARGETS.flatMap(([, targets]) => targets), ...Object.values(PKG.bin as Record<string, string>), "README.md", ...SPECS];
    expect(wanted.filter((f) => !files.includes(f))).toEqual([]);
    expect(EXPORT_TARGETS.map(([name]) => name)).toEqual([".", "./runtime", "./image", "./package.json"]);
    // types first: TypeScript takes the first condition that matches.
    for (const [name, target] of Object.entries(PKG.exports)) if (typeof target === "object") expect(Object.keys(target as object)[0], name).toBe("types");
  });

  it("holds all of dist/, so every chunk an entry imports is there", () => {
    expect(filesUnder("dist").length).toBeGreaterThan(4);
    expect(files.filter((f) => f.startsWith("dist/")).sort()).toEqual(filesUnder("dist"));
  });

  // Both are committed (the README's quick start uses them): a missing one fails here, never skips.
  it.each(["models", "samples"])("holds all of %s/ (the trained model and its sample images)", (dir) => {
    expect(filesUnder(dir).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith(`${dir}/`)).sort()).toEqual(filesUnder(dir));
  });

  it("holds nothing else: no tests, CI, scripts, sources or node_modules", () => {
    const allowed = /^(dist|bin|specs|models|samples)\/|^(README\.md|package\.json|LICENSE)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => /^(test|\.ci|scripts|bench|node_modules|compiler|cli|kernels)\//.test(f))).toEqual([]);
  });

  it("runs its command: bin/mixc.js --version prints the package's version", () => {
    const child = spawnSync(process.execPath, [`${ROOT}/bin/mixc.js`, "--version"], { encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.stdout).toBe(`mixc ${PKG.version}\n`);
    expect(child.status).toBe(0);
  });
});
