// --threads for `mixc run` and `mixc bench`: the wasm backend's threads (loadModel's `threads`).
import { isThreadCount, MAX_THREADS, type ThreadsOption } from "../runtime/index.ts";
import { MisuseError, type Values } from "./command.ts";

/** The usage texts' line on --threads, indented to the options' descriptions. */
export function threadsUsage(indent: number): string {
  const flag = "  --threads N|auto";
  const pad = " ".repeat(indent);
  const text = ["wasm on N threads (default 1), bitwise the same logits; auto: the cores, at most 4", "(where threads are not available it runs on one, saying why)"];
  return `${flag.length < indent ? flag.padEnd(indent) : `${flag}\n${pad}`}${text.join(`\n${pad}`)}`;
}

/** --threads, checked: a whole number from 1 to MAX_THREADS or "auto", and only with --backend wasm (exit 2 otherwise). */
export function threadsOption(values: Values, backend: string): ThreadsOption | undefined {
  const raw = values.threads;
  if (raw === undefined) return undefined;
  if (backend !== "wasm") throw new MisuseError("--threads is for --backend wasm");
  if (raw === "auto") return "auto";
  const n = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!isThreadCount(n)) throw new MisuseError(`--threads needs a whole number from 1 to ${MAX_THREADS}, or auto; got '${raw}'`);
  return n;
}
