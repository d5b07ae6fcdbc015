// Diagnostics: `file:line:col: error: message`, the source line and a caret.
import type { Loc } from "./ast.ts";

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  length: number;
  message: string;
}

export function diagnostic(loc: Loc, message: string): Diagnostic {
  return { file: loc.file, line: loc.line, col: loc.col, length: Math.max(1, loc.length), message };
}

/** Formats a diagnostic; `sources` holds the text of each file by name. */
export function formatDiagnostic(d: Diagnostic, sources: Map<string, string>): string {
  const text = (sources.get(d.file) ?? "").split(/\r?\n/)[d.line - 1] ?? "";
  const width = Math.max(1, Math.min(d.length, text.length - d.col + 1));
  const caret = " ".repeat(Math.max(0, d.col - 1)) + "^" + "~".repeat(width - 1);
  return `${d.file}:${d.line}:${d.col}: error: ${d.message}\n  ${text}\n  ${caret}`;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The closest candidate within a small edit distance, as " (did you mean 'x'?)", or "". */
export function suggestion(word: string, candidates: readonly string[]): string {
  let best = "";
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit ? `; did you mean '${best}'?` : "";
}
