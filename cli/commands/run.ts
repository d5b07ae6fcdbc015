import { loadGraph, loadWeights, readInput } from "../../compiler/api.ts";
import { UserError } from "../../compiler/errors.ts";
import { interpret } from "../../compiler/interp/interpret.ts";
import { runPipeline } from "../../compiler/passes/pipeline.ts";
import { writeFileAtomic } from "../../compiler/write-atomic.ts";
import { intOption, MisuseError, type Command } from "../command.ts";

const BACKENDS = ["reference"];

/** Reads raw little-endian float32 NCHW data of exactly the graph's input size. */
function readTensor(path: string, shape: number[]): Float32Array {
  const bytes = readInput(path, "input");
  const count = shape.reduce((a, b) => a * b, 1);
  if (bytes.byteLength !== count * 4) {
    throw new UserError(`${path}: ${bytes.byteLength} bytes, expected ${count * 4} (float32 ${shape.join("x")}, NCHW, little-endian)`);
  }
  const data = new Float32Array(count);
  for (let i = 0; i < count; i++) data[i] = bytes.readFloatLE(i * 4);
  const bad = data.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new UserError(`${path}: value ${bad} is ${data[bad]}; the input must be finite`);
  return data;
}

export function topK(logits: ArrayLike<number>, k: number): { index: number; value: number }[] {
  return Array.from(logits, (value, index) => ({ index, value }))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, k);
}

export const run: Command = {
  name: "run",
  summary: "run a network on one input and print the top classes",
  usage: [
    "mixc run SPEC --input FILE.bin [--weights FILE.safetensors | --seed N] [--backend reference] [--output FILE.bin] [--top K]",
    "",
    "  --input FILE.bin      raw little-endian float32 NCHW, already normalised (as the fixtures' input.bin)",
    "  --weights FILE        safetensors checkpoint with timm's tensor names",
    "  --seed N              deterministic weights instead of a checkpoint (default 0)",
    `  --backend NAME        ${BACKENDS.join(", ")} (the float64 reference interpreter)`,
    "  --output FILE.bin     write the logits as raw little-endian float32",
    "  --top K               how many classes to print (default 5)",
  ].join("\n"),
  options: {
    input: { type: "string" },
    weights: { type: "string" },
    seed: { type: "string" },
    backend: { type: "string" },
    output: { type: "string" },
    top: { type: "string" },
  },
  positionals: 1,
  run(values, [spec], io) {
    const backend = (values.backend as string | undefined) ?? "reference";
    if (!BACKENDS.includes(backend)) throw new MisuseError(`unknown backend '${backend}' for a spec; available: ${BACKENDS.join(", ")}`);
    if (values.weights && values.seed !== undefined) throw new MisuseError("--weights and --seed exclude each other");
    if (!values.input) throw new MisuseError("run needs --input FILE.bin");
    const k = intOption(values, "top", 5, 1_000_000);
    const seed = intOption(values, "seed", 0, 2 ** 32 - 1);
    const graph = loadGraph(spec!);
    const input = readTensor(values.input as string, graph.input.shape);
    const weights = loadWeights(graph, { weights: values.weights as string | undefined, seed });
    const model = runPipeline({ graph, weights });
    const started = performance.now();
    const logits = interpret(model.graph, model.weights!, input).output.data;
    io.err(`${graph.name}: ${backend} backend, ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
    if (values.output) writeFileAtomic(values.output as string, new Uint8Array(Float32Array.from(logits).buffer));
    const shown = topK(logits, k);
    io.out(shown.map((c, i) => `${i + 1}\tclass ${c.index}\t${c.value.toFixed(6)}`).join("\n") + (shown.length ? "\n" : ""));
    return 0;
  },
};
