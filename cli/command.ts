// What a CLI command is: its usage text, its options and what it does.
import type { ParseArgsConfig } from "node:util";

export interface Io {
  /** Data for the user or a script (stdout). */
  out(text: string): void;
  /** Progress and diagnostics (stderr). */
  err(text: string): void;
}

export type Options = NonNullable<ParseArgsConfig["options"]>;
export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** `mixc NAME ...` and the options, one per line, for --help. */
  usage: string;
  options: Options;
  /** How many positional arguments the command takes. */
  positionals: number;
  /** The most it takes, when it takes a variable number (default: exactly `positionals`). */
  maxPositionals?: number;
  run(values: Values, positionals: string[], io: Io): Promise<number> | number;
}

/** Parses a non-negative integer option, or reports misuse (exit 2). */
export function intOption(values: Values, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== "string" || !/^\d+$/.test(raw) || !(n <= max)) throw new MisuseError(`--${name} needs a whole number from 0 to ${max}, got '${raw}'`);
  return n;
}

export class MisuseError extends Error {}
