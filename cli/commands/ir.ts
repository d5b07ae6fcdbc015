import { join } from "node:path";
import { diffGraphs, loadGraph, makeDirectory, PIPELINE, printGraph, printShaders, runPipeline, stageSummary, STAGES, suggestion, verifyGraph, wrapIr, writeFileAtomic, type Graph } from "../../compiler/index.ts";
import { intOption, MisuseError, type Command, type Values } from "../command.ts";

const PASSES = PIPELINE.map((p) => p.name);
/** The width when stdout is not a terminal (a pipe, a file): what a reader's window usually shows. */
const DEFAULT_WIDTH = 100;

const summary = (stage: string) => (stage === "elaborate" ? "the network as the reference model computes it" : PIPELINE.find((p) => p.name === stage)!.summary);

function stageOption(values: Values, name: string, stages: string[]): string | undefined {
  const value = values[name] as string | undefined;
  if (value !== undefined && !stages.includes(value)) throw new MisuseError(`unknown pass '${value}'; the ${name === "diff" ? "passes" : "stages"} are ${stages.join(", ")}${suggestion(value, stages)}`);
  return value;
}

/** Where op lines wrap: --wide never, --width N at N, else the terminal's width (DEFAULT_WIDTH when not a terminal). */
function wrapWidth(values: Values): number {
  if (values.wide && values.width !== undefined) throw new MisuseError("--wide and --width exclude each other");
  if (values.wide) return Infinity;
  if (values.width !== undefined) {
    const width = intOption(values, "width", DEFAULT_WIDTH, 10_000);
    if (width < 40) throw new MisuseError(`--width needs at least 40 columns, got ${width}`);
    return width;
  }
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : DEFAULT_WIDTH;
}

export const ir: Command = {
  name: "ir",
  summary: "print the IR after a pass, or after each, with what each pass did",
  usage: [
    "mixc ir SPEC [--after PASS | --all | --diff PASS | --summary] [--wide | --width N] [-o DIR] [--verify]",
    "",
    `  --after PASS   the IR after this stage: ${STAGES.join(", ")} (default: the last)`,
    "  --all          the IR after every stage, in order",
    "  --diff PASS    what this pass changed: ops removed (-), added (+) and changed (~), graph attributes, parameters",
    "  --summary      only the summary line of each stage (up to --after): ops before and after, and what it did",
    `  --wide         full lines; otherwise op lines wrap at the terminal's width (${DEFAULT_WIDTH} when not a terminal)`,
    "  --width N      wrap op lines at N columns",
    "  -o, --out DIR  write one file per stage (NN-STAGE.ir, full lines) instead of printing",
    "  --verify       run the IR verifier after every stage",
  ].join("\n"),
  options: {
    after: { type: "string" },
    all: { type: "boolean" },
    diff: { type: "string" },
    summary: { type: "boolean" },
    wide: { type: "boolean" },
    width: { type: "string" },
    out: { type: "string", short: "o" },
    verify: { type: "boolean" },
  },
  positionals: 1,
  run(values, [spec], io) {
    const after = stageOption(values, "after", STAGES);
    const diff = stageOption(values, "diff", PASSES);
    if (after !== undefined && (values.all || diff)) throw new MisuseError(`--after and --${values.all ? "all" : "diff"} exclude each other`);
    // -o writes every stage, as --all prints them; a diff or the summary lines are printed only
    const modes = (["all", "diff", "summary", "out"] as const).filter((m) => values[m] !== undefined);
    if (modes.length > 1 && !(modes.length === 2 && values.all && values.out)) throw new MisuseError(`${modes.map((m) => `--${m}`).join(" and ")} exclude each other`);
    const width = wrapWidth(values);
    const outDir = values.out as string | undefined;
    if (outDir) makeDirectory(outDir);
    const last = diff ?? after ?? STAGES.at(-1)!;
    let before: Graph | undefined;
    runPipeline({ graph: loadGraph(spec!) }, last, (stage, model) => {
      if (values.verify) verifyGraph(model.graph);
      const line = stageSummary(stage, before, model.graph);
      const previous = before;
      before = model.graph;
      if (values.summary) io.out(`${line}\n`);
      else if (diff) {
        if (stage === diff) io.out(`# ${line}\n${wrapIr(diffGraphs(previous!, model.graph), width)}`);
      } else if (values.all || stage === last || outDir) {
        const shaders = stage === "lower" ? `\n# WGSL of the WebGPU dispatches (gpu=[shader.wgX.Y.Z.gridX.Y.Z])\n${printShaders(model.graph)}` : "";
        const text = `# after ${stage}: ${summary(stage)}\n# ${line}\n${printGraph(model.graph)}${shaders}`;
        if (outDir) writeFileAtomic(join(outDir, `${String(STAGES.indexOf(stage)).padStart(2, "0")}-${stage}.ir`), text);
        else io.out(wrapIr(values.all ? `${text}\n` : text, width));
      }
    });
    if (outDir) io.err(`wrote ${STAGES.indexOf(last) + 1} IR files to ${outDir}\n`);
    return 0;
  },
};
