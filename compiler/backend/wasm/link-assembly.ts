// Links a hand-written kernel compiled ahead of time (kernels/assembly/, by
// scripts/assembly.mjs) into a bundle's module text: its types, globals and
// functions, every name prefixed so that none meets the bundle's, working on
// the bundle's memory. The kernel's own memory and exports are left out; its
// exported functions are named to the caller, which wraps them.
import binaryen from "binaryen";

export interface LinkedKernel {
  /** Module fields to place inside the bundle's `(module ...)`. */
  text: string;
  /** The kernel's exported functions: export name -> the function's name in `text` (with its `$`). */
  functions: Map<string, string>;
}

/** What a kernel may hold: a data segment, a table or an import would need relocating, so none is taken. */
const KEPT = new Set(["type", "global", "func"]);
const DROPPED = new Set(["memory", "export"]);

/** The binary's text as this compiler's binaryen prints (and so parses) it. */
export function textOf(binary: Uint8Array): string {
  const module = binaryen.readBinary(binary);
  try {
    return module.emitText();
  } finally {
    module.dispose();
  }
}

/** The top-level fields of a printed module, each with its keyword: balanced parentheses, strings and comments skipped. */
function fieldsOf(wat: string): { keyword: string; text: string }[] {
  const start = wat.indexOf("(module");
  if (start < 0) throw new Error("internal: a kernel's text has no (module");
  const fields: { keyword: string; text: string }[] = [];
  let depth = 0;
  let from = -1;
  for (let i = start + 1; i < wat.length; i++) {
    const c = wat[i];
    if (c === '"') {
      for (i++; wat[i] !== '"'; i++) if (wat[i] === "\\") i++;
    } else if (c === ";" && wat[i + 1] === ";") {
      i = wat.indexOf("\n", i);
      if (i < 0) break;
    } else if (c === "(") {
      if (depth++ === 0) from = i;
    } else if (c === ")") {
      if (--depth === 0) {
        const text = wat.slice(from, i + 1);
        fields.push({ keyword: /^\(([a-z]+)/.exec(text)![1]!, text });
      } else if (depth < 0) break;
    }
  }
  return fields;
}

/** Every `$name` (a type, global, function, local or label) as `$prefix:name`. */
function prefixNames(text: string, prefix: string): string {
  if (text.includes('$"')) throw new Error("internal: a kernel's text has quoted names, which linking does not rename");
  return text.replace(/\$[^\s()";]+/g, (name) => `$${prefix}:${name.slice(1)}`);
}

export function linkAssembly(binary: Uint8Array, prefix: string): LinkedKernel {
  const fields = fieldsOf(textOf(binary));
  const other = fields.find((f) => !KEPT.has(f.keyword) && !DROPPED.has(f.keyword));
  if (other) throw new Error(`internal: kernel '${prefix}' has a ${other.keyword} (${other.text.slice(0, 60)}); a linked kernel holds only types, globals and functions`);
  const functions = new Map<string, string>();
  for (const f of fields.filter((f) => f.keyword === "export")) {
    const [, name, func] = /^\(export "([^"]+)" \(func (\$[^\s()]+)\)\)$/.exec(f.text) ?? [];
    if (name) functions.set(name, prefixNames(func!, prefix));
  }
  const text = fields
    .filter((f) => KEPT.has(f.keyword))
    .map((f) => prefixNames(f.text, prefix))
    .join("\n");
  return { text, functions };
}
