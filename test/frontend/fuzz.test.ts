// Property-based fuzzing of the frontend (lexer, parser, base resolution and
// checker): random token streams built from the language's real tokens and
// keywords, and mutations of every shipped spec. Whatever the text, parseSpec
// returns either a network that elaborates, passes shape inference and the IR
// verifier, or diagnostics that each point inside the source and say
// something; it never throws and never hangs (a watchdog kills a case that runs
// too long). The seed is fixed under CI (FUZZ_SEED overrides it) and printed.
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { elaborate } from "../../compiler/passes/elaborate.ts";
import { parseSpec, formatDiagnostic } from "../../compiler/frontend/index.ts";
import { contexts } from "../../compiler/frontend/schema.ts";
import { mixLexer } from "../../compiler/frontend/tokens.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { inferShapes } from "../../compiler/passes/infer-shapes.ts";
import { SPECS } from "../specs.ts";
import { FUZZ_SEED } from "../fuzz-seed.ts";
import { watchdog } from "./watchdog.ts";

/** Cases per property; 2 token-stream properties and one per shipped spec make >= 10,000. */
const RUNS = { tokens: 3000, mutations: 550 };
/** A case may take this long before it counts as a hang (generous: two shared cores). */
const HANG_MS = 10_000;

console.log(`frontend fuzz: seed ${FUZZ_SEED} (rerun one with FUZZ_SEED=${FUZZ_SEED})`);

// The shipped specs by the path that `base "..."` resolves to: in memory, so a
// fuzzed base path can never make the test read the machine's files.
const FILES = new Map(SPECS.map((s) => [resolve(s), readFileSync(s, "utf8")]));
const readFile = (path: string) => {
  const text = FILES.get(path);
  if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
  return text;
};

const dog = watchdog(HANG_MS);
afterAll(() => dog.stop());

/** Throws with `message` unless `ok` (plain checks: expect() in a hot loop of 10,000 cases costs more than the frontend). */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** Cases checked so far in this file, counted where they are checked. */
let checked = 0;

/** Runs one case and checks the property; returns whether it gave a network, for the statistics. */
function holds(text: string, file = "fuzz.mix"): boolean {
  checked++;
  dog.start(text);
  try {
    const result = parseSpec(text, file, readFile);
    if (result.network) {
      check(result.diagnostics.length === 0, () => "a network and diagnostics");
      verifyGraph(inferShapes(elaborate(result.network)));
      return true;
    }
    check(result.diagnostics.length > 0, () => "neither a network nor a diagnostic");
    const linesOf = new Map([...result.sources].map(([f, t]) => [f, t.split(/\r?\n/)]));
    for (const d of result.diagnostics) {
      const lines = linesOf.get(d.file);
      check(lines !== undefined, () => `diagnostic in an unknown file ${d.file}`);
      check(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines!.length, () => `line ${d.line} of ${lines!.length}: ${d.message}`);
      check(Number.isInteger(d.col) && d.col >= 1 && d.col <= lines![d.line - 1]!.length + 1, () => `col ${d.col} on line ${d.line}: ${d.message}`);
      check(/\S/.test(d.message) && !/\bundefined\b|\bNaN\b|\[object /.test(d.message), () => `message: ${d.message}`);
      check(formatDiagnostic(d, result.sources).startsWith(`${d.file}:${d.line}:${d.col}: error: `), () => "formatDiagnostic");
    }
    return false;
  } finally {
    dog.finish();
  }
}

// --- the language's vocabulary, from the schema itself -----------------------

const statements = Object.values(contexts).flatMap((c) => Object.keys(c));
const attributes = Object.values(contexts).flatMap((c) => Object.values(c).flatMap((s) => Object.keys(s.attrs)));
const words = Object.values(contexts).flatMap((c) =>
  Object.values(c).flatMap((s) => [s.positional, ...Object.values(s.attrs)].flatMap((a) => (a && "choices" in a.arg ? (a.arg.choices ?? []).map(String) : []))),
);
const vocabulary = [...new Set([...statements, ...attributes, ...words])];

const number = fc.oneof(
  fc.integer({ min: -10, max: 300 }).map(String),
  fc.constantFrom("0", "1", "2", "3", "7", "65536", "65537", "99999999999", "9007199254740993", "1e400", "-1e400", "1e-400", "4294967296", "1.5", ".5", "5.", "-3", "+2", "1e3", "2E-2"),
  fc.double({ noNaN: true }).map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);
const shape = fc.array(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom(65536, 65537, 100000, 99999999999)), { minLength: 1, maxLength: 5 }).map((d) => d.join("x"));
const nonAscii = fc.constantFrom("é", "ü", "μ", "→", "你好", "😀", "\u00a0", "\u200b", "\ufeff", "\u2028", "ß", "\u0301");
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: shape },
  { weight: 4, arbitrary: fc.constantFrom("{", "}", "=", ",", ";", "\n", "\r\n", "\t", "\r", "#", "# comment\n", '"', '"mixnet-m.mix"', '"x.mix"', '"../specs/mixnet-s.mix"') },
  { weight: 1, arbitrary: identifier },
  { weight: 1, arbitrary: nonAscii },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);
const separator = fc.constantFrom(" ", " ", " ", "", "\n", "=", ",");

/** Any sequence of tokens, with a long line now and then. */
const tokenStream = fc
  .tuple(
    fc.array(fc.tuple(token, separator), { maxLength: 80 }),
    fc.oneof({ weight: 30, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }) }),
    fc.constantFrom("a", "9", " ", "é", "{", "}", "k=3 ", "= ", "a { ", "stage {\n"),
  )
  .map(([pairs, long, fill]) => pairs.map(([t, s]) => t + s).join("") + (long ? fill.repeat(Math.ceil(long / fill.length)) : ""));

/** Something that looks like a network: `network NAME {` ... `}` around a token stream. */
const networkLike = fc
  .tuple(identifier, fc.array(fc.tuple(fc.constantFrom(...statements), fc.array(fc.tuple(fc.constantFrom(...attributes), fc.oneof(number, fc.constantFrom(...words), shape)), { maxLength: 5 }), fc.boolean()), { maxLength: 20 }))
  .map(([name, lines]) => `network ${name} {\n${lines.map(([kw, args, open]) => `  ${kw} ${args.map(([k, v]) => `${k}=${v}`).join(" ")}${open ? " {" : ""}`).join("\n")}\n}\n`);

// --- mutations of a shipped spec ---------------------------------------------

/** A spec as its tokens, each with the text that follows it up to the next token. */
function pieces(text: string): string[] {
  const tokens = mixLexer.tokenize(text).tokens;
  return tokens.map((t, i) => text.slice(t.startOffset, tokens[i + 1]?.startOffset ?? text.length));
}

type Mutation = (p: string[]) => void;
const at = (p: string[], i: number) => i % Math.max(1, p.length);
/** The piece's token replaced, its trailing space kept. */
const replaceToken = (piece: string, by: string) => by + piece.slice(/^\S*/.exec(piece)![0].length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => (p: string[]) => void p.splice(at(p, i), 1)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })).map(([i, n]) => (p: string[]) => void p.splice(at(p, i), 0, ...Array(n).fill(p[at(p, i)] ?? ""))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (p: string[]) => {
    const [a, b] = [at(p, i), at(p, j)];
    [p[a], p[b]] = [p[b]!, p[a]!];
  }),
  fc.tuple(fc.nat(), number).map(([i, n]) => (p: string[]) => {
    const nums = p.flatMap((s, k) => (/^[-+.\d]/.test(s) ? [k] : []));
    if (nums.length) p[nums[i % nums.length]!] = replaceToken(p[nums[i % nums.length]!]!, n);
  }),
  fc.tuple(fc.nat(), fc.oneof(token, shape)).map(([i, t]) => (p: string[]) => void p.splice(at(p, i), 0, `${t} `)),
  fc.tuple(fc.nat(), token).map(([i, t]) => (p: string[]) => void (p[at(p, i)] = replaceToken(p[at(p, i)] ?? "", t))),
  fc.constantFrom("99999999999", "1000", "1001", "100000", "0", "-1").map((n) => (p: string[]) => {
    const k = p.findIndex((s, i) => s.startsWith("ir") || s.startsWith("ds") || (i > 0 && p[i - 1]!.startsWith("repeat")));
    if (k >= 0) p.splice(k + 1, 0, `repeat=${n} `);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1000, max: 20_000 }), nonAscii).map(([i, n, c]) => (p: string[]) => void (p[at(p, i)] = `${p[at(p, i)] ?? ""}${c.repeat(n)}`)),
);

describe("frontend fuzzing: never a crash, a hang or a diagnostic outside the source", () => {
  const params = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns, verbose: 1 as const });

  it(`random token streams (${RUNS.tokens} cases)`, () => {
    fc.assert(fc.property(tokenStream, (text) => void holds(text)), params(RUNS.tokens));
  });

  it(`network-shaped statement soups (${RUNS.tokens} cases)`, () => {
    fc.assert(fc.property(networkLike, (text) => void holds(text)), params(RUNS.tokens));
  });

  it.each(SPECS)(`mutations of %s (${RUNS.mutations} cases)`, (spec) => {
    const original = pieces(FILES.get(resolve(spec))!);
    let networks = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const p = [...original];
        for (const m of mutations) m(p);
        // Named as the spec, so that a relative `base` resolves beside it.
        if (holds(p.join(""), `specs/${basename(spec)}`)) networks++;
      }),
      params(RUNS.mutations),
    );
    // Some mutations must leave a valid network (a duplicated comment line, a swap of equal tokens), or the oracle is one-sided.
    expect(networks).toBeGreaterThan(0);
  });

  // Last in the file, after the properties above have run (vitest runs a file's tests in order).
  it("ran at least 10,000 cases in all", () => {
    expect(checked).toBeGreaterThanOrEqual(10_000);
  });
});

// Cases the fuzzer found, kept as plain tests (each crashed or took quadratic time before its fix).
describe("inputs the fuzzer found", () => {
  it("a long run of stray values is one diagnostic per run, not a stack overflow", () => {
    const r = parseSpec("network a {\n  input 3x8x8\n" + "= 3 , 4x4 \"s\" ".repeat(20_000) + "\n}\n", "x.mix");
    expect(r.diagnostics.filter((d) => d.message === "expected a statement but found '='")).toEqual([expect.objectContaining({ line: 3, col: 1 })]);
  });

  it("many '}' that close no block are each reported, without exhausting the stack", () => {
    const r = parseSpec("network a {\n}\n" + "}\n".repeat(20_000), "x.mix");
    expect(r.diagnostics.filter((d) => d.message === "unexpected '}': no block is open here")).toHaveLength(20_000);
  });

  it("blocks nested thousands deep are reported where they pass the limit", () => {
    const r = parseSpec("network a {\n" + "stage {\n".repeat(5000), "x.mix");
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ line: 9, col: 7, message: "blocks nest deeper than 8 here (a network nests two: network { stage { ... } })" }));
  });

  it("a diagnostic on a very long line shows 120 characters around its column, with the caret under it", () => {
    const text = `network a {\n  input 3x8x8 ${"x=1 ".repeat(25_000)}k=4\n}\n`;
    const r = parseSpec(text, "x.mix");
    const formatted = r.diagnostics.map((d) => formatDiagnostic(d, r.sources));
    expect(Math.max(...formatted.map((f) => f.length))).toBeLessThan(400);
    const [head, shown, caret] = formatted.find((f) => f.includes("unknown attribute 'k'"))!.split("\n");
    expect(head).toBe("x.mix:2:100015: error: unknown attribute 'k' for 'input'");
    expect(shown!.startsWith("  ...")).toBe(true);
    expect(shown![caret!.indexOf("^")]).toBe("k");
  });
});
