// mixc: a thin shell over the compiler API. `main` returns the exit code so
// that tests call it directly; bin/mixc.js only sets process.exitCode.
// Exit codes: 0 ok, 1 a user error in the input, 2 misuse of the command.
import { parseArgs } from "node:util";
import { COMPILER, UserError } from "../compiler/index.ts";
import { MisuseError, type Command, type Io } from "./command.ts";
import { bench } from "./commands/bench.ts";
import { check } from "./commands/check.ts";
import { compile } from "./commands/compile.ts";
import { ir } from "./commands/ir.ts";
import { report } from "./commands/report.ts";
import { run } from "./commands/run.ts";
import { stats } from "./commands/stats.ts";

const COMMANDS: Command[] = [check, stats, ir, compile, run, bench, report];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "usage: mixc COMMAND [options]",
    "",
    "Compiles MixNet-family network specs (.mix) and runs them.",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "mixc COMMAND --help describes a command.",
  ].join("\n");
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(usage() + "\n");
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    io.out(`${COMPILER}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new MisuseError(`unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    // One line: node's advice on arguments starting with '-' goes.
    throw new MisuseError(`${name}: ${(e as Error).message.replace(/\.?\s*To specify.*$/s, "").replace(/\s*\n\s*/g, " ")}`);
  }
  if (parsed.values.help) {
    io.out(`usage: ${command.usage}\n`);
    return 0;
  }
  const count = parsed.positionals.length;
  if (count < command.positionals || count > (command.maxPositionals ?? command.positionals)) {
    throw new MisuseError(`${name} takes ${command.positionals} argument${command.positionals === 1 ? "" : "s"}, got ${parsed.positionals.length}\nusage: ${command.usage.split("\n")[0]}`);
  }
  return command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof MisuseError) {
      io.err(`mixc: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UserError) {
      io.err(`${e.message}\n`);
      return e.exitCode;
    }
    io.err(`mixc: internal error: ${(e as Error).message ?? e}\nThis is a bug in mixc; please report it with the command that caused it.\n`);
    return 70;
  }
}
