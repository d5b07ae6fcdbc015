// Text -> syntax tree, with every lexing and parsing error as a diagnostic.
import { EOF, type CstNode, type IRecognitionException, type IToken } from "chevrotain";
import type { Arg, Loc, SpecFile, Statement, Value } from "./ast.ts";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import { mixParser, strayMessage, UNCLOSED_BLOCK, UNOPENED_BLOCK } from "./grammar.ts";
import { repairNesting, type BraceBalance } from "./nesting.ts";
import { LBrace, mixLexer, Newline, RBrace } from "./tokens.ts";

function children(node: CstNode, key: string): CstNode[] {
  return (node.children[key] as CstNode[] | undefined) ?? [];
}

function tokens(node: CstNode, key: string): IToken[] {
  return ((node.children[key] as IToken[] | undefined) ?? []).filter((t) => !t.isInsertedInRecovery);
}

/** Converts the concrete syntax tree of one file into the AST. */
function converter(file: string) {
  const loc = (t: IToken): Loc => ({ line: t.startLine ?? 1, col: t.startColumn ?? 1, length: t.image.length, file });

  const toValue = (node: CstNode): Value | undefined => {
    const [num] = tokens(node, "Number");
    if (num) return { kind: "number", value: Number(num.image), text: num.image, loc: loc(num) };
    const [name] = tokens(node, "Identifier");
    if (name) return { kind: "name", value: name.image, loc: loc(name) };
    const [shape] = tokens(node, "Shape");
    if (shape) return { kind: "shape", dims: shape.image.split("x").map(Number), text: shape.image, loc: loc(shape) };
    const [str] = tokens(node, "String");
    if (str) return { kind: "string", value: str.image.slice(1, -1), loc: loc(str) };
    return undefined;
  };

  const toArg = (node: CstNode): Arg | undefined => {
    const [keyed] = children(node, "keyed");
    if (keyed) {
      const [key] = tokens(keyed, "key");
      if (!key) return undefined;
      const values = children(keyed, "value").map(toValue).filter((v): v is Value => v !== undefined);
      return { key: { name: key.image, loc: loc(key) }, values, loc: loc(key) };
    }
    const [valueNode] = children(node, "value");
    const value = valueNode && toValue(valueNode);
    return value ? { values: [value], loc: value.loc } : undefined;
  };

  /** Runs of stray values and punctuation, one diagnostic each. */
  const strays: Diagnostic[] = [];

  const toStatements = (items: CstNode[]): Statement[] =>
    items.flatMap((item) => {
      for (const stray of children(item, "stray")) {
        const [first] = tokens(stray, "token");
        if (first) strays.push(diagnostic(loc(first), strayMessage(first)));
      }
      return children(item, "statement");
    }).flatMap((s) => {
      const [keyword] = tokens(s, "keyword");
      if (!keyword) return [];
      const args = children(s, "arg").map(toArg).filter((a): a is Arg => a !== undefined);
      const [block] = children(s, "block");
      const statement: Statement = { keyword: { name: keyword.image, loc: loc(keyword) }, args, loc: loc(keyword) };
      if (block) statement.body = toStatements(children(block, "item"));
      const [close] = block ? tokens(block, "RBrace") : [];
      if (close) statement.end = loc(close);
      return [statement];
    });

  /** Where "the file ended" points: just after the last token that is not a line break. */
  const endOfText = (all: IToken[]): Loc => {
    const last = all.filter((t) => t.tokenType !== Newline).at(-1);
    return last ? { line: last.startLine ?? 1, col: (last.endColumn ?? 0) + 1, length: 1, file } : { line: 1, col: 1, length: 1, file };
  };

  return { loc, toStatements, endOfText, strays };
}

export function parseMix(text: string, file: string): { file: SpecFile; diagnostics: Diagnostic[] } {
  const convert = converter(file);
  const lexed = mixLexer.tokenize(text);
  const diagnostics: Diagnostic[] = lexed.errors.map((e) =>
    diagnostic({ line: e.line ?? 1, col: e.column ?? 1, length: 1, file }, `unexpected character '${text[e.offset]}'`),
  );
  const { kept, deep } = flattenDeepBlocks(lexed.tokens);
  if (deep) diagnostics.push(diagnostic(convert.loc(deep), `blocks nest deeper than ${MAX_NESTING} here (a network nests two: network { stage { ... } })`));
  mixParser.input = kept;
  const cst = mixParser.file();
  const statements = convert.toStatements(children(cst, "item"));
  diagnostics.push(...convert.strays);
  const balance = braceBalance(kept);
  const repaired = repairNesting(statements, balance, diagnostics);
  // The '}'s the file rule took at the top level, as the parser would have reported them.
  const unopened = tokens(cst, "unopened").map((token) => ({ token, message: UNOPENED_BLOCK }) as IRecognitionException);
  const errors = [...mixParser.errors, ...unopened].sort((a, b) => a.token.startOffset - b.token.startOffset);
  for (const e of explained(errors, balance, repaired)) {
    diagnostics.push(diagnostic(e.token.tokenType === EOF ? convert.endOfText(lexed.tokens) : convert.loc(e.token), e.message));
  }
  return { file: { statements }, diagnostics };
}

/** Deeper than the language ever nests; the parser recurses once per open block. */
const MAX_NESTING = 8;

/** The tokens less the braces of blocks nested deeper than MAX_NESTING, and the first such '{'. */
function flattenDeepBlocks(all: IToken[]): { kept: IToken[]; deep?: IToken } {
  let depth = 0;
  let deep: IToken | undefined;
  const kept = all.filter((t) => {
    if (t.tokenType === LBrace && ++depth > MAX_NESTING) {
      deep ??= t;
      return false;
    }
    // A '}' closing a block too deep goes with its '{'; one that closes nothing stays, to be reported.
    if (t.tokenType === RBrace && depth > 0) return depth-- <= MAX_NESTING;
    return true;
  });
  return { kept, deep };
}

/** Counts the blocks left open at the end and the '}'s that closed none. */
function braceBalance(all: IToken[]): BraceBalance {
  let depth = 0;
  let unopened = 0;
  for (const t of all) {
    if (t.tokenType === LBrace) depth++;
    else if (t.tokenType === RBrace && depth > 0) depth--;
    else if (t.tokenType === RBrace) unopened++;
  }
  return { unclosed: depth, unopened };
}

/** The parser's errors less the unbalanced braces that the nesting repair has reported where they went astray. */
function explained(errors: IRecognitionException[], balance: BraceBalance, repaired: { closed: number; reopened: number }): IRecognitionException[] {
  // The parser reports the end of the file once however many blocks are open;
  // it is dropped only when the repairs account for all of them.
  const endExplained = repaired.closed > 0 && repaired.closed >= balance.unclosed;
  let reopened = repaired.reopened;
  // A stray '}' is found after the one that went astray, so the last ones are dropped.
  const kept = [...errors].reverse().filter((e) => {
    if (e.message === UNCLOSED_BLOCK) return !endExplained;
    if (e.message === UNOPENED_BLOCK && reopened > 0) return !reopened--;
    return true;
  });
  return kept.reverse();
}
