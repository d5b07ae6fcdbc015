// The IR's invariants: values defined once and before use, known ops with
// well-typed attributes, parameters declared with the shapes the ops need,
// and (once inferred) shapes that agree with each op's shape rule.
import { OPS, PHYSICAL_ATTRS } from "./ops.ts";
import { ACTIVATIONS } from "../../kernels/activation.ts";
import type { Attr, Graph } from "./types.ts";
import { heldFloats, readStep } from "./physical.ts";

export class VerifyError extends Error {
  constructor(readonly problems: string[]) {
    super(`IR verification failed:\n  ${problems.join("\n  ")}`);
  }
}

const isType: Record<string, (v: Attr) => boolean> = {
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean",
  string: (v) => typeof v === "string",
  param: (v) => typeof v === "string",
  numbers: (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number" && Number.isInteger(x) && x > 0),
  params: (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string"),
  strings: (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
};

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Checks group splits of a conv against its input; returns problems. */
function convProblems(attrs: Record<string, Attr>, inShape: number[] | undefined): string[] {
  const { k, cin, cout, dw, w } = attrs as { k: number[]; cin: number[]; cout: number[]; dw: boolean; w: string[] };
  const problems: string[] = [];
  if (k.length !== cin.length || k.length !== cout.length || k.length !== w.length) problems.push("k, cin, cout and w must have one entry per group");
  if (k.some((x) => x % 2 === 0)) problems.push(`kernel sizes must be odd, got ${k}`);
  if (dw && cin.some((c, g) => c !== cout[g])) problems.push("a depthwise group must keep its channel count");
  if (inShape && cin.reduce((a, b) => a + b, 0) !== inShape[1]) problems.push(`groups read ${cin.join("+")} channels but the input has ${inShape[1]}`);
  if (!["symmetric", "same"].includes(attrs.pad as string)) problems.push(`unknown padding '${attrs.pad}'`);
  return problems;
}

/** Once memory is planned: buffers whose lifetimes overlap must not share bytes. */
function memoryProblems(g: Graph): string[] {
  const last = new Map<string, number>([[g.output, g.ops.length]]);
  g.ops.forEach((op, i) => op.ins.forEach((name) => last.set(name, Math.max(last.get(name) ?? 0, readStep(g, i)))));
  const buffers = g.ops.flatMap((op, i) => {
    if (op.attrs.at === undefined || !op.shape) return [];
    const bytes = heldFloats(op) * 4;
    const value = { name: `%${op.out}`, start: op.attrs.at as number, end: (op.attrs.at as number) + bytes, first: i, last: last.get(op.out) ?? i };
    const scratch = op.attrs.scratch_bytes ? [{ name: `scratch of %${op.out}`, start: op.attrs.scratch as number, end: (op.attrs.scratch as number) + (op.attrs.scratch_bytes as number), first: i, last: i }] : [];
    return [value, ...scratch];
  });
  const arena = g.attrs?.arena as number | undefined;
  const problems = buffers.filter((b) => arena !== undefined && b.end > arena).map((b) => `${b.name} ends at byte ${b.end}, past the arena (${arena})`);
  for (let i = 0; i < buffers.length; i++) {
    for (let j = i + 1; j < buffers.length; j++) {
      const [a, b] = [buffers[i]!, buffers[j]!];
      if (a.first <= b.last && b.first <= a.last && a.start < b.end && b.start < a.end) problems.push(`${a.name} and ${b.name} are alive together and overlap in memory`);
    }
  }
  return problems;
}

export function verifyGraph(g: Graph): void {
  const problems: string[] = [];
  const shapes = new Map<string, number[] | undefined>([[g.input.name, g.input.shape]]);
  const declared = new Map(g.params.map((p) => [p.name, p.shape]));
  const used = new Set<string>();
  if (declared.size !== g.params.length) problems.push("a parameter is declared twice");
  for (const op of g.ops) {
    const where = `%${op.out} = ${op.op}`;
    const def = OPS[op.op];
    if (!def) {
      problems.push(`${where}: unknown op`);
      continue;
    }
    if (shapes.has(op.out)) problems.push(`${where}: value %${op.out} is defined twice`);
    if (op.ins.length !== def.arity(op.attrs)) problems.push(`${where}: takes ${def.arity(op.attrs)} inputs, has ${op.ins.length}`);
    const missing = op.ins.filter((i) => !shapes.has(i));
    for (const i of missing) problems.push(`${where}: uses %${i} before it is defined`);
    let attrsOk = true;
    for (const [key, spec] of Object.entries({ ...def.attrs, ...PHYSICAL_ATTRS })) {
      const v = op.attrs[key];
      if (v === undefined ? !spec.optional : !isType[spec.type]!(v)) {
        problems.push(`${where}: attribute ${key} is ${v === undefined ? "missing" : `not a ${spec.type}`}`);
        attrsOk = false;
      }
    }
    for (const key of Object.keys(op.attrs)) if (!(key in def.attrs) && !(key in PHYSICAL_ATTRS)) problems.push(`${where}: unknown attribute ${key}`);
    const cp = op.attrs.cp as number | undefined;
    if (cp !== undefined && op.shape && cp < op.shape[1]!) problems.push(`${where}: cp=${cp} is fewer than its ${op.shape[1]} channels`);
    for (const key of ["fn", "act"]) {
      const fn = op.attrs[key];
      if (typeof fn === "string" && !(ACTIVATIONS as readonly string[]).includes(fn)) problems.push(`${where}: unknown activation ${fn}`);
    }
    const inShapes = op.ins.map((i) => shapes.get(i));
    const known = missing.length === 0 && inShapes.every((s) => s !== undefined);
    if (attrsOk && op.op === "conv") problems.push(...convProblems(op.attrs, known ? inShapes[0] : undefined).map((p) => `${where}: ${p}`));
    if (attrsOk && known) {
      for (const p of def.params(op.attrs, inShapes as number[][])) {
        used.add(p.name);
        const shape = declared.get(p.name);
        if (!shape) problems.push(`${where}: parameter ${p.name} is not declared`);
        else if (!same(shape, p.shape)) problems.push(`${where}: parameter ${p.name} is [${shape}], the op needs [${p.shape}]`);
      }
      const expected = def.outShape(op.attrs, inShapes as number[][]);
      const [x, ...rest] = inShapes as number[][];
      const gated = op.op === "mul" || (op.op === "conv" && op.attrs.gate);
      const residual = op.op === "add" ? rest[0] : op.op === "conv" && op.attrs.res ? rest.at(-1) : undefined;
      if (gated && !same(rest[0]!, [x![0]!, x![1]!, 1, 1])) problems.push(`${where}: gate shape [${rest[0]}] does not fit input [${x}]`);
      if (residual && !same(residual, expected)) problems.push(`${where}: residual shape [${residual}] does not fit output [${expected}]`);
      if (op.shape && !same(op.shape, expected)) problems.push(`${where}: shape is [${op.shape}], its inputs give [${expected}]`);
      shapes.set(op.out, op.shape ?? expected);
    } else shapes.set(op.out, op.shape);
  }
  problems.push(...memoryProblems(g));
  if (!shapes.has(g.output)) problems.push(`output %${g.output} is not defined`);
  for (const name of declared.keys()) if (!used.has(name) && problems.length === 0) problems.push(`parameter ${name} is declared but never used`);
  if (problems.length) throw new VerifyError(problems);
}
