// The CLI as users and scripts see it: exit codes, stdout for data, stderr
// for diagnostics, and never a stack trace.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MAX_PRINTED_ERRORS } from "../../compiler/api.ts";
import { STAGES } from "../../compiler/pipeline.ts";
import { mixc } from "../mixc.ts";
import { IMAGENET_1K } from "../../compiler/frontend/imagenet-1k.ts";
import { fixture, hasShared, maxAbsDiff, tolerance } from "../shared.ts";
import { specFile, TINY_SPEC } from "../spec-file.ts";
import { SPECS } from "../specs.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "mixc-cli-"));

describe("mixc check", () => {
  it.each(SPECS)("accepts %s", async (spec) => {
    const r = await mixc("check", spec);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^${spec}: ok: \\w+, \\d+ blocks, \\d+ parameters, \\d+ MACs\\n$`));
  });

  it("reports every error as file:line:col with the line and a caret, exit 1", async () => {
    const spec = join(tmp(), "bad.mix");
    writeFileSync(spec, "network bad {\n  input 3x32x32\n  stem k=4 s=2 c=8 act=relu\n  stage act=gelu {\n    ir k=3 e=6 c=8\n  }\n  head c=64\n  pool avg\n  classifier classes=10\n}\n");
    const r = await mixc("check", spec);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      [
        `${spec}:3:10: error: kernel size 4 must be odd (padding is centred on the kernel)`,
        "    stem k=4 s=2 c=8 act=relu",
        "           ^",
        `${spec}:4:13: error: unknown activation 'gelu' (expected relu, relu6, swish, sigmoid, hswish or hsigmoid); did you mean 'relu'?`,
        "    stage act=gelu {",
        "              ^~~~",
        `2 errors in ${spec}`,
        "",
      ].join("\n"),
    );
  });

  it(`prints the first ${MAX_PRINTED_ERRORS} errors of a file full of them, then how many more there are`, async () => {
    const spec = join(tmp(), "many.mix");
    const layers = Array.from({ length: 70 }, () => "    ir k=3 e=6 c=8 act=gelu").join("\n");
    writeFileSync(spec, `network many {\n  input 3x32x32\n  stem k=3 s=2 c=8 act=relu\n  stage act=relu {\n${layers}\n  }\n  head c=64\n  pool avg\n  classifier classes=10\n}\n`);
    const r = await mixc("check", spec);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split("\n");
    expect(lines.filter((l) => l.includes(": error: "))).toHaveLength(MAX_PRINTED_ERRORS);
    // The first ones, in source order: the last one shown is on the 50th layer's line.
    expect(lines[3 * MAX_PRINTED_ERRORS - 3]).toMatch(new RegExp(`^${spec}:${4 + MAX_PRINTED_ERRORS}:24: error: unknown activation 'gelu'`));
    expect(lines.slice(-2)).toEqual([`(${70 - MAX_PRINTED_ERRORS} more not shown)`, `70 errors in ${spec}`]);
  });
});

describe("mixc ir", () => {
  it("prints the last stage by default and each stage with --all", async () => {
    const last = await mixc("ir", "specs/mixnet-s.mix");
    expect(last.code).toBe(0);
    expect(last.out.startsWith(`# after ${STAGES.at(-1)}: `)).toBe(true);
    const all = await mixc("ir", "specs/mixnet-s.mix", "--all", "--verify");
    expect(all.out.match(/^# after [\w-]+/gm)).toEqual(STAGES.map((s) => `# after ${s}`));
    const shapes = await mixc("ir", "specs/mixnet-s.mix", "--after", "shapes");
    expect(shapes.out).toContain("= batchnorm(");
    expect(last.out).not.toContain("= batchnorm(");
  });

  it("writes one file per stage with -o", async () => {
    const dir = join(tmp(), "ir");
    const r = await mixc("ir", "specs/mixnet-m.mix", "-o", dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(STAGES.map((s, i) => `${String(i).padStart(2, "0")}-${s}.ir`));
  });

  it("rejects an unknown pass and contradictory flags with exit 2", async () => {
    expect(await mixc("ir", "specs/mixnet-s.mix", "--after", "fusion")).toMatchObject({ code: 2, err: `mixc: unknown pass 'fusion'; the stages are ${STAGES.join(", ")}\n` });
    expect(await mixc("ir", "specs/mixnet-s.mix", "--after", "fold_bn")).toMatchObject({ code: 2, err: `mixc: unknown pass 'fold_bn'; the stages are ${STAGES.join(", ")}; did you mean 'fold-bn'?\n` });
    expect(await mixc("ir", "specs/mixnet-s.mix", "--after", "lowre")).toMatchObject({ code: 2, err: `mixc: unknown pass 'lowre'; the stages are ${STAGES.join(", ")}; did you mean 'lower'?\n` });
    expect((await mixc("ir", "specs/mixnet-s.mix", "--after", "shapes", "--all")).code).toBe(2);
  });
});

describe.skipIf(!hasShared)("mixc run on the fixture", () => {
  it("prints the top-5 and writes float32 logits matching PyTorch", async () => {
    const fx = fixture("mixnet_s");
    const output = join(tmp(), "logits.bin");
    const r = await mixc("run", "specs/mixnet-s.mix", "--weights", fx.weights, "--input", `${fx.dir}/input.bin`, "--backend", "reference", "--output", output, "--top", "5");
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").map((l) => Number(/class (\d+)/.exec(l)![1]))).toEqual(fx.meta.top5);
    const bytes = readFileSync(output);
    const logits = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    expect(maxAbsDiff(logits, fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
  });
});

describe.skipIf(!hasShared)("mixc compile, run and bench on a bundle", () => {
  it("compiles MixNet-S to one .wasm, runs it on the fixture and benchmarks it", async () => {
    const fx = fixture("mixnet_s");
    const dir = tmp();
    const wasm = join(dir, "mixnet-s.wasm");
    const c = await mixc("compile", "specs/mixnet-s.mix", "--weights", fx.weights, "-o", wasm, "--dump-ir", join(dir, "ir"));
    expect(c.code).toBe(0);
    expect(c.err).toMatch(/^wrote .*mixnet-s\.wasm: \d+\.\d\d MB, gzip \d+\.\d\d MB \(weights \d+\.\d\d MB, code [\d.]+ KiB, arena [\d.]+ MB\) in [\d.]+ s\n$/);
    expect(/gzip ([\d.]+) MB/.exec(c.err)![1]).toBe((gzipSync(readFileSync(wasm)).length / 1e6).toFixed(2));
    const wgsl = `${String(STAGES.length - 1).padStart(2, "0")}-lower.wgsl`;
    expect(readdirSync(join(dir, "ir")).sort()).toEqual([...STAGES.map((s, i) => `${String(i).padStart(2, "0")}-${s}.ir`), wgsl].sort());
    expect(readFileSync(join(dir, "ir", wgsl), "utf8")).toContain("@compute @workgroup_size(16, 16, 1)");
    const output = join(dir, "logits.bin");
    const r = await mixc("run", wasm, "--input", `${fx.dir}/input.bin`, "--output", output);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").map((l) => Number(/class (\d+)/.exec(l)![1]))).toEqual(fx.meta.top5);
    const bytes = readFileSync(output);
    expect(maxAbsDiff(new Float32Array(bytes.buffer, bytes.byteOffset, 1000), fx.logitsF64)).toBeLessThanOrEqual(tolerance(fx.logitsF64));
    const b = await mixc("bench", wasm, "--runs", "3", "--per-layer", "--json");
    expect(b.code).toBe(0);
    const json = JSON.parse(b.out);
    expect(json).toMatchObject({ model: "mixnet_s", backend: "wasm", variant: "relaxed-simd", runs: 3 });
    for (const key of ["median_ms", "p10_ms", "p90_ms"]) expect(json[key]).toBeGreaterThan(0);
    expect(json.layers.reduce((n: number, l: { macs: number }) => n + l.macs, 0)).toBe(fx.meta.macs.macs_total);
    const text = await mixc("bench", wasm, "--runs", "2", "--per-layer");
    expect(text.out).toMatch(/^mixnet_s \(wasm, relaxed-simd\): median [\d.]+ ms, p10 [\d.]+ ms, p90 [\d.]+ ms over 2 runs\n/);
    // A band-fused pair: the depthwise on its ring of rows, timed with its 1x1, which says so.
    expect(text.out).toMatch(/dw_k3_s2_56x56_p1\.1_c144\.144_ring\d+_swish/);
    expect(text.out).toMatch(/\n(blocks\.2\.0\.bn1\.swish) +0\.000 +0\.0% .* \(runs in blocks\.2\.0\.bn2\.swish's step, timed there\)\n/);
    // On two threads: the same logits, bit for bit, and bench says so.
    const threaded = join(dir, "logits-2.bin");
    const t = await mixc("run", wasm, "--input", `${fx.dir}/input.bin`, "--output", threaded, "--threads", "2");
    expect(t.code).toBe(0);
    expect(t.err).toMatch(/: wasm backend \(relaxed-simd; 2 threads\), [\d.]+ ms\n$/);
    expect(readFileSync(threaded).equals(bytes)).toBe(true);
    const tb = await mixc("bench", wasm, "--runs", "2", "--threads", "2", "--json");
    expect(JSON.parse(tb.out)).toMatchObject({ variant: "relaxed-simd", threads: 2, runs: 2 });
    expect((await mixc("bench", wasm, "--runs", "2", "--threads", "2")).out).toMatch(/^mixnet_s \(wasm, relaxed-simd, 2 threads\): median/);
  });

  it("runs a spec on the wasm backend, compiled in memory, and an image", async () => {
    const fx = fixture("mixnet_s");
    const r = await mixc("run", "specs/mixnet-s.mix", "--weights", fx.weights, "--input", `${fx.dir}/input.bin`, "--backend", "wasm", "--top", "1");
    // mixnet-s.mix says 'labels imagenet-1k': the class comes with its name.
    const best = fx.meta.top5[0]!;
    expect(r.out.startsWith(`1\tclass ${best} (${IMAGENET_1K[best]})\t`)).toBe(true);
    const image = readdirSync("test/fixtures-images").find((f) => f.endsWith(".png"))!;
    const i = await mixc("run", "specs/mixnet-s.mix", "--seed", "1", "--image", `test/fixtures-images/${image}`, "--top", "3");
    expect(i.code).toBe(0);
    expect(i.out.trim().split("\n")).toHaveLength(3);
  });

  it("rejects what is not a bundle, and a bundle with weights", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "fake.wasm"), "hello");
    expect(await mixc("run", join(dir, "fake.wasm"), "--input", "x.bin")).toMatchObject({ code: 1, err: `${join(dir, "fake.wasm")}: not a mixc bundle: not a WebAssembly file\n` });
    expect(await mixc("run", join(dir, "fake.wasm"), "--input", "x.bin", "--seed", "1")).toMatchObject({ code: 2 });
    expect(await mixc("bench", join(dir, "missing.wasm"))).toMatchObject({ code: 1, err: `cannot read bundle ${join(dir, "missing.wasm")}: no such file\n` });
  });
});

describe("user errors are one clear message", () => {
  const small = () => {
    const dir = tmp();
    const spec = join(dir, "tiny.mix");
    writeFileSync(spec, TINY_SPEC);
    writeFileSync(join(dir, "input.bin"), new Uint8Array(3 * 8 * 8 * 4));
    return { dir, spec, input: join(dir, "input.bin") };
  };

  it("runs a tiny network with seeded weights", async () => {
    const { spec, input } = small();
    const r = await mixc("run", spec, "--input", input, "--seed", "3", "--top", "2");
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toHaveLength(2);
  });

  it.each([
    [["frobnicate"], 2, "mixc: unknown command 'frobnicate'; the commands are check, stats, ir, compile, run, bench, report\n"],
    [["check"], 2, "mixc: check takes 1 argument, got 0\nusage: mixc check SPEC\n"],
    [["check", "specs/mixnet-s.mix", "--fast"], 2, "mixc: check: Unknown option '--fast'\n"],
    [["check", "no/such.mix"], 1, "cannot read spec no/such.mix: no such file\n"],
    [["check", "specs"], 1, "cannot read spec specs: it is a directory\n"],
    [["run", "specs/mixnet-s.mix"], 2, "mixc: run needs one of --input FILE.bin or --image FILE\n"],
    [["run", "specs/mixnet-s.mix", "--input", "x.bin", "--backend", "tpu"], 2, "mixc: unknown backend 'tpu'; available: reference, wasm, webgpu\n"],
    [["run", "specs/mixnet-s.mix", "--input", "x.bin", "--top", "many"], 2, "mixc: --top needs a whole number from 0 to 1000000, got 'many'\n"],
    [["run", "specs/mixnet-s.mix", "--input", "x.bin", "--seed", "4294967296"], 2, "mixc: --seed needs a whole number from 0 to 4294967295, got '4294967296'\n"],
    [["run", "specs/mixnet-s.mix", "--input", "x.bin", "--weights", "w", "--seed", "1"], 2, "weights and seed exclude each other: the weights come from one place\n"],
    [["run", "specs/mixnet-s.mix", "--input", "x.bin", "y.bin"], 2, "mixc: run takes 1 argument, got 2; more files are for --image\n"],
  ])("mixc %j exits %i", async (argv, code, err) => {
    expect(await mixc(...argv)).toMatchObject({ code, err });
  });

  it("refuses --image for a network that declares no image preprocessing", async () => {
    const spec = specFile("network gray {\n  input 1x8x8\n  stem c=8\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=4\n}\n");
    expect(await mixc("run", spec, "--seed", "1", "--image", "samples/fashion/0-t-shirt-top.png")).toMatchObject({
      code: 1,
      err: "--image needs a network that declares how images become its 1x1x8x8 input: a 'preprocess' statement in its spec\n",
    });
  });

  it("names the input file and the size it expected", async () => {
    const { spec, dir } = small();
    writeFileSync(join(dir, "short.bin"), new Uint8Array(100));
    expect(await mixc("run", spec, "--seed", "1", "--input", join(dir, "short.bin"))).toMatchObject({
      code: 1,
      err: `${join(dir, "short.bin")}: 100 bytes, expected 768 (float32 1x3x8x8, NCHW, little-endian)\n`,
    });
    const nan = new Float32Array(3 * 8 * 8);
    nan[5] = NaN;
    writeFileSync(join(dir, "nan.bin"), new Uint8Array(nan.buffer));
    expect(await mixc("run", spec, "--seed", "1", "--input", join(dir, "nan.bin"))).toMatchObject({ code: 1, err: `${join(dir, "nan.bin")}: value 5 is NaN; the input must be finite\n` });
  });

  it("reports a bad weights file and leaves no output behind", async () => {
    const { spec, input, dir } = small();
    writeFileSync(join(dir, "w.safetensors"), "not safetensors at all");
    const output = join(dir, "out.bin");
    const r = await mixc("run", spec, "--input", input, "--weights", join(dir, "w.safetensors"), "--output", output);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^.*w\.safetensors: header length \d+ is larger than the file/);
    expect(existsSync(output)).toBe(false);
  });

  it("reports an output path in a missing directory, leaving nothing behind", async () => {
    const { spec, input, dir } = small();
    const r = await mixc("run", spec, "--seed", "1", "--input", input, "--output", join(dir, "missing", "out.bin"));
    expect(r.code).toBe(1);
    expect(r.err.endsWith(`\ncannot write ${join(dir, "missing", "out.bin")}: its directory does not exist\n`)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each(["check", "stats", "ir", "compile", "run", "bench"])("mixc %s --help prints usage and exits 0", async (command) => {
    const r = await mixc(command, "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^usage: mixc ${command} `));
  });
});

describe("the installed bin", () => {
  it("runs through node with the same exit codes", () => {
    const ok = spawnSync(process.execPath, ["bin/mixc.js", "check", "specs/mixnet-s.mix"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, ["bin/mixc.js", "check", "missing.mix"], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe("cannot read spec missing.mix: no such file\n");
  });
});
