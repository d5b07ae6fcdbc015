// Linking a kernel compiled ahead of time into a module's text: its names are
// prefixed (no clash with the host's), it works on the host's memory, its
// exports are named to the caller, and what cannot be linked is refused.
import binaryen from "binaryen";
import { describe, expect, it } from "vitest";
import { linkAssembly } from "../../compiler/backend/wasm/link-assembly.ts";

function binary(wat: string): Uint8Array {
  const module = binaryen.parseText(wat);
  try {
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

const KERNEL = binary(`(module
  (memory (export "memory") 1)
  (global $last (mut i32) (i32.const 0))
  (func $f (export "store") (param $at i32) (param $v i32)
    (global.set $last (local.get $v))
    (i32.store (local.get $at) (call $twice (local.get $v))))
  (func $twice (param $v i32) (result i32)
    (i32.add (local.get $v) (local.get $v)))
  (func (export "last") (result i32) (global.get $last)))`);

describe("linkAssembly", () => {
  it("gives the kernel's types, globals and functions, renamed, and its exported functions' names", () => {
    const { text, functions } = linkAssembly(KERNEL, "k");
    expect([...functions.keys()]).toEqual(["store", "last"]);
    for (const name of functions.values()) expect(name).toMatch(/^\$k:/);
    expect(text).not.toMatch(/\((memory|export)/);
    expect(text.match(/\$[^\s()]+/g)!.every((name) => name.startsWith("$k:"))).toBe(true);
  });

  it("runs inside a host module with names of its own, on the host's memory", async () => {
    const { text, functions } = linkAssembly(KERNEL, "k");
    // The host has a $f and a $twice of its own.
    const host = binary(`(module
  (memory (export "memory") 1)
  ${text}
  (func $twice (result i32) (i32.const 7))
  (func $f (export "run") (result i32)
    (call ${functions.get("store")} (i32.const 64) (i32.const 21))
    (i32.add (i32.load (i32.const 64)) (i32.add (call ${functions.get("last")}) (call $twice)))))`);
    const { exports } = (await WebAssembly.instantiate(host as Uint8Array<ArrayBuffer>, {})).instance as { exports: { run: () => number; memory: WebAssembly.Memory } };
    expect(exports.run()).toBe(42 + 21 + 7);
    expect(new Int32Array(exports.memory.buffer, 64, 1)[0]).toBe(42);
  });

  it("refuses a kernel with a data segment, which would need relocating", () => {
    const withData = binary(`(module (memory 1) (data (i32.const 8) "abc") (func (export "f")))`);
    expect(() => linkAssembly(withData, "k")).toThrow("internal: kernel 'k' has a data");
  });
});
