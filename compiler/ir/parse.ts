// Text -> IR, the inverse of print.ts. Errors name the line.
import { isOpKind } from "./ops.ts";
import type { Attr, Attrs, Graph, Op } from "./types.ts";

export class IrParseError extends Error {}

/** A cursor over one line of IR text. */
class Scanner {
  pos = 0;
  constructor(
    readonly text: string,
    readonly line: number,
  ) {}

  fail(what: string): never {
    throw new IrParseError(`line ${this.line}: ${what} at column ${this.pos + 1}: ${this.text.trim()}`);
  }
  skipSpace() {
    while (this.text[this.pos] === " ") this.pos++;
  }
  done(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }
  peek(s: string): boolean {
    this.skipSpace();
    return this.text.startsWith(s, this.pos);
  }
  /** After a list item: a separator or the closing bracket. */
  next(close: string) {
    if (this.peek(close)) return;
    if (!this.peek(",")) this.fail(`expected ',' or '${close}'`);
    this.pos++;
  }
  expect(s: string) {
    if (!this.peek(s)) this.fail(`expected '${s}'`);
    this.pos += s.length;
  }
  match(re: RegExp, what: string): string {
    this.skipSpace();
    const m = re.exec(this.text.slice(this.pos));
    if (!m || m.index !== 0) this.fail(`expected ${what}`);
    this.pos += m[0].length;
    return m[0];
  }
  name(): string {
    return this.match(/^[A-Za-z_][\w.]*/, "a name");
  }
  value(): string {
    this.expect("%");
    return this.name();
  }
  shape(): number[] {
    this.expect("f32[");
    const dims = this.peek("]") ? [] : this.match(/^\d+(,\d+)*/, "dimensions").split(",").map(Number);
    this.expect("]");
    return dims;
  }
  attr(): Attr {
    if (this.peek("[")) {
      this.expect("[");
      const items: Attr[] = [];
      while (!this.peek("]")) {
        items.push(this.attr());
        this.next("]");
      }
      this.expect("]");
      return items;
    }
    if (this.peek('"')) return JSON.parse(this.match(/^"(?:[^"\\]|\\.)*"/, "a string")) as string;
    const word = this.match(/^[^\s,\]]+/, "a value");
    if (word === "true" || word === "false") return word === "true";
    if (/^[A-Za-z_]/.test(word)) return word;
    const n = Number(word);
    if (Number.isNaN(n)) this.fail(`bad value '${word}'`);
    return n;
  }
}

function parseAttrs(s: Scanner): Attrs {
  const attrs: Attrs = {};
  while (!s.done() && !s.peek(":")) {
    const key = s.name();
    s.expect("=");
    attrs[key] = s.attr();
  }
  return attrs;
}

function parseOp(s: Scanner): Op {
  const out = s.value();
  s.expect("=");
  const kind = s.name();
  if (!isOpKind(kind)) s.fail(`unknown op '${kind}'`);
  s.expect("(");
  const ins: string[] = [];
  while (!s.peek(")")) {
    ins.push(s.value());
    s.next(")");
  }
  s.expect(")");
  const op: Op = { op: kind, out, ins, attrs: parseAttrs(s) };
  if (s.peek(":")) {
    s.expect(":");
    op.shape = s.shape();
  }
  if (!s.done()) s.fail("unexpected text");
  return op;
}

export function parseGraph(text: string): Graph {
  const graph: Partial<Graph> & { ops: Op[]; params: Graph["params"] } = { ops: [], params: [] };
  text.split("\n").forEach((raw, i) => {
    const s = new Scanner(raw, i + 1);
    if (s.done()) return;
    if (s.peek("%")) graph.ops.push(parseOp(s));
    else {
      const keyword = s.name();
      if (keyword === "graph") {
        graph.name = s.name();
        if (!s.done()) graph.attrs = parseAttrs(s);
      }
      else if (keyword === "input") {
        const name = s.value();
        s.expect(":");
        graph.input = { name, shape: s.shape() };
      } else if (keyword === "output") graph.output = s.value();
      else if (keyword === "param") {
        const name = s.name();
        s.expect(":");
        graph.params.push({ name, shape: s.shape() });
      } else s.fail(`unknown line '${keyword}'`);
      if (!s.done()) s.fail("unexpected text");
    }
  });
  if (graph.name === undefined || !graph.input || graph.output === undefined) {
    throw new IrParseError("the text lacks a 'graph', 'input' or 'output' line");
  }
  return graph as Graph;
}
