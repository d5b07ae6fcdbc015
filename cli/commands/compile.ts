import { basename, join } from "node:path";
import { compile as compileBundle, isWeightsDtype, makeDirectory, printGraph, printShaders, STAGES, WEIGHTS_DTYPES, writeFileAtomic } from "../../compiler/index.ts";
import { MisuseError, type Command } from "../command.ts";
import { printNotes, weightOptions, weightSource, weightsUsage } from "../weights.ts";
import { gzipSize, mb } from "../sizes.ts";
import { writeWorker } from "../worker-target.ts";

const TARGETS = ["all", "wasm", "worker"];

export const compile: Command = {
  name: "compile",
  summary: "compile a spec and its weights into one self-contained .wasm bundle",
  usage: [
    "mixc compile SPEC (--pretrained | --weights FILE|hf:ORG/REPO | --seed N) [--labels FILE] [-o OUT.wasm|DIR] [--target all|wasm|worker] [--weights-dtype f32|f16|int8] [--dump-ir DIR]",
    "",
    ...weightsUsage(19),
    "  -o, --out FILE   the bundle to write (default: the spec's name with .wasm, here); with --target worker a folder (default: NAME-worker)",
    "  --target T       all (default): WebAssembly and the WebGPU program; wasm: leave WebGPU out;",
    "                   worker: an edge worker project (worker.js, model.wasm, config.capnp for workerd, wrangler.toml)",
    "  --weights-dtype D  how the bundle stores the weights: f32 (default), f16, or int8 (symmetric, one scale per output channel);",
    "                   biases stay f32, and the weights are expanded to f32 when the module is instantiated",
    "  --dump-ir DIR    write the IR after every pass (NN-PASS.ir) and the WGSL of the WebGPU dispatches",
  ].join("\n"),
  options: { ...weightOptions, out: { type: "string", short: "o" }, target: { type: "string" }, "weights-dtype": { type: "string" }, "dump-ir": { type: "string" } },
  positionals: 1,
  async run(values, [spec], io) {
    const target = (values.target as string | undefined) ?? "all";
    if (!TARGETS.includes(target)) throw new MisuseError(`unknown target '${target}'; the targets are all (WebAssembly and WebGPU), wasm and worker (an edge worker project)`);
    const weightsDtype = (values["weights-dtype"] as string | undefined) ?? "f32";
    if (!isWeightsDtype(weightsDtype)) throw new MisuseError(`unknown --weights-dtype '${weightsDtype}'; the weight dtypes are ${WEIGHTS_DTYPES.join(", ")}`);
    const out = (values.out as string | undefined) ?? `${basename(spec!).replace(/\.mix$/, "")}${target === "worker" ? "-worker" : ".wasm"}`;
    const dumpDir = values["dump-ir"] as string | undefined;
    if (dumpDir) makeDirectory(dumpDir);
    const started = performance.now();
    const result = await compileBundle(spec!, {
      ...weightSource(values, io),
      weightsDtype,
      target: target === "all" ? "all" : "wasm", // no WebGPU in edge workers
      threads: target !== "worker", // nor threads
      onStage: dumpDir
        ? (stage, m) => {
            const file = join(dumpDir, `${String(STAGES.indexOf(stage)).padStart(2, "0")}-${stage}`);
            writeFileAtomic(`${file}.ir`, printGraph(m.graph));
            if (stage === "lower" && target === "all") writeFileAtomic(`${file}.wgsl`, printShaders(m.graph));
          }
        : undefined,
    });
    const seconds = (performance.now() - started) / 1000;
    printNotes(result.notes, io);
    if (target === "worker") {
      writeWorker(out, result, io);
      return 0;
    }
    writeFileAtomic(out, result.bytes);
    const { wasm } = result.meta;
    io.err(`wrote ${out}: ${mb(result.bytes.length)}, gzip ${mb(gzipSize(result.bytes))} (weights ${mb(wasm.weightsBytes)}${wasm.weightsDtype ? ` stored as ${wasm.weightsDtype} in ${mb(wasm.weightsStoredBytes!)}` : ""}, code ${(wasm.codeBytes / 1024).toFixed(1)} KiB, arena ${mb(wasm.arenaBytes)}) in ${seconds.toFixed(2)} s\n`);
    return 0;
  },
};
