// The tarball installed into a fresh project, offline, as a user installs it:
// `npm pack` (of a copy of what it ships, with the prepack hook's manifest:
// packing here would rebuild dist/ under the other tests), then `npm ci --offline` from a lockfile that pins mixc to the
// tarball and its dependencies to this repository's lockfile, whose tarballs
// the npm cache holds since this repository's `npm ci` (a plain
// `npm install --offline TARBALL` cannot work: it resolves version ranges, and
// `npm ci` caches tarballs, not the registry's version lists). Then the
// project's `mixc` command compiles and its code imports "mixc/runtime".
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { loadModel } from "../../runtime/index.ts";
import { PKG, ROOT } from "./package.ts";

const APP = mkdtempSync(join(tmpdir(), "mixc-install-"));
const STAGE = mkdtempSync(join(tmpdir(), "mixc-pack-"));
const MANIFEST_SCRIPT = "scripts/packed-manifest.mjs";
const TARBALL = `${PKG.name}-${PKG.version}.tgz`;

/** The app's lockfile: mixc from the tarball, and what it depends on as this repository's lockfile has it. */
function appLock() {
  const lock = JSON.parse(readFileSync(`${ROOT}/package-lock.json`, "utf8"));
  const packages: Record<string, unknown> = {
    "": { name: "app", dependencies: { mixc: `file:${TARBALL}` } },
    "node_modules/mixc": { version: PKG.version, resolved: `file:${TARBALL}`, license: PKG.license, dependencies: PKG.dependencies, bin: PKG.bin, engines: PKG.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean; devOptional?: boolean }>)) {
    if (path && !entry.dev && !entry.devOptional) packages[path] = entry;
  }
  return { name: "app", lockfileVersion: 3, requires: true, packages };
}

function run(command: string, args: string[]) {
  const child = spawnSync(command, args, { cwd: APP, encoding: "utf8" });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const SPEC = "node_modules/mixc/specs/mixnet-s.mix";
const INPUT = "new Float32Array(3 * 224 * 224).fill(0.5)";

describe("the packed tarball installed offline into a new project", () => {
  beforeAll(() => {
    for (const path of [...PKG.files, "README.md", "package.json", MANIFEST_SCRIPT]) cpSync(join(ROOT, path), join(STAGE, path), { recursive: true });
    execFileSync(process.execPath, [MANIFEST_SCRIPT, "strip"], { cwd: STAGE });
    execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", APP], { cwd: STAGE, stdio: "ignore" });
    writeFileSync(join(APP, "package.json"), JSON.stringify({ name: "app", private: true, type: "module", dependencies: { mixc: `file:${TARBALL}` } }));
    writeFileSync(join(APP, "package-lock.json"), JSON.stringify(appLock()));
    const install = run("npm", ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"]);
    if (install.status !== 0) throw new Error(`npm ci --offline failed:\n${install.stderr}`);
  });

  it("ships only scripts that run a shipped file: none that builds or tests from the sources", () => {
    // What npm runs around `npm pack`: the stage above does the same.
    expect(PKG.scripts.prepack).toMatch(new RegExp(`&& node ${MANIFEST_SCRIPT} strip$`));
    expect(PKG.scripts.postpack).toBe(`node ${MANIFEST_SCRIPT} restore`);
    const installed = join(APP, "node_modules/mixc");
    const scripts: Record<string, string> = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).scripts;
    expect(scripts).toEqual({ mixc: "node bin/mixc.js" });
    for (const command of Object.values(scripts)) expect(existsSync(join(installed, command.replace(/^node /, "")))).toBe(true);
    expect(run("npm", ["run", "--silent", "--prefix", installed, "mixc", "--", "--version"])).toMatchObject({ status: 0, stdout: `mixc ${PKG.version}\n` });
  });

  it("has a working mixc command", () => {
    expect(run("node_modules/.bin/mixc", ["--version"])).toEqual({ status: 0, stdout: `mixc ${PKG.version}\n`, stderr: "" });
    const built = run("node_modules/.bin/mixc", ["compile", SPEC, "--seed", "4", "--target", "wasm", "-o", "model.wasm"]);
    expect(built.stderr).toMatch(/^wrote model\.wasm/);
    expect(built.status).toBe(0);
  });

  it("runs the bundle its command wrote with the runtime it imports, as the sources do", async () => {
    writeFileSync(
      join(APP, "main.js"),
      `import { readFileSync } from "node:fs";
import { loadModel } from "mixc/runtime";
const model = await loadModel(readFileSync("model.wasm"), { relaxedSimd: false });
console.log(JSON.stringify({ from: import.meta.resolve("mixc/runtime"), logits: Array.from(await model.run(${INPUT})) }));`,
    );
    const child = run(process.execPath, ["main.js"]);
    expect(child.stderr).toBe("");
    const out = JSON.parse(child.stdout);
    expect(out.from).toBe(`file://${APP}/node_modules/mixc/dist/runtime.js`);
    const model = await loadModel((await compile("specs/mixnet-s.mix", { seed: 4, target: "wasm" })).bytes, { relaxedSimd: false });
    expect(out.logits).toEqual(Array.from(await model.run(new Float32Array(3 * 224 * 224).fill(0.5))));
    model.dispose();
  });
});
