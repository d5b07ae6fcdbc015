// Tokens of the .mix language. Keywords are not tokens: statement and attribute
// names are identifiers checked against a schema, so a misspelt keyword gets a
// "did you mean" diagnostic instead of a bare syntax error.
import { createToken, Lexer } from "chevrotain";

export const Newline = createToken({ name: "Newline", pattern: /\r?\n/, line_breaks: true, label: "end of line" });
export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: "Comment", pattern: /#[^\n\r]*/, group: Lexer.SKIPPED });
export const LBrace = createToken({ name: "LBrace", pattern: /\{/, label: "'{'" });
export const RBrace = createToken({ name: "RBrace", pattern: /\}/, label: "'}'" });
export const Equals = createToken({ name: "Equals", pattern: /=/, label: "'='" });
export const Comma = createToken({ name: "Comma", pattern: /,/, label: "','" });
export const Semicolon = createToken({ name: "Semicolon", pattern: /;/, label: "';'" });
/** A tensor shape such as 3x224x224 (before Number, which would take its first digits). */
export const Shape = createToken({ name: "Shape", pattern: /\d+(?:x\d+)+(?![\w.])/, label: "shape" });
export const NumberLit = createToken({
  name: "Number",
  pattern: /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![A-Za-z_])/,
  label: "number",
});
export const StringLit = createToken({ name: "String", pattern: /"[^"\n\r]*"/, label: "string" });
/** A name; parts joined by '-' make one word (`labels imagenet-1k`). */
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/, label: "name" });

export const allTokens = [Newline, WhiteSpace, Comment, LBrace, RBrace, Equals, Comma, Semicolon, Shape, NumberLit, StringLit, Identifier];

export const mixLexer = new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: false });
