// The declarations, as a user's TypeScript sees them: a Node project (nodenext,
// @types/node) and a browser project (bundler resolution, DOM, no Node types)
// import the package by name and type-check with strict settings and
// skipLibCheck off, so that an error inside our .d.ts files fails too.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EXPORT_TARGETS, ROOT } from "./package.ts";

const NODE_USER = `
import { compile, specStats, SpecError, type CompileOptions, type Stats } from "mixc";
import { loadModel, BundleError, type Model, type Prediction } from "mixc/runtime";
import { decodeImage } from "mixc/image";
import { readFileSync } from "node:fs";
const options: CompileOptions = { seed: 1, target: "wasm" };
const { bytes, meta } = await compile("net.mix", options);
const stats: Stats = specStats("net.mix");
const model: Model = await loadModel(bytes, { backend: "auto" });
const top: Prediction[] = await model.classify(await decodeImage(readFileSync("cat.jpg")), 3);
const logits: Float32Array = await model.run(new Float32Array(meta.input.shape.reduce((a, b) => a * b, 1)));
console.log(stats.macs_total, top[0]?.label, logits.length, SpecError.name, BundleError.name);
// @ts-expect-error: the types are precise (tsc fails on an unused expect-error)
await compile("net.mix", { target: "cuda" });
`;

const PAGE_USER = `
import { loadModel, GpuUnavailableError, type LoadOptions } from "mixc/runtime";
const options: LoadOptions = { backend: "webgpu", gpu: navigator.gpu };
const model = await loadModel(new URL("./model.wasm", import.meta.url), options).catch((e: unknown) => {
  if (e instanceof GpuUnavailableError) return loadModel(fetch("./model.wasm").then((r) => r), { backend: "wasm" });
  throw e;
});
const pixels = new ImageData(224, 224);
console.log(model.backend, model.variant, await model.classify({ width: pixels.width, height: pixels.height, data: pixels.data }));
// @ts-expect-error: the types are precise (tsc fails on an unused expect-error)
await loadModel(new Uint8Array(0), { backend: "cuda" });
`;

// Each project: its tsconfig options and its source. The Node one keeps the default
// libraries, DOM included: @webgpu/types (which our LoadOptions.gpu refers to) needs
// DOM's names, so a project without DOM has to skip library checks.
const PROJECTS = {
  node: [{ module: "nodenext", moduleResolution: "nodenext", types: ["node"] }, NODE_USER],
  page: [{ module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], types: [] }, PAGE_USER],
} as const;

/** A project with mixc (this package) and the type packages installed as links. */
function project(options: object, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "mixc-types-"));
  for (const name of ["mixc", "@types/node", "@webgpu/types"]) {
    mkdirSync(join(dir, "node_modules", name, ".."), { recursive: true });
    symlinkSync(name === "mixc" ? ROOT : join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "es2022", strict: true, noEmit: true, skipLibCheck: false, ...options }, files: ["main.ts"] }));
  writeFileSync(join(dir, "main.ts"), source);
  return dir;
}

describe("the declarations", () => {
  it("exist for every export's types", () => {
    const types = EXPORT_TARGETS.flatMap(([, targets]) => targets.filter((t) => t.endsWith(".d.ts")));
    expect(types).toHaveLength(3);
    expect(types.filter((t) => !existsSync(join(ROOT, t)))).toEqual([]);
  });

  it.concurrent.each(Object.keys(PROJECTS))("type-check a user's %s project strictly, our .d.ts files included", async (name) => {
    const [options, source] = PROJECTS[name as keyof typeof PROJECTS];
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const result = await promisify(execFile)(process.execPath, [tsc, "-p", project(options, source)], { encoding: "utf8" }).catch((e) => e);
    expect(result.stdout).toBe("");
    expect(result.code ?? 0).toBe(0);
  });
});
