// Text -> syntax tree, with every lexing and parsing error as a diagnostic.
import { EOF, type CstNode, type IToken } from "chevrotain";
import type { Arg, Loc, SpecFile, Statement, Value } from "./ast.ts";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import { mixParser } from "./grammar.ts";
import { mixLexer, Newline } from "./tokens.ts";

function tokenLoc(t: IToken): Loc {
  return { line: t.startLine ?? 1, col: t.startColumn ?? 1, length: t.image.length };
}

function children(node: CstNode, key: string): CstNode[] {
  return (node.children[key] as CstNode[] | undefined) ?? [];
}

function tokens(node: CstNode, key: string): IToken[] {
  return ((node.children[key] as IToken[] | undefined) ?? []).filter((t) => !t.isInsertedInRecovery);
}

function toValue(node: CstNode): Value | undefined {
  const [num] = tokens(node, "Number");
  if (num) return { kind: "number", value: Number(num.image), text: num.image, loc: tokenLoc(num) };
  const [name] = tokens(node, "Identifier");
  if (name) return { kind: "name", value: name.image, loc: tokenLoc(name) };
  const [shape] = tokens(node, "Shape");
  if (shape) return { kind: "shape", dims: shape.image.split("x").map(Number), text: shape.image, loc: tokenLoc(shape) };
  return undefined;
}

function toArg(node: CstNode): Arg | undefined {
  const [keyed] = children(node, "keyed");
  if (keyed) {
    const [key] = tokens(keyed, "key");
    if (!key) return undefined;
    const values = children(keyed, "value").map(toValue).filter((v): v is Value => v !== undefined);
    return { key: { name: key.image, loc: tokenLoc(key) }, values, loc: tokenLoc(key) };
  }
  const [valueNode] = children(node, "value");
  const value = valueNode && toValue(valueNode);
  return value ? { values: [value], loc: value.loc } : undefined;
}

function toStatements(items: CstNode[]): Statement[] {
  return items.flatMap((item) => children(item, "statement")).flatMap((s) => {
    const [keyword] = tokens(s, "keyword");
    if (!keyword) return [];
    const args = children(s, "arg").map(toArg).filter((a): a is Arg => a !== undefined);
    const [block] = children(s, "block");
    const statement: Statement = { keyword: { name: keyword.image, loc: tokenLoc(keyword) }, args, loc: tokenLoc(keyword) };
    if (block) statement.body = toStatements(children(block, "item"));
    return [statement];
  });
}

/** Where "the file ended" points: just after the last token that is not a line break. */
function endOfText(all: IToken[]): Loc {
  const last = all.filter((t) => t.tokenType !== Newline).at(-1);
  return last ? { line: last.startLine ?? 1, col: (last.endColumn ?? 0) + 1, length: 1 } : { line: 1, col: 1, length: 1 };
}

export function parseMix(text: string): { file: SpecFile; diagnostics: Diagnostic[] } {
  const lexed = mixLexer.tokenize(text);
  const diagnostics: Diagnostic[] = lexed.errors.map((e) =>
    diagnostic({ line: e.line ?? 1, col: e.column ?? 1, length: 1 }, `unexpected character '${text[e.offset]}'`),
  );
  mixParser.input = lexed.tokens;
  const cst = mixParser.file();
  for (const e of mixParser.errors) {
    diagnostics.push(diagnostic(e.token.tokenType === EOF ? endOfText(lexed.tokens) : tokenLoc(e.token), e.message));
  }
  return { file: { statements: toStatements(children(cst, "item")) }, diagnostics };
}
