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

/** Each source's lines, split once per `sources`: a file with many errors is formatted in linear time. */
const sourceLines = new WeakMap<Map<string, string>, Map<string, string[]>>();

function lineOf(sources: Map<string, string>, file: string, line: number): string {
  if (!sourceLines.has(sources)) sourceLines.set(sources, new Map());
  const files = sourceLines.get(sources)!;
  if (!files.has(file)) files.set(file, (sources.get(file) ?? "").split(/\r?\n/));
  return files.get(file)![line - 1] ?? "";
}

/** At most this much of a line is shown, around the column: a long line with many errors stays readable (and small). */
const SHOWN = 120;
const CUT = "...";

/** The part of a line shown for column `col`, and where the column is in it. */
function excerpt(line: string, col: number): { text: string; col: number } {
  if (line.length <= SHOWN) return { text: line, col };
  const start = Math.max(0, Math.min(col - 1 - SHOWN / 2, line.length - SHOWN));
  const head = start > 0 ? CUT : "";
  const tail = start + SHOWN < line.length ? CUT : "";
  return { text: head + line.slice(start, start + SHOWN) + tail, col: col - start + head.length };
}

/** Formats a diagnostic; `sources` holds the text of each file by name. */
export function formatDiagnostic(d: Diagnostic, sources: Map<string, string>): string {
  const { text, col } = excerpt(lineOf(sources, d.file, d.line), d.col);
  const width = Math.max(1, Math.min(d.length, text.length - col + 1));
  // Tabs before the column are kept, so that the caret lines up under the text however tabs are shown.
  const indent = text.slice(0, col - 1).replace(/[^\t]/g, " ").padEnd(col - 1);
  const caret = indent + "^" + "~".repeat(width - 1);
  return `${d.file}:${d.line}:${d.col}: error: ${d.message}\n  ${text}\n  ${caret}`;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

/**
 * Edit distance for "did you mean" suggestions: Levenshtein plus the swap of two
 * neighbouring letters as one edit, the commonest typo ('satge', 'rleu').
 */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate closest to `word` within a small edit distance, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** The closest candidate as "; did you mean 'x'?", or "". */
export function suggestion(word: string, candidates: readonly string[]): string {
  const best = closest(word, candidates);
  return best ? `; did you mean '${best}'?` : "";
}
