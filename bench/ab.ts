// Old against new: this tree's compiler against another checkout's (a git worktree
// of an earlier commit, say), on the same specs and seeded weights, in one process.
// It checks that the two bundles' logits agree (bitwise, or by how much) on plain
// and relaxed SIMD, then times whole inferences of all four alternating, and prints
// each variant's medians and the ratio new / old. Both bundles run on this tree's
// runtime, so the two checkouts must share the bundle format.
//   git worktree add --detach ../old HEAD~1 && (cd ../old && npm ci)
//   npx tsx bench/ab.ts ../old [SPEC ...]        (AB_ROUNDS=N, default 40)
import v8 from "node:v8";
// Node 20 has relaxed SIMD behind a flag; it must be on before any module compiles.
v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
import { existsSync } from "node:fs";
import { resolve } from "node:path";
const { compile } = await import("../compiler/compile.ts");
const { loadModel } = await import("../runtime/index.ts");
const { alternate, median, spread } = await import("./timing.ts");
const { maxAbsDiff } = await import("../test/shared.ts");

const [other, ...specArgs] = process.argv.slice(2);
const otherCompiler = other && resolve(other, "compiler/compile.ts");
if (!otherCompiler || !existsSync(otherCompiler)) {
  console.error("usage: npx tsx bench/ab.ts OTHER_CHECKOUT [SPEC ...]  (OTHER_CHECKOUT: a mixc tree, e.g. a git worktree of an earlier commit)");
  process.exit(2);
}
const old = (await import(otherCompiler)) as { compile: typeof compile };
const specs = specArgs.length ? specArgs : ["specs/mixnet-m.mix", "specs/mobilenetv3-large.mix"];
const ROUNDS = Number(process.env.AB_ROUNDS ?? 40);

for (const spec of specs) {
  const compiled = await compile(spec, { seed: 1 });
  const bundles = { old: (await old.compile(spec, { seed: 1 })).bytes, new: compiled.bytes };
  const models = {
    "old plain": await loadModel(bundles.old, { relaxedSimd: false }),
    "new plain": await loadModel(bundles.new, { relaxedSimd: false }),
    "old relaxed": await loadModel(bundles.old),
    "new relaxed": await loadModel(bundles.new),
  };
  const input = new Float32Array(compiled.model.graph.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.sin(i * 0.37));
  const out = Object.fromEntries(await Promise.all(Object.entries(models).map(async ([name, m]) => [name, await m.run(input)] as const)));
  const agree = (variant: string) => {
    const d = maxAbsDiff(out[`old ${variant}`]!, out[`new ${variant}`]!);
    return d === 0 ? "bitwise equal" : `differ by up to ${d.toExponential(2)}`;
  };
  const times = await alternate(
    Object.entries(models).map(([name, m]) => ({ name, run: () => m.run(input) })),
    { warmup: 5, rounds: ROUNDS },
  );
  console.log(`${spec} (seed 1), ${ROUNDS} alternating rounds: logits plain ${agree("plain")}, relaxed ${agree("relaxed")}`);
  for (const variant of ["plain", "relaxed"]) {
    const [o, n] = [times.get(`old ${variant}`)!, times.get(`new ${variant}`)!];
    console.log(`  ${variant.padEnd(7)} old ${spread(o)} ms, new ${spread(n)} ms: new / old ${(median(n) / median(o)).toFixed(3)}x`);
  }
  for (const m of Object.values(models)) m.dispose();
}
