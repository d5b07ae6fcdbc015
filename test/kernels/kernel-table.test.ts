// The table-driven kernel tester on WebAssembly: every entry of the kernel table
// (compiler/backend/kernel-table.ts) over its shape grid (kernel-grid.ts), with
// SIMD128 and with relaxed SIMD. Each network runs one layer at a time; each
// layer's output is read from wasm memory right after run_layer(i) and compared
// with the interpreter's value of the same IR at the same stage, and its padding
// channels must hold zeros. test/webgpu/kernels.test.ts runs the same grid on WebGPU.
import { describe, expect, it } from "vitest";
import { KERNELS } from "../../compiler/backend/kernel-table.ts";
import { arenaAt, ringRows, wholeFloats } from "../../compiler/ir/physical.ts";
import { prepare } from "../webgpu/kernel-cases.ts";
import { GRID } from "./kernel-grid.ts";

const VARIANTS = [
  { variant: "simd128", relaxed: false },
  { variant: "relaxed-simd", relaxed: true },
];

describe.each(KERNELS.map((k) => k.form))("%s", (form) => {
  describe.each(Object.keys(GRID[form]))("%s", (name) => {
    it.each(VARIANTS)("$variant: every layer matches the reference interpreter", async ({ relaxed }) => {
      const { graph, bytes, program, args, checkLayer } = await prepare(name, GRID[form][name]!);
      const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>, {});
      const main = instance.exports as unknown as { memory: WebAssembly.Memory; input: WebAssembly.Global; run_layer: (i: number) => void };
      // The relaxed-SIMD twin runs the same schedule on the main module's memory.
      const twin = relaxed ? (await WebAssembly.instantiate(program.relaxedCode as Uint8Array<ArrayBuffer>, { env: { memory: main.memory } })).instance.exports : undefined;
      const runLayer = (twin?.run_layer ?? main.run_layer) as (i: number) => void;
      new Float32Array(main.memory.buffer, main.input.value as number, args.input.length).set(args.input);
      // A band-fused 1x1 runs in the depthwise's step, and only a ring of its rows is ever in memory: the depthwise's output checks it.
      const layers = graph.ops.flatMap((op, i) => {
        runLayer(i);
        return ringRows(op) === undefined ? [checkLayer(op, new Float32Array(main.memory.buffer, program.arenaOffset + arenaAt(op), wholeFloats(op)))] : [];
      });
      expect(layers.filter((r) => r.form === form).length, `${name} has no ${form} layer`).toBeGreaterThan(0);
      for (const r of layers) {
        expect(r.difference, `${r.layer} (${r.form})`).toBeLessThanOrEqual(r.tolerance);
        expect(r.dirtyPadding, `${r.layer}: padding channels that are not zero`).toBe(0);
      }
    });
  });
});
