// The frontend's public API: .mix text -> checked Network, or every diagnostic.
import { checkSpec } from "./check.ts";
import { sortDiagnostics, type Diagnostic } from "./diagnostics.ts";
import type { Network } from "./network.ts";
import { parseMix } from "./parse.ts";

export type { Diagnostic } from "./diagnostics.ts";
export { formatDiagnostic } from "./diagnostics.ts";
export type { Network, Block } from "./network.ts";

export function compileSpec(text: string): { network?: Network; diagnostics: Diagnostic[] } {
  const parsed = parseMix(text);
  const checked = checkSpec(parsed.file.statements);
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...checked.diagnostics]);
  return diagnostics.length ? { diagnostics } : { network: checked.network, diagnostics };
}
