import { join } from "node:path";
import { loadGraph, makeDirectory, PIPELINE, printGraph, printShaders, runPipeline, STAGES, suggestion, verifyGraph, writeFileAtomic } from "../../compiler/index.ts";
import { MisuseError, type Command } from "../command.ts";

const summary = (stage: string) => (stage === "elaborate" ? "the network as the reference model computes it" : PIPELINE.find((p) => p.name === stage)!.summary);

export const ir: Command = {
  name: "ir",
  summary: "print the IR after a pass, or after each",
  usage: [
    "mixc ir SPEC [--after PASS | --all] [-o DIR] [--verify]",
    "",
    `  --after PASS   the IR after this stage: ${STAGES.join(", ")} (default: the last)`,
    "  --all          the IR after every stage, in order",
    "  -o, --out DIR  write one file per stage (NN-STAGE.ir) instead of printing",
    "  --verify       run the IR verifier after every stage",
  ].join("\n"),
  options: { after: { type: "string" }, all: { type: "boolean" }, out: { type: "string", short: "o" }, verify: { type: "boolean" } },
  positionals: 1,
  run(values, [spec], io) {
    const after = values.after as string | undefined;
    if (after !== undefined && !STAGES.includes(after)) throw new MisuseError(`unknown pass '${after}'; the stages are ${STAGES.join(", ")}${suggestion(after, STAGES)}`);
    if (after !== undefined && values.all) throw new MisuseError("--after and --all exclude each other");
    const outDir = values.out as string | undefined;
    if (outDir) makeDirectory(outDir);
    const last = after ?? STAGES.at(-1)!;
    runPipeline({ graph: loadGraph(spec!) }, last, (stage, model) => {
      if (values.verify) verifyGraph(model.graph);
      if (!values.all && stage !== last && !outDir) return;
      const shaders = stage === "lower" ? `\n# WGSL of the WebGPU dispatches (gpu=[shader.wgX.Y.Z.gridX.Y.Z])\n${printShaders(model.graph)}` : "";
      const text = `# after ${stage}: ${summary(stage)}\n${printGraph(model.graph)}${shaders}`;
      if (outDir) writeFileAtomic(join(outDir, `${String(STAGES.indexOf(stage)).padStart(2, "0")}-${stage}.ir`), text);
      else io.out(values.all ? `${text}\n` : text);
    });
    if (outDir) io.err(`wrote ${STAGES.indexOf(last) + 1} IR files to ${outDir}\n`);
    return 0;
  },
};
