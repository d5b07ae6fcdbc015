import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { compile as compileBundle } from "../../compiler/compile.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { STAGES } from "../../compiler/passes/pipeline.ts";
import { writeFileAtomic } from "../../compiler/write-atomic.ts";
import { intOption, MisuseError, type Command } from "../command.ts";

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export const compile: Command = {
  name: "compile",
  summary: "compile a spec and its weights into one self-contained .wasm bundle",
  usage: [
    "mixc compile SPEC [--weights FILE.safetensors | --seed N] [-o OUT.wasm] [--dump-ir DIR]",
    "",
    "  --weights FILE   safetensors checkpoint with timm's tensor names",
    "  --seed N         deterministic weights instead of a checkpoint (default 0)",
    "  -o, --out FILE   the bundle to write (default: the spec's name with .wasm, here)",
    "  --dump-ir DIR    write the IR after every pass (NN-PASS.ir)",
  ].join("\n"),
  options: { weights: { type: "string" }, seed: { type: "string" }, out: { type: "string", short: "o" }, "dump-ir": { type: "string" } },
  positionals: 1,
  run(values, [spec], io) {
    if (values.weights && values.seed !== undefined) throw new MisuseError("--weights and --seed exclude each other");
    const seed = intOption(values, "seed", 0, 2 ** 32 - 1);
    const out = (values.out as string | undefined) ?? `${basename(spec!).replace(/\.mix$/, "")}.wasm`;
    const dumpDir = values["dump-ir"] as string | undefined;
    if (dumpDir) mkdirSync(dumpDir, { recursive: true });
    const started = performance.now();
    const result = compileBundle(spec!, {
      weights: values.weights as string | undefined,
      seed,
      onStage: dumpDir ? (stage, m) => writeFileAtomic(join(dumpDir, `${String(STAGES.indexOf(stage)).padStart(2, "0")}-${stage}.ir`), printGraph(m.graph)) : undefined,
    });
    const seconds = (performance.now() - started) / 1000;
    writeFileAtomic(out, result.bytes);
    const { wasm } = result.meta;
    io.err(`wrote ${out}: ${mb(result.bytes.length)} (weights ${mb(wasm.weightsBytes)}, code ${(wasm.codeBytes / 1024).toFixed(1)} KiB, arena ${mb(wasm.arenaBytes)}) in ${seconds.toFixed(2)} s\n`);
    return 0;
  },
};
