// Golden files: the text of what the compiler generates for two networks (the
// IR after every stage, the WAT of both WebAssembly variants, the WGSL), kept
// beside this test so that a change to generated code shows in review. Update
// with `npx vitest run test/golden -u` and review the diff; under CI=true vitest
// writes no snapshot, so a missing or different file fails (README.md).
import { homedir, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { textOf } from "../../compiler/backend/wasm/link-assembly.ts";
import { printShaders } from "../../compiler/backend/webgpu/print.ts";
import { compile } from "../../compiler/compile.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { STAGES } from "../../compiler/pipeline.ts";

const NETWORKS = [
  { dir: "small", spec: fileURLToPath(new URL("small.mix", import.meta.url)) },
  { dir: "mixnet-s", spec: fileURLToPath(new URL("../../specs/mixnet-s.mix", import.meta.url)) },
];

/** A stage's file name as `mixc compile --dump-ir` writes it: its place in the pipeline, then its name. */
const stageFile = (stage: string) => `${String(STAGES.indexOf(stage)).padStart(2, "0")}-${stage}`;

const FILES = [...STAGES.map((s) => `${stageFile(s)}.ir`), `${stageFile("lower")}.wgsl`, "simd.wat", "relaxed-simd.wat"];

/** Every golden file's text for a spec compiled with seeded weights. */
async function artefacts(spec: string, seed: number): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const { program } = await compile(spec, {
    seed,
    onStage: (stage, model) => {
      files.set(`${stageFile(stage)}.ir`, printGraph(model.graph));
      if (stage === "lower") files.set(`${stageFile(stage)}.wgsl`, printShaders(model.graph));
    },
  });
  // The code without the weights' data segment: no weight value reaches a golden file.
  files.set("simd.wat", textOf(program.code));
  files.set("relaxed-simd.wat", textOf(program.relaxedCode));
  return files;
}

describe.each(NETWORKS)("golden files of $dir", ({ dir, spec }) => {
  let files: Map<string, string>;
  let otherSeed: Map<string, string>;
  beforeAll(async () => {
    files = await artefacts(spec, 1);
    otherSeed = await artefacts(spec, 2);
  });

  it("are the files listed, and print nothing that depends on the weights", () => {
    expect([...files.keys()].sort()).toEqual([...FILES].sort());
    for (const name of FILES) expect(otherSeed.get(name), name).toBe(files.get(name));
  });

  it("hold no data segment and no path of this machine", () => {
    for (const name of ["simd.wat", "relaxed-simd.wat"]) expect(files.get(name)).not.toMatch(/\(data\b/);
    for (const [name, text] of files) {
      for (const path of [process.cwd(), tmpdir(), homedir()].filter((p) => p.length > 1)) expect(text.includes(path), `${name} names ${path}`).toBe(false);
    }
  });

  it.each(FILES)(`${dir}/%s matches its golden file`, async (name) => {
    await expect(files.get(name)).toMatchFileSnapshot(`${dir}/${name}`);
  });
});
