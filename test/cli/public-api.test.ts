// The CLI is a user of the package like any other: outside cli/ it imports only
// the three public entries ("mixc", "mixc/runtime", "mixc/image"), Node's
// modules and the package's dependencies, so that whatever it needs is public.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, ROOT, sourceFiles } from "../support/imports.ts";

const ENTRIES = ["compiler/index.ts", "runtime/index.ts", "runtime/image/decode.ts"];
const DEPENDENCIES = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).dependencies);

/** The imports (static, type-only and dynamic) of a cli/ file that reach past the public API. */
function privateImports(file: string, text: string): string[] {
  const allowed = (spec: string) => {
    if (spec.startsWith("node:")) return true;
    if (!spec.startsWith(".")) return DEPENDENCIES.includes(spec.split("/")[0]);
    const target = relative(ROOT, resolve(ROOT, dirname(file), spec));
    return target.startsWith("cli/") || ENTRIES.includes(target);
  };
  return importsOf(text).filter((spec) => !allowed(spec));
}

describe("the CLI's imports", () => {
  it("go only to cli/, the three public entries, node: and the dependencies", () => {
    const files = sourceFiles("cli");
    expect(files).toContain("cli/commands/run.ts");
    const offending = files.flatMap((f) => privateImports(f, readFileSync(join(ROOT, f), "utf8")).map((spec) => `${f}: ${spec}`));
    expect(offending).toEqual([]);
  });

  it("are caught when they reach an internal module, statically, as types or dynamically", () => {
    const text = [
      'import { compile } from "../../compiler/index.ts";',
      'import { STAGES } from "../../compiler/pipeline.ts";',
      'import type { Tensor } from "../../runtime/tensor.ts";',
      'const m = await import("../../kernels/wasm/packed.ts");',
      'import { decodeImage } from "../../runtime/image/decode.ts";',
      'import { join } from "node:path";',
      'import { parse } from "leftpad";',
      'import { Io } from "../command.ts";',
    ].join("\n");
    expect(privateImports("cli/commands/x.ts", text)).toEqual(["../../compiler/pipeline.ts", "../../runtime/tensor.ts", "../../kernels/wasm/packed.ts", "leftpad"]);
  });
});
