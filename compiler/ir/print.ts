// IR -> text. One line per op: `%out = op(%in, ...) key=value ... : f32[shape]`,
// then the output and the parameter table. parse.ts reads exactly this back.
import type { Attr, Graph, Op } from "./types.ts";

const BARE = /^[A-Za-z_][\w.]*$/;

export function printAttr(v: Attr): string {
  if (Array.isArray(v)) return `[${v.map(printAttr).join(",")}]`;
  if (typeof v === "string") return BARE.test(v) && v !== "true" && v !== "false" ? v : JSON.stringify(v);
  return String(v);
}

export function printShape(shape: number[]): string {
  return `f32[${shape.join(",")}]`;
}

const printAttrs = (attrs: Record<string, Attr>) => Object.entries(attrs).map(([k, v]) => ` ${k}=${printAttr(v)}`).join("");

function printOp(op: Op, width: number): string {
  const attrs = printAttrs(op.attrs);
  const shape = op.shape ? ` : ${printShape(op.shape)}` : "";
  return `  ${`%${op.out}`.padEnd(width)} = ${op.op}(${op.ins.map((i) => `%${i}`).join(", ")})${attrs}${shape}`;
}

export function printGraph(g: Graph): string {
  const width = Math.min(32, Math.max(...g.ops.map((o) => o.out.length + 1)));
  const lines = [
    `graph ${g.name}${g.attrs ? printAttrs(g.attrs) : ""}`,
    `input %${g.input.name} : ${printShape(g.input.shape)}`,
    ...g.ops.map((op) => printOp(op, width)),
    `output %${g.output}`,
    ...g.params.map((p) => `param ${p.name} : ${printShape(p.shape)}`),
  ];
  return lines.join("\n") + "\n";
}
