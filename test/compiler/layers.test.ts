// The code's folders import in one direction, along the pipeline: frontend, IR,
// weights, passes, backends, bundle, then the API and the CLI on top. A module
// may import from its own layer or one below it, never from one above, so that
// each stage can be read, tested and changed without the stages after it.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, ROOT, sourceFiles } from "../support/imports.ts";

/** Lowest first. A folder names everything under it; a file names itself. */
const LAYERS: string[][] = [
  ["runtime", "kernels", "generated", "package.json", "compiler/errors.ts", "compiler/units.ts", "compiler/write-atomic.ts"],
  ["compiler/frontend"],
  ["compiler/ir"],
  ["compiler/weights", "compiler/hub"],
  ["compiler/interp", "compiler/passes"],
  ["compiler/backend"],
  ["compiler/bundle", "compiler/report"],
  ["compiler/pipeline.ts", "compiler/api.ts", "compiler/compile.ts", "compiler/index.ts"],
  ["cli"],
];

const layerOf = (path: string): number => LAYERS.findIndex((names) => names.some((n) => path === n || path.startsWith(`${n}/`)));

/** A file's relative imports that reach a higher layer, as "file -> target". */
function upwardImports(file: string, text: string): string[] {
  const own = layerOf(file);
  return importsOf(text)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)))
    .filter((target) => layerOf(target) > own || layerOf(target) < 0)
    .map((target) => `${file} -> ${target}`);
}

describe("the layers", () => {
  const files = ["compiler", "runtime", "kernels", "cli"].flatMap((d) => sourceFiles(d));

  it("place every source file", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it("are imported only downwards", () => {
    expect(files.flatMap((f) => upwardImports(f, readFileSync(join(ROOT, f), "utf8")))).toEqual([]);
  });

  it("keep the two kernel families peers: wasm and WGSL share only what lies in kernels/ itself", () => {
    const families = files.filter((f) => f.startsWith("kernels/wasm/") || f.startsWith("kernels/wgsl/"));
    expect(families.length).toBeGreaterThan(10);
    const across = families.flatMap((f) =>
      importsOf(readFileSync(join(ROOT, f), "utf8"))
        .filter((spec) => spec.startsWith("."))
        .map((spec) => relative(ROOT, resolve(ROOT, dirname(f), spec)))
        .filter((target) => target.startsWith("kernels/w") && target.split("/")[1] !== f.split("/")[1])
        .map((target) => `${f} -> ${target}`),
    );
    expect(across).toEqual([]);
  });

  it("catch an import that goes up, or to a file no layer places", () => {
    const text = ['import { lower } from "../backend/lower.ts";', 'import type { Graph } from "../ir/types.ts";', 'import { x } from "../../scripts/x.ts";', 'import { parse } from "chevrotain";'].join("\n");
    expect(upwardImports("compiler/passes/fuse.ts", text)).toEqual(["compiler/passes/fuse.ts -> compiler/backend/lower.ts", "compiler/passes/fuse.ts -> scripts/x.ts"]);
    expect(upwardImports("runtime/index.ts", 'import { compile } from "../compiler/index.ts";')).toEqual(["runtime/index.ts -> compiler/index.ts"]);
  });
});
