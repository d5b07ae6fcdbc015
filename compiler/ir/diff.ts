// What one pass changed, op by op: the IR before and after it compared by
// value name. An op is removed, added, or changed (its op, inputs, attributes
// or shape); unchanged ops are only counted. Then the graph's attributes and
// the parameter tensors that went or came.
import { printAttr, printShape } from "./print.ts";
import type { Attrs, Graph, Op } from "./types.ts";

const call = (op: Op) => `${op.op}(${op.ins.map((i) => `%${i}`).join(", ")})`;
const attrText = (attrs: Attrs) => Object.entries(attrs).map(([k, v]) => `${k}=${printAttr(v)}`);
const shapeText = (op: Op) => (op.shape ? printShape(op.shape) : "unshaped");

/** The attribute edits from `a` to `b`: "+k=v", "-k", "k: a -> b". */
function attrEdits(a: Attrs, b: Attrs): string[] {
  const edits: string[] = [];
  for (const [k, v] of Object.entries(b)) {
    if (!(k in a)) edits.push(`+${k}=${printAttr(v)}`);
    else if (printAttr(a[k]!) !== printAttr(v)) edits.push(`${k}: ${printAttr(a[k]!)} -> ${printAttr(v)}`);
  }
  for (const k of Object.keys(a)) if (!(k in b)) edits.push(`-${k}`);
  return edits;
}

/** The op as the printer shows it after `=`, without the shape when `shaped` is false. */
const full = (op: Op, shaped = true) => [call(op), ...attrText(op.attrs), ...(shaped && op.shape ? [`: ${printShape(op.shape)}`] : [])].join(" ");

/**
 * A changed op in one line, or undefined when it did not change. A value now defined by
 * another kind of op (an activation become its convolution) shows the new op whole and the old one.
 */
function opChange(a: Op, b: Op): string | undefined {
  if (a.op !== b.op) return `${full(b)}; was ${full(a, false)}`;
  const edits = attrEdits(a.attrs, b.attrs);
  if (a.shape?.join() !== b.shape?.join()) edits.push(`shape: ${shapeText(a)} -> ${shapeText(b)}`);
  if (call(a) === call(b) && edits.length === 0) return undefined;
  return [call(a) === call(b) ? call(b) : `${call(a)} -> ${call(b)}`, ...edits].join(" ");
}

/**
 * The op after the pass that a removed value went into: its first reader that
 * is still there, following readers that were removed too (a pooling mean
 * through the SE's convolutions to the se op that replaced them).
 */
function absorber(before: Graph, kept: Set<string>, name: string): string | undefined {
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length) {
    const value = queue.shift()!;
    for (const reader of before.ops.filter((op) => op.ins.includes(value))) {
      if (kept.has(reader.out)) return reader.out;
      if (!seen.has(reader.out)) seen.add(reader.out), queue.push(reader.out);
    }
  }
  return undefined;
}

/** Up to `shown` names, then how many more. */
function names(list: string[], shown = 4): string {
  return list.length <= shown ? list.join(", ") : `${list.slice(0, shown).join(", ")}, ... ${list.length - shown} more`;
}

/**
 * The changes from `before` to `after`, one line each: "- %x = op(...) ..." removed,
 * "+ %x = ..." added, "~ %x = ..." changed (old -> new); removals first, each with the op it went into.
 */
export function diffGraphs(before: Graph, after: Graph): string {
  const beforeOps = new Map(before.ops.map((op) => [op.out, op]));
  const afterNames = new Set(after.ops.map((op) => op.out));
  const width = Math.min(32, Math.max(1, ...[...before.ops, ...after.ops].map((o) => o.out.length + 1)));
  const line = (mark: string, op: Op, rest: string) => `${mark} ${`%${op.out}`.padEnd(width)} = ${rest}`;
  const lines = before.ops
    .filter((op) => !afterNames.has(op.out))
    .map((op) => {
      const into = absorber(before, afterNames, op.out);
      return line("-", op, `${full(op)}${into ? `; into %${into}` : ""}`);
    });
  let unchanged = 0;
  for (const op of after.ops) {
    const old = beforeOps.get(op.out);
    if (!old) lines.push(line("+", op, full(op)));
    else {
      const change = opChange(old, op);
      if (change) lines.push(line("~", op, change));
      else unchanged++;
    }
  }
  const graphEdits = attrEdits(before.attrs ?? {}, after.attrs ?? {});
  if (graphEdits.length) lines.push(`graph ${graphEdits.join(" ")}`);
  const beforeParams = new Set(before.params.map((p) => p.name));
  const afterParams = new Set(after.params.map((p) => p.name));
  const gone = before.params.filter((p) => !afterParams.has(p.name)).map((p) => p.name);
  const came = after.params.filter((p) => !beforeParams.has(p.name)).map((p) => p.name);
  if (gone.length) lines.push(`params - ${gone.length}: ${names(gone)}`);
  if (came.length) lines.push(`params + ${came.length}: ${names(came)}`);
  lines.push(`(${unchanged} op${unchanged === 1 ? "" : "s"} unchanged)`);
  return lines.join("\n") + "\n";
}
