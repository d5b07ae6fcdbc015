// The frontend's public API: .mix text -> checked Network, or every diagnostic.
import { parseWithBase, type ReadFile } from "./base.ts";
import { checkSpec } from "./check.ts";
import { sortDiagnostics, type Diagnostic } from "./diagnostics.ts";
import type { Network } from "./network.ts";

export type { Diagnostic } from "./diagnostics.ts";
export { formatDiagnostic } from "./diagnostics.ts";
export type { Network, Block } from "./network.ts";

export interface SpecResult {
  network?: Network;
  diagnostics: Diagnostic[];
  /** The text of the spec and of every base spec it read, by file name. */
  sources: Map<string, string>;
}

/** Parses and checks a spec (.mix text) into a Network, or every diagnostic. `readFile` resolves `base "..."` statements (omit it for text without a file). */
export function parseSpec(text: string, file = "<spec>", readFile?: ReadFile): SpecResult {
  const sources = new Map<string, string>();
  const parsed = parseWithBase(text, file, readFile, sources);
  const checked = checkSpec(parsed.statements, file);
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...checked.diagnostics]);
  return diagnostics.length ? { diagnostics, sources } : { network: checked.network, diagnostics, sources };
}
