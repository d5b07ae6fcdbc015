// Every misuse of the CLI is one line on stderr and exit code 2 (misuse of a
// command) or 1 (a file that cannot be read or written), never a stack trace,
// and a failed write never leaves a partial or temporary file behind.
// Unreadable files are made without chmod (tests may run as root, who reads
// anything): a folder where a file is expected, a path through a file.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { mixc } from "../mixc.ts";
import { specFile, TINY_SPEC } from "../spec-file.ts";

const spec = specFile(TINY_SPEC);
const dir = dirname(spec);
const input = join(dir, "input.bin");
writeFileSync(input, new Uint8Array(3 * 8 * 8 * 4));
const missing = join(dir, "missing");
const throughFile = join(spec, "x");
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("misuse of a command: one line, exit 2", () => {
  it.each(["check", "stats", "ir", "compile", "run", "bench", "report"])("mixc %s with an unknown flag", async (command) => {
    expect(await mixc(command, "x", "--frob")).toMatchObject({ code: 2, out: "", err: `mixc: ${command}: Unknown option '--frob'\n` });
  });

  it.each([
    [["compile", spec, "--seed", "-1"], "mixc: compile: Option '--seed' argument is ambiguous. Did you forget to specify the option argument for '--seed'?\n"],
    [["run", spec, "--input"], "mixc: run: Option '--input <value>' argument missing\n"],
    [["compile", spec, "--target", "gpu"], expect.stringMatching(/^mixc: unknown target 'gpu'; the targets are all \(WebAssembly and WebGPU\), [^\n]+\n$/)],
    [["bench", "a.wasm", "--runs", "1e3"], "mixc: --runs needs a whole number from 0 to 100000, got '1e3'\n"],
    [["bench", "a.wasm", "--threads", "0"], "mixc: --threads needs a whole number from 1 to 64, or auto; got '0'\n"],
    [["run", "a.wasm", "--input", input, "--threads", "two"], "mixc: --threads needs a whole number from 1 to 64, or auto; got 'two'\n"],
    [["run", spec, "--seed", "1", "--input", input, "--threads", "2"], "mixc: --threads is for --backend wasm\n"],
  ])("mixc %j", async (argv, err) => {
    expect(await mixc(...argv)).toMatchObject({ code: 2, err });
  });
});

describe("a file that cannot be read: one line naming it and why, exit 1", () => {
  it.each([
    [["check", join(missing, "a.mix")], `cannot read spec ${join(missing, "a.mix")}: no such file`],
    [["stats", dir], `cannot read spec ${dir}: it is a directory`],
    [["ir", throughFile], `cannot read spec ${throughFile}: a part of its path is a file, not a directory`],
    [["compile", spec, "--weights", join(missing, "w.safetensors")], `cannot read weights ${join(missing, "w.safetensors")}: no such file`],
    [["compile", spec, "--weights", dir], `cannot read weights ${dir}: it is a directory`],
    [["run", spec, "--seed", "1", "--input", dir], `cannot read input ${dir}: it is a directory`],
    [["run", spec, "--seed", "1", "--input", throughFile], `cannot read input ${throughFile}: a part of its path is a file, not a directory`],
    [["run", spec, "--seed", "1", "--image", join(missing, "a.png")], `cannot read image ${join(missing, "a.png")}: no such file`],
    [["run", join(missing, "m.wasm"), "--input", input], `cannot read bundle ${join(missing, "m.wasm")}: no such file`],
    [["bench", dir + ".wasm"], `cannot read bundle ${dir}.wasm: no such file`],
  ])("mixc %j", async (argv, err) => {
    expect(await mixc(...argv)).toMatchObject({ code: 1, out: "", err: `${err}\n` });
  });

  it("a device or a pipe is refused before it is opened (/dev/zero would fill the memory, a FIFO would block)", async () => {
    const fifo = join(dir, "pipe.wasm");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const why = "it is not a regular file (a device, a pipe or a socket)";
    expect(await mixc("check", "/dev/zero")).toMatchObject({ code: 1, err: `cannot read spec /dev/zero: ${why}\n` });
    expect(await mixc("compile", spec, "--weights", "/dev/zero", "-o", join(dir, "z.wasm"))).toMatchObject({ code: 1, err: `cannot read weights /dev/zero: ${why}\n` });
    expect(await mixc("run", spec, "--seed", "1", "--input", fifo)).toMatchObject({ code: 1, err: `cannot read input ${fifo}: ${why}\n` });
    expect(await mixc("run", fifo, "--input", input)).toMatchObject({ code: 1, err: `cannot read bundle ${fifo}: ${why}\n` });
    const derived = join(dir, "zero.mix");
    writeFileSync(derived, 'network z {\n  base "/dev/zero"\n}\n');
    expect((await mixc("check", derived)).err.split("\n")).toContain(`${derived}:2:8: error: cannot read base spec /dev/zero: ${why}`);
  });

  it("a base spec that cannot be read is a diagnostic at its line", async () => {
    const derived = join(dir, "derived.mix");
    writeFileSync(derived, 'network d {\n  base "tiny.mix/x.mix"\n}\n');
    const r = await mixc("check", derived);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toContain(`${derived}:2:8: error: cannot read base spec ${join(dir, "tiny.mix/x.mix")}: a part of its path is a file, not a directory`);
  });
});

describe("an output that cannot be written: one line, exit 1, nothing left behind", () => {
  it.each([
    [["compile", spec, "--seed", "1", "-o", join(missing, "o.wasm")], `cannot write ${join(missing, "o.wasm")}: its directory does not exist`],
    [["compile", spec, "--seed", "1", "-o", dir], `cannot write ${dir}: it is a directory`],
    [["compile", spec, "--seed", "1", "-o", join(throughFile, "o.wasm")], `cannot write ${join(throughFile, "o.wasm")}: a part of its path is a file, not a directory`],
    [["compile", spec, "--dump-ir", spec, "-o", join(dir, "o.wasm")], `cannot create directory ${spec}: a file of that name is in the way`],
    [["ir", spec, "-o", spec], `cannot create directory ${spec}: a file of that name is in the way`],
  ])("mixc %j", async (argv, err) => {
    const before = readdirSync(dir).sort();
    expect(await mixc(...argv)).toMatchObject({ code: 1, out: "", err: `${err}\n` });
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it.each([
    [join(missing, "o.bin"), `cannot write ${join(missing, "o.bin")}: its directory does not exist`],
    [dir, `cannot write ${dir}: it is a directory`],
  ])("mixc run --output %s: the run's progress line, then one line for the error", async (output, err) => {
    const r = await mixc("run", spec, "--seed", "1", "--input", input, "--output", output);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${spec.replace(/[.\\/]/g, "\\$&")}: reference backend, [\\d.]+ ms\\n`));
    expect(r.err.split("\n").slice(1)).toEqual([err, ""]);
    expect(leftovers()).toEqual([]);
  });

  it("a write that fails part-way leaves the file that was there untouched and no temporary file", async () => {
    // The temporary name (the output's name plus '.PID.tmp') is too long to create: the write fails before the rename.
    const sub = join(dir, "long");
    mkdirSync(sub);
    const output = join(sub, `${"o".repeat(250)}.bin`);
    writeFileSync(output, "previous logits");
    const r = await mixc("run", spec, "--seed", "1", "--input", input, "--output", output);
    expect(r.code).toBe(1);
    expect(r.err.split("\n").slice(1)).toEqual([`cannot write ${output}: the name is too long`, ""]);
    expect(readFileSync(output, "utf8")).toBe("previous logits");
    expect(readdirSync(sub)).toEqual([`${"o".repeat(250)}.bin`]);
  });
});
