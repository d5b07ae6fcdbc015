// Networks too large for the wasm backend, and numbers too large for their
// meaning, are rejected with a clear message: a number at its line and column
// (the checker), a network whose memory or counts overflow by its spec and the
// sizes (compiler/passes/limits.ts), before any weight is allocated.
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadNetwork } from "../../compiler/api.ts";
import { parseSpec } from "../../compiler/frontend/index.ts";
import { memoryError, WASM_MEMORY_LIMIT } from "../../compiler/passes/limits.ts";
import { mixc } from "../mixc.ts";
import { specFile } from "../spec-file.ts";

const block = (line: string) => `network n {\n  input 3x32x32\n  stem k=3 s=2 c=8\n  stage {\n    ${line}\n  }\n  head c=64\n  pool avg\n  classifier classes=10\n}\n`;
const network = (lines: string) => `network n {\n${lines}\n  stem c=8\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=4\n}\n`;
const diagnostics = (text: string) => parseSpec(text, "n.mix").diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);

describe("numbers that overflow are diagnosed at their line and column", () => {
  it.each([
    ["ir k=3 e=6 c=99999999999", "5:18: output channels must be at most 65536, got 99999999999"],
    ["ir k=99999999999 e=6 c=8", "5:10: kernel sizes must be at most 31, got 99999999999"],
    ["ds k=3,33 c=8", "5:12: kernel sizes must be at most 31, got 33"],
    ["ir k=3 e=1e400 c=8", "5:14: expansion ratio must be a number, got 1e400"],
    ["ir k=3 e=6 c=8 repeat=99999999999", "5:27: repeat count must be at most 1000, got 99999999999"],
    ["ds k=3 c=8 se=1e-400", "5:19: squeeze-and-excitation ratio must be positive, got 1e-400"],
  ])("%s", (line, message) => {
    expect(diagnostics(block(line))).toEqual([message]);
  });

  it.each([
    ["  input 3x100000x100000", "2:9: input shape (channels x height x width) dimensions must be between 1 and 65536, got 3x100000x100000"],
    ["  input 99999999999999999999x2x2", "2:9: input shape (channels x height x width) dimensions must be between 1 and 65536, got 99999999999999999999x2x2"],
    ["  input 3x8x8\n  width 1e308", "3:9: width multiplier must be at most 16, got 1e308"],
  ])("%s", (lines, message) => {
    expect(diagnostics(network(lines))).toEqual([message]);
  });
});

describe("a network too large for wasm32 is rejected by name and size before anything is allocated", () => {
  const spec = (name: string, text: string) => specFile(text, `${name}.mix`);

  it("an activation larger than the memory (every dimension within its own limit)", () => {
    const path = spec("huge", network("  input 3x32768x32768"));
    expect(() => loadNetwork(path)).toThrow(
      `${path}: network 'n' needs at least 16 GiB of WebAssembly memory (weights 2.77 KiB, largest activation (conv_head) 16 GiB); mixc's wasm32 code addresses at most 2 GiB`,
    );
  });

  it("weights larger than the memory", () => {
    const path = spec("wide", "network n {\n  input 3x32x32\n  stem c=64\n  stage { ir k=31 e=64 c=65536 }\n  head c=65536\n  pool avg\n  classifier classes=65536\n}\n");
    expect(() => loadNetwork(path)).toThrow(`${path}: network 'n' needs at least 33.1 GiB of WebAssembly memory (weights 33 GiB, largest activation (blocks.0.0.conv_pwl) 64 MiB); mixc's wasm32 code addresses at most 2 GiB`);
  });

  it("multiply-accumulates beyond 2^53, counted exactly up to the layer that passes it", () => {
    const path = spec("macs", "network n {\n  input 3x65536x65536\n  stem k=31 s=1 c=65536\n  stage { ds k=3 c=8 }\n  head c=16\n  pool avg\n  classifier classes=4\n}\n");
    expect(() => loadNetwork(path)).toThrow(`${path}: network 'n' has more than 2^53 multiply-accumulates (counted up to layer conv_stem)`);
  });

  it("the CLI prints it as one line with exit code 1, for check as for compile", async () => {
    const path = spec("huge-cli", network("  input 3x32768x32768"));
    for (const command of ["check", "compile"]) {
      const { code, err } = await mixc(...[command, path, "-o", join(dirname(path), "out.wasm")].slice(0, command === "check" ? 2 : 4));
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`^${path.replace(/[.\\/]/g, "\\$&")}: network 'n' needs at least 16 GiB of WebAssembly memory .*\\n$`));
    }
  });

  it("the exact check once the memory is planned sums weights, arena and input", () => {
    expect(WASM_MEMORY_LIMIT).toBe(2 ** 31);
    expect(memoryError("n", { weights: 2 ** 30, arena: 2 ** 30 })).toBeUndefined();
    expect(memoryError("n", { weights: 2 ** 30, arena: 2 ** 30, input: 1024 })?.message).toBe(
      "network 'n' needs 2 GiB of WebAssembly memory (weights 1 GiB, arena 1 GiB, input 1 KiB); mixc's wasm32 code addresses at most 2 GiB",
    );
  });
});
