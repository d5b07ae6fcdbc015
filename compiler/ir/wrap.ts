// Printed IR wrapped to a terminal's width. The printer's lines stay whole
// (they parse back, and the golden files hold them); this only changes how
// `mixc ir` shows them: an op line too long for the width continues on
// indented lines, broken between attributes, and inside a list after a comma.
// Lines of `diffGraphs` ("- %x = ...", "+ ...", "~ ...") wrap the same way.

/** Where a piece of a line starts: after a space, or glued to the piece before (inside a list). */
interface Piece {
  text: string;
  spaced: boolean;
}

/** Splits at `sep` where no more than `depth` brackets or parentheses are open, keeping `sep` on the left part when `keep`. */
function splitAt(text: string, sep: string, depth: number, keep: boolean): string[] {
  const parts: string[] = [];
  let open = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "[" || c === "(") open++;
    else if (c === "]" || c === ")") open--;
    else if (c === sep && open <= depth) {
      parts.push(text.slice(start, keep ? i + 1 : i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p !== "");
}

/** The attributes, inputs and shape of an op line as pieces; a piece wider than `room` splits after its list's commas. */
function pieces(rest: string, room: number): Piece[] {
  const words = splitAt(rest, " ", 0, false);
  // ": f32[...]" stays one piece
  const joined = words.flatMap((w, i) => (w === ":" ? [] : [i > 0 && words[i - 1] === ":" ? `: ${w}` : w]));
  return joined.flatMap((word) => (word.length <= room ? [{ text: word, spaced: true }] : splitAt(word, ",", 1, true).map((text, i) => ({ text, spaced: i === 0 }))));
}

const headOf = (line: string) => line.slice(0, line.indexOf(" = ") + 3);

/**
 * Where continuation lines start, the same for the whole text: under the ops
 * (after "%name = "), or 4 columns in when a piece would not fit there.
 */
function indentFor(lines: string[], width: number): number {
  const deep = Math.max(...lines.map((l) => headOf(l).length)) + 2;
  const fits = deep <= width / 2 && lines.every((l) => pieces(l.slice(headOf(l).length), width - deep).every((p) => p.text.length <= width - deep));
  return fits ? deep : 4;
}

/** A piece longer than the width (one long kernel name) stays whole on a line of its own. */
function wrapOpLine(line: string, width: number, indent: number): string {
  const head = headOf(line);
  const lines: string[] = [];
  let current = head.trimEnd();
  for (const piece of pieces(line.slice(head.length), width - indent)) {
    const next = `${current}${piece.spaced ? " " : ""}${piece.text}`;
    if (next.length <= width) current = next;
    else {
      lines.push(current);
      current = " ".repeat(indent) + piece.text;
    }
  }
  return [...lines, current].join("\n");
}

const OP_LINE = /^[ +~-] +%\S+ += /;

/** `text` with each op (or op diff) line longer than `width` wrapped; other lines (header, params, WGSL) as they are. */
export function wrapIr(text: string, width: number): string {
  const lines = text.split("\n");
  const long = lines.filter((l) => l.length > width && OP_LINE.test(l));
  if (long.length === 0) return text;
  const indent = indentFor(long, width);
  return lines.map((l) => (l.length > width && OP_LINE.test(l) ? wrapOpLine(l, width, indent) : l)).join("\n");
}
