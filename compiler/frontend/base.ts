// `base "other.mix"`: a network built on another one. The base's statements are
// taken, except those the derived network states itself (its stages replace
// all of the base's stages) and those that belong to the base alone (its
// `pretrained` weights, schema.ts's notInherited). So MixNet-L is MixNet-M
// plus `width 1.3`, and a TensorFlow twin is its PyTorch model plus `bn_eps`
// and `padding`, each naming its own pretrained weights.
import { dirname, resolve } from "node:path";
import type { Statement } from "./ast.ts";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import { parseMix } from "./parse.ts";
import { contexts } from "./schema.ts";
import { systemReason } from "../errors.ts";

export type ReadFile = (path: string) => string;

const MAX_DEPTH = 8;

/** Parses a file and folds in its base chain; `sources` collects every file's text for diagnostics. */
export function parseWithBase(text: string, file: string, readFile: ReadFile | undefined, sources: Map<string, string>, chain: string[] = [resolve(file)]): { statements: Statement[]; diagnostics: Diagnostic[] } {
  sources.set(file, text);
  const parsed = parseMix(text, file);
  const diagnostics = [...parsed.diagnostics];
  const statements = parsed.file.statements;
  const net = statements.find((s) => s.keyword.name === "network");
  const baseStatement = net?.body?.find((s) => s.keyword.name === "base");
  const target = baseStatement?.args[0]?.values[0];
  if (!net?.body || !baseStatement || target?.kind !== "string") return { statements, diagnostics };
  const fail = (message: string) => ({ statements, diagnostics: [...diagnostics, diagnostic(target.loc, message)] });
  if (!readFile) return fail("a base spec can only be read when the spec comes from a file");
  const path = resolve(dirname(file), target.value);
  if (chain.includes(path)) return fail(`base specs form a cycle: ${[...chain, path].join(" -> ")}`);
  if (chain.length > MAX_DEPTH) return fail(`base specs nest deeper than ${MAX_DEPTH}`);
  let baseText: string;
  try {
    baseText = readFile(path);
  } catch (e) {
    return fail(`cannot read base spec ${path}: ${systemReason(e)}`);
  }
  const base = parseWithBase(baseText, path, readFile, sources, [...chain, path]);
  diagnostics.push(...base.diagnostics);
  const baseNet = base.statements.find((s) => s.keyword.name === "network");
  const own = net.body.filter((s) => s !== baseStatement);
  const stated = new Set(own.map((s) => s.keyword.name));
  const inherited = (baseNet?.body ?? []).filter((s) => !stated.has(s.keyword.name) && !contexts.network[s.keyword.name]?.notInherited);
  return { statements: statements.map((s) => (s === net ? { ...net, body: [...inherited, ...own] } : s)), diagnostics };
}
