// Checks a syntax tree against the schema and resolves it into a Network:
// every channel count, split, stride and residual decided, or a diagnostic
// for each problem found (checking goes on after an error).
import type { Arg, Loc, Statement, Value } from "./ast.ts";
import { closest, diagnostic, suggestion, type Diagnostic } from "./diagnostics.ts";
import { makeDivisible, roundChannels, type Block, type Network, type Padding } from "./network.ts";
import { contexts, type Activation, type ArgSpec, type StatementSpec } from "./schema.ts";
import { scaleStageDepth, type DepthTrunc } from "./depth.ts";
import { tryParseHubRef } from "./hub-ref.ts";
import { meantByWhat } from "./meaning.ts";
import { LABEL_SETS } from "./label-sets.ts";
import { resolvePreprocessing } from "./preprocessing.ts";
import { resolveSqueezeExcite, seChannels, type SqueezeExciteStyle } from "./squeeze-excite.ts";

type Scalar = number | string;
interface Got {
  value: Scalar | number[];
  loc: Loc;
}
/** A statement whose arguments passed their type checks (bad ones are left out). */
interface Checked {
  statement: Statement;
  args: Map<string, Got>;
}

const POSITIONAL = "";

function describeValue(v: Value): string {
  if (v.kind === "number" || v.kind === "shape") return v.text;
  return v.kind === "string" ? JSON.stringify(v.value) : `'${v.value}'`;
}

/** The source of a list of values, `3,5,7`, so that a caret underlines all of it. */
function span(values: Value[]): Loc {
  const first = values[0]!.loc;
  const last = values.at(-1)!.loc;
  return last.line === first.line ? { ...first, length: last.col + last.length - first.col } : first;
}

function joinChoices(choices: readonly (string | number)[]): string {
  return choices.length === 1 ? `${choices[0]}` : `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}`;
}

/** Checks one argument's values against its type; returns the typed value or pushes diagnostics. */
function checkValue(spec: ArgSpec, values: Value[], out: Diagnostic[]): Got | undefined {
  const { arg, what } = spec;
  const first = values[0];
  // `key=` without a value is a syntax error the parser has reported already.
  if (!first) return undefined;
  if (arg.type !== "ints" && arg.type !== "numbers" && values.length > 1) {
    out.push(diagnostic(values[1]!.loc, `${what} takes one value, got ${values.length}`));
    return undefined;
  }
  const fail = (v: Value, message: string) => {
    out.push(diagnostic(v.loc, message));
    return undefined;
  };
  switch (arg.type) {
    case "int":
    case "ints": {
      const nums: number[] = [];
      const whole = arg.type === "int" ? "a whole number" : "whole numbers";
      for (const v of values) {
        if (v.kind !== "number" || !Number.isInteger(v.value)) return fail(v, `${what} must be ${whole}, got ${describeValue(v)}`);
        // The range first: "kernel size 0 must be odd" would be true but beside the point.
        if (arg.min !== undefined && v.value < arg.min) return fail(v, `${what} must be at least ${arg.min}, got ${v.text}`);
        if (arg.max !== undefined && v.value > arg.max) return fail(v, `${what} must be at most ${arg.max}, got ${v.text}`);
        if (arg.odd && v.value % 2 === 0) return fail(v, `kernel size ${v.value} must be odd (padding is centred on the kernel)`);
        if (arg.type === "int" && arg.choices && !arg.choices.includes(v.value)) return fail(v, `${what} must be ${joinChoices(arg.choices)}, got ${v.text}`);
        nums.push(v.value);
      }
      return { value: arg.type === "int" ? nums[0]! : nums, loc: span(values) };
    }
    case "numbers": {
      for (const v of values) {
        if (v.kind !== "number" || !Number.isFinite(v.value)) return fail(v, `${what} must be numbers, got ${describeValue(v)}`);
        if (arg.positive && !(v.value > 0)) return fail(v, `${what} must be positive, got ${v.text}`);
      }
      return { value: values.map((v) => (v as { value: number }).value), loc: span(values) };
    }
    case "number": {
      if (first.kind !== "number" || !Number.isFinite(first.value)) return fail(first, `${what} must be a number, got ${describeValue(first)}`);
      if (arg.positive && !(first.value > 0)) return fail(first, `${what} must be positive, got ${first.text}`);
      if (arg.max !== undefined && first.value > arg.max) return fail(first, `${what} must be at most ${arg.max}, got ${first.text}`);
      return { value: first.value, loc: first.loc };
    }
    case "word": {
      if (first.kind !== "name") return fail(first, `${what} must be ${joinChoices(arg.choices)}, got ${describeValue(first)}`);
      if (!arg.choices.includes(first.value)) {
        return fail(first, `unknown ${what} '${first.value}' (expected ${joinChoices(arg.choices)})${suggestion(first.value, arg.choices)}`);
      }
      return { value: first.value, loc: first.loc };
    }
    case "name": {
      if (first.kind !== "name") return fail(first, `${what} must be a name, got ${describeValue(first)}`);
      // Words may join parts with '-' (imagenet-1k); a network's name is also an IR name, which cannot.
      if (first.value.includes("-")) return fail(first, `${what} may hold letters, digits and '_', not '-', got '${first.value}'`);
      return { value: first.value, loc: first.loc };
    }
    case "string": {
      if (first.kind !== "string") return fail(first, `${what} must be a quoted string, got ${describeValue(first)}`);
      return { value: first.value, loc: first.loc };
    }
    case "hub": {
      if (first.kind !== "string") return fail(first, `${what} must be a quoted string, as "hf:ORG/REPO", got ${describeValue(first)}`);
      const ref = tryParseHubRef(first.value);
      if ("error" in ref) return fail(first, `${what} ${JSON.stringify(first.value)} ${ref.error}`);
      return { value: first.value, loc: first.loc };
    }
    case "shape": {
      if (first.kind !== "shape" || first.dims.length !== arg.rank) return fail(first, `${what} must look like 3x224x224, got ${describeValue(first)}`);
      if (first.dims.some((d) => d < 1 || d > 1 << 16)) return fail(first, `${what} dimensions must be between 1 and 65536, got ${first.text}`);
      return { value: first.dims, loc: first.loc };
    }
    case "size": {
      const sides = first.kind === "shape" ? first.dims : first.kind === "number" && Number.isInteger(first.value) ? [first.value] : [];
      if (sides.length !== 1 && sides.length !== 2) return fail(first, `${what} must be a whole number or HxW, as 224 or 224x160, got ${describeValue(first)}`);
      if (sides.some((d) => d < 1 || d > 1 << 16)) return fail(first, `${what} must be between 1 and 65536, got ${describeValue(first)}`);
      return { value: sides.length === 1 ? sides[0]! : sides, loc: first.loc };
    }
  }
}

function checkArgs(s: Statement, spec: StatementSpec, out: Diagnostic[]): Map<string, Got> {
  const kw = s.keyword.name;
  const got = new Map<string, Got>();
  const seen = new Set<string>();
  // Attributes that an unknown one was taken for: 'expansion=6' is reported once, not again as a missing 'e'.
  const meant = new Set<string>();
  for (const a of s.args) {
    const name = a.key?.name ?? POSITIONAL;
    const argSpec = a.key ? spec.attrs[a.key.name] : spec.positional;
    if (!argSpec && a.key) {
      const guess = meantAttribute(a.key.name, spec);
      if (guess) meant.add(guess.key);
      out.push(diagnostic(a.key.loc, `unknown attribute '${a.key.name}' for '${kw}'${guess ? `; did you mean ${guess.shown}?` : ""}`));
      continue;
    }
    if (!argSpec) {
      out.push(unexpectedValue(kw, a, spec));
      continue;
    }
    if (seen.has(name)) {
      out.push(diagnostic(a.loc, a.key ? `attribute '${name}' given twice` : `'${kw}' takes one value`));
      continue;
    }
    seen.add(name);
    const v = checkValue(argSpec, a.values, out);
    if (v) got.set(name, v);
  }
  if (spec.positional?.required && !seen.has(POSITIONAL)) out.push(diagnostic(s.keyword.loc, `'${kw}' needs its ${spec.positional.what}`));
  for (const [key, a] of Object.entries(spec.attrs)) {
    if (a.required && !seen.has(key) && !meant.has(key)) out.push(diagnostic(s.keyword.loc, `'${kw}' needs ${key}=<${a.what}>`));
  }
  return got;
}

/** The attribute an unknown key was meant as, and how a message shows it: a misspelling ('expnad_groups': 'expand_groups'), or a long name for a short one ('kernel': 'k' (kernel sizes)). */
function meantAttribute(key: string, spec: StatementSpec): { key: string; shown: string } | undefined {
  const spelt = closest(key, Object.keys(spec.attrs));
  if (spelt) return { key: spelt, shown: `'${spelt}'` };
  const byWhat = meantByWhat(key, spec.attrs);
  return byWhat === undefined ? undefined : { key: byWhat, shown: `'${byWhat}' (${spec.attrs[byWhat]!.what})` };
}

function unexpectedValue(kw: string, a: Arg, spec: StatementSpec): Diagnostic {
  const known = Object.keys(spec.attrs);
  const v = a.values[0]!;
  const hint = known.length ? ` (it takes ${known.map((k) => `${k}=`).join(" ")})` : "";
  const near = v.kind === "name" ? suggestion(v.value, known) : "";
  return diagnostic(a.loc, `unexpected value ${describeValue(v)} after '${kw}'${near || hint}`);
}

/** Checks the statements of one block against its context; returns the ones that are known. */
function checkBlock(statements: Statement[], context: string, owner: Statement | { file: string }, out: Diagnostic[]): Checked[] {
  const allowed = contexts[context]!;
  const result: Checked[] = [];
  const first = new Map<string, Statement>();
  // Keywords that a misspelt statement was taken for: 'haed' is reported once, not again as a missing 'head'.
  const meant = new Set<string>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const kw = s.keyword.name;
    const spec = allowed[kw];
    if (!spec) {
      const home = homeOf(kw);
      const guess = home ? undefined : closest(kw, Object.keys(allowed));
      if (guess) meant.add(guess);
      // A run of statements out of their block (a network with no 'network' line) is one mistake.
      const run = home ? sameHomeRun(statements, i + 1, home) : 0;
      const also = run ? `, as do the ${run} statement${run > 1 ? "s" : ""} after it` : "";
      out.push(diagnostic(s.keyword.loc, unknownStatement(kw, context, guess) + also));
      i += run;
      continue;
    }
    const earlier = first.get(kw);
    if (earlier && !spec.repeatable) {
      out.push(diagnostic(s.keyword.loc, `'${kw}' given twice (first at line ${earlier.keyword.loc.line})`));
      continue;
    }
    first.set(kw, s);
    const args = checkArgs(s, spec, out);
    if (spec.block && !s.body) out.push(diagnostic(s.keyword.loc, `'${kw}' needs a block: ${kw} ... { ... }`));
    if (!spec.block && s.body) out.push(diagnostic(s.keyword.loc, `'${kw}' takes no block`));
    result.push({ statement: s, args });
  }
  for (const [kw, spec] of Object.entries(allowed)) {
    // A 'base' still here is one that could not be read (base.ts folds a read one in): what it would give is unknown.
    if (!spec.required || first.has(kw) || meant.has(kw) || first.has("base")) continue;
    if ("keyword" in owner) out.push(diagnostic(owner.keyword.loc, `'${owner.keyword.name}' has no '${kw}' statement`));
    else out.push(diagnostic({ line: 1, col: 1, length: 1, file: owner.file }, `the file has no '${kw}' statement`));
  }
  return result;
}

/** How many statements from `start` on belong to `home` too. */
function sameHomeRun(statements: Statement[], start: number, home: string): number {
  const end = statements.findIndex((s, i) => i >= start && homeOf(s.keyword.name) !== home);
  return (end < 0 ? statements.length : end) - start;
}

/** The context a keyword belongs to, if any. */
function homeOf(kw: string): string | undefined {
  return Object.entries(contexts).find(([, statements]) => kw in statements)?.[0];
}

function unknownStatement(kw: string, context: string, guess: string | undefined): string {
  const home = homeOf(kw);
  if (home === "stage") return `'${kw}' is a block and belongs inside a 'stage { ... }'`;
  if (home === "network" && context === "stage") return `'${kw}' belongs in the network's block, not inside a stage`;
  if (home === "network") return `'${kw}' belongs inside 'network NAME { ... }'`;
  if (home === "top") return `'${kw}' must be at the top of the file`;
  const where = context === "top" ? "at the top of the file" : `inside '${context}'`;
  return `unknown statement '${kw}' ${where}${guess ? `; did you mean '${guess}'?` : ""}`;
}

const num = (c: Checked | undefined, key: string, fallback: number): number => (c?.args.get(key)?.value as number | undefined) ?? fallback;
const word = <T extends string>(c: Checked | undefined, key: string, fallback: T): T => (c?.args.get(key)?.value as T | undefined) ?? fallback;

/** Resolves the blocks of the stages: channels, splits, strides, SE sizes and residuals. */
function resolveBlocks(stages: Checked[], cin: number, width: number, depth: { multiplier: number; trunc: DepthTrunc }, se: SqueezeExciteStyle, out: Diagnostic[]): { blocks: Block[]; channels: number } {
  const blocks: Block[] = [];
  const reported = new Set<string>();
  const report = (loc: Loc, message: string) => {
    const key = `${loc.line}:${loc.col}:${message}`;
    if (!reported.has(key)) out.push(diagnostic(loc, message));
    reported.add(key);
  };
  stages.forEach((stage, stageIndex) => {
    const stageAct = word<Activation>(stage, "act", "relu");
    let index = 0;
    const body = stage.statement.body;
    // No body at all is reported as "needs a block"; an empty one would make a stage of nothing.
    if (body?.length === 0) out.push(diagnostic(stage.statement.keyword.loc, "'stage' has no blocks; a stage needs at least one 'ds' or 'ir'"));
    const definitions = checkBlock(body ?? [], "stage", stage.statement, out);
    const repeats = scaleStageDepth(definitions.map((b) => num(b, "repeat", 1)), depth.multiplier, depth.trunc);
    definitions.forEach((b, definition) => {
      const at = (key: string) => b.args.get(key)?.loc ?? b.statement.keyword.loc;
      const type = b.statement.keyword.name as Block["type"];
      // A cn block takes one kernel size (default 1), ds and ir a list (default 3).
      const k = b.args.get("k")?.value as number | number[] | undefined;
      const kernels = typeof k === "number" ? [k] : (k ?? [type === "cn" ? 1 : 3]);
      const cout = roundChannels(num(b, "c", cin), width);
      const ratio = type === "ir" ? num(b, "e", 1) : 1;
      const expandGroups = num(b, "expand_groups", 1);
      const projectGroups = num(b, "project_groups", 1);
      const residualRule = word<string>(b, "residual", "auto");
      const seRatio = num(b, "se", 0);
      for (let r = 0; r < repeats[definition]!; r++) {
        const stride = r === 0 ? num(b, "s", 1) : 1;
        // timm's InvertedResidual: make_divisible(in x exp_ratio), so 80 x 2.3 is 184.
        const mid = type === "ir" ? makeDivisible(cin * ratio) : type === "cn" ? cout : cin;
        const block: Block = {
          stage: stageIndex,
          index: index++,
          type,
          cin,
          mid,
          cout,
          kernels,
          stride,
          act: word<Activation>(b, "act", stageAct),
          seChannels: seRatio ? seChannels(se, seRatio, cin, mid) : 0,
          seAct: se.act ?? word<Activation>(b, "act", stageAct),
          seGate: se.gate,
          // timm's ConvBnAct has a skip only when asked for.
          residual: residualRule === "auto" ? type !== "cn" && stride === 1 && cin === cout : residualRule === "yes",
          expandGroups: type === "ir" ? expandGroups : 1,
          projectGroups: type === "ir" ? projectGroups : 1,
        };
        const splits: [string, number, number, string][] = [
          ["k", block.mid, kernels.length, "kernel groups"],
          ["expand_groups", Math.min(block.cin, block.mid), block.expandGroups, "expansion groups"],
          ["project_groups", Math.min(block.mid, block.cout), block.projectGroups, "projection groups"],
        ];
        for (const [key, total, parts, what] of splits) {
          if (total < parts) report(at(key), `${total} channels cannot be split into ${parts} ${what} (a group would be empty)`);
        }
        if (seRatio && block.seChannels < 1) report(at("se"), `se=${seRatio} of ${se.from === "expanded" ? mid : cin} channels rounds to 0 channels`);
        if (residualRule === "yes" && stride !== 1) report(at("residual"), `a residual connection needs stride 1, but this block has stride ${stride}`);
        if (residualRule === "yes" && cin !== cout) {
          report(at("residual"), `a residual connection needs equal input and output channels, but this block maps ${cin} to ${cout}`);
        }
        blocks.push(block);
        cin = cout;
      }
    });
  });
  return { blocks, channels: cin };
}

/** The label set a spec names, which must name each of its classes. */
function resolveLabels(c: Checked | undefined, classes: number, out: Diagnostic[]): string | null {
  const got = c?.args.get(POSITIONAL);
  if (!got) return null;
  const name = got.value as string;
  const size = LABEL_SETS[name]!.length;
  if (size !== classes) out.push(diagnostic(got.loc, `labels ${name} names ${size} classes, but the classifier has ${classes}`));
  return name;
}

function resolveNetwork(net: Checked, out: Diagnostic[]): Network {
  const items = checkBlock(net.statement.body ?? [], "network", net.statement, out);
  const find = (kw: string) => items.find((c) => c.statement.keyword.name === kw);
  const input = (find("input")?.args.get(POSITIONAL)?.value as number[] | undefined) ?? [3, 224, 224];
  const width = num(find("width"), POSITIONAL, 1);
  const stem = find("stem");
  const stemOut = roundChannels(num(stem, "c", 32), width);
  const depth = find("depth");
  const depthScaling = { multiplier: num(depth, POSITIONAL, 1), trunc: word<DepthTrunc>(depth, "trunc", "ceil") };
  const stages = items.filter((c) => c.statement.keyword.name === "stage");
  const { blocks, channels } = resolveBlocks(stages, stemOut, width, depthScaling, resolveSqueezeExcite(find("squeeze_excite")), out);
  const head = find("head");
  const headOut = num(head, "c", 1280);
  const classes = num(find("classifier"), "classes", 1000);
  return {
    name: (net.args.get(POSITIONAL)?.value as string | undefined) ?? "network",
    input: { channels: input[0]!, height: input[1]!, width: input[2]! },
    preprocessing: resolvePreprocessing(find("preprocess"), input, out),
    bnEps: num(find("bn_eps"), POSITIONAL, 1e-5),
    padding: word<Padding>(find("padding"), POSITIONAL, "symmetric"),
    naming: "timm",
    stem: { kernel: num(stem, "k", 3), stride: num(stem, "s", 2), cout: stemOut, act: word<Activation>(stem, "act", "relu") },
    blocks,
    head: {
      cin: channels,
      cout: word<string>(head, "scale_with_width", "no") === "yes" ? roundChannels(headOut, width) : headOut,
      act: word<Activation>(head, "act", "relu"),
      pooled: word<string>(head, "on", "features") === "pooled",
      bn: word<string>(head, "bn", "yes") === "yes",
      bias: word<string>(head, "bias", "no") === "yes",
    },
    classes,
    pretrained: (find("pretrained")?.args.get(POSITIONAL)?.value as string | undefined) ?? null,
    labels: resolveLabels(find("labels"), classes, out),
  };
}

/** Checks a parsed file; the network is returned only when there are no diagnostics. */
export function checkSpec(statements: Statement[], file: string): { network?: Network; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const top = checkBlock(statements, "top", { file }, diagnostics);
  const nets = top.filter((c) => c.statement.keyword.name === "network");
  for (const extra of nets.slice(1)) diagnostics.push(diagnostic(extra.statement.keyword.loc, "a file holds one network; this is a second one"));
  const network = nets[0] ? resolveNetwork(nets[0], diagnostics) : undefined;
  return diagnostics.length ? { diagnostics } : { network, diagnostics };
}
