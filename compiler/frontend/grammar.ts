// The .mix grammar: a file is a list of statements; a statement is a name, its
// arguments (`key=v,v` or bare values) and an optional `{ ... }` block.
// Statements end at a newline or ';'. Errors are recovered so that one run
// reports every syntax error in the file.
import { CstParser, EOF, type CstNode, type IToken, type IParserErrorMessageProvider, type TokenType } from "chevrotain";
import { allTokens, Comma, Equals, Identifier, LBrace, Newline, NumberLit, RBrace, Semicolon, Shape, StringLit } from "./tokens.ts";

function describe(token: IToken): string {
  if (token.tokenType === EOF) return "end of file";
  if (token.tokenType === Newline) return "end of line";
  return `'${token.image}'`;
}

function label(type: TokenType): string {
  return type.LABEL ?? type.name;
}

const VALUE = 'a value (a number, a name, a shape such as 3x224x224 or a "string")';

/** The messages for unbalanced braces; parse.ts recognises them to repair the nesting. */
export const UNCLOSED_BLOCK = "expected '}' to close the block, but the file ended";
export const UNOPENED_BLOCK = "unexpected '}': no block is open here";

/** For a run of values or punctuation where a statement should start (the `stray` rule). */
export const strayMessage = (first: IToken) => `expected a statement but found ${describe(first)}`;

/** A token left over after the last statement: the top-level rule expects the end of the file. */
function leftOver(token: IToken): string {
  return token.tokenType === RBrace ? UNOPENED_BLOCK : `unexpected ${describe(token)}`;
}

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    if (expected === RBrace) return actual.tokenType === EOF ? UNCLOSED_BLOCK : `unexpected ${describe(actual)}`;
    // Recovery inside the file's list of statements resyncs to its end.
    if (expected === EOF) return leftOver(actual);
    return `expected ${label(expected)} but found ${describe(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return leftOver(firstRedundant);
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    return `expected ${ruleName === "value" ? VALUE : "a statement"} but found ${describe(actual[0]!)}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    // In `key=` the first value is mandatory: `k=` at the end of a line lacks it.
    if (ruleName === "keyed") return `expected ${VALUE} but found ${describe(actual[0]!)}`;
    return `unexpected ${describe(actual[0]!)}`;
  },
};

class MixParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, errorMessageProvider: messages, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  // A '}' that closes no block is taken too (reported by parse.ts as UNOPENED_BLOCK), for the reason `stray` is.
  file = this.RULE("file", () => {
    this.MANY(() => this.OR([{ ALT: () => this.SUBRULE(this.item) }, { ALT: () => this.CONSUME(RBrace, { LABEL: "unopened" }) }]));
  });

  item = this.RULE("item", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.statement) },
      { ALT: () => this.CONSUME(Newline) },
      { ALT: () => this.CONSUME(Semicolon) },
      { ALT: () => this.SUBRULE(this.stray) },
    ]);
  });

  // Values and punctuation where a statement should start, taken by the grammar
  // and reported by parse.ts (strayMessage): chevrotain's own recovery inside a
  // repetition recurses once per error, so a long run of them would exhaust
  // the stack and take quadratic time.
  stray = this.RULE("stray", () => {
    this.AT_LEAST_ONE(() => this.OR([Equals, Comma, NumberLit, Shape, StringLit].map((type) => ({ ALT: () => this.CONSUME(type, { LABEL: "token" }) }))));
  });

  statement = this.RULE("statement", () => {
    this.CONSUME(Identifier, { LABEL: "keyword" });
    this.MANY(() => this.SUBRULE(this.arg));
    this.OPTION(() => this.SUBRULE(this.block));
  });

  arg = this.RULE("arg", () => {
    this.OR([
      { GATE: () => this.LA(2).tokenType === Equals, ALT: () => this.SUBRULE(this.keyed) },
      { ALT: () => this.SUBRULE(this.value) },
    ]);
  });

  keyed = this.RULE("keyed", () => {
    this.CONSUME(Identifier, { LABEL: "key" });
    this.CONSUME(Equals);
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.value) });
  });

  block = this.RULE("block", () => {
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.item));
    this.CONSUME(RBrace);
  });

  value = this.RULE("value", () => {
    this.OR([
      { ALT: () => this.CONSUME(NumberLit) },
      // `key=` followed by `other=`: the value is missing, and `other` is the next key, not the value.
      { GATE: () => this.LA(2).tokenType !== Equals, ALT: () => this.CONSUME(Identifier) },
      { ALT: () => this.CONSUME(Shape) },
      { ALT: () => this.CONSUME(StringLit) },
    ]);
  });
}

/** One parser instance serves every call (chevrotain parsers are reusable). */
export const mixParser = new MixParser();

export type { CstNode };
