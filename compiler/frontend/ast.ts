// The syntax tree of a .mix file: statements with arguments and optional blocks.
// Meaning is given later by the checker (check.ts) against the schema (schema.ts).

/** A position in the source: 1-based line and column, and the length of the text. */
export interface Loc {
  line: number;
  col: number;
  length: number;
  /** The file the text came from (a spec and the specs it builds on). */
  file: string;
}

export type Value =
  | { kind: "number"; value: number; text: string; loc: Loc }
  | { kind: "name"; value: string; loc: Loc }
  | { kind: "shape"; dims: number[]; text: string; loc: Loc }
  | { kind: "string"; value: string; loc: Loc };

/** `key=v1,v2` (keyed) or a bare value (positional). */
export interface Arg {
  key?: { name: string; loc: Loc };
  values: Value[];
  loc: Loc;
}

export interface Statement {
  keyword: { name: string; loc: Loc };
  args: Arg[];
  /** Present when the statement has a `{ ... }` block. */
  body?: Statement[];
  /** The `}` that closes the block, when the source has one. */
  end?: Loc;
  loc: Loc;
}

export interface SpecFile {
  statements: Statement[];
}
