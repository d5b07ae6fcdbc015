// The IR a bundle carries for `mixc report`: the graphs after shape inference
// and after the last pass, exactly; small; and a clear error when it is damaged.
import { describe, expect, it } from "vitest";
import { IR_SECTION, readBundleIr } from "../../compiler/bundle/ir-section.ts";
import { compile } from "../../compiler/compile.ts";
import { UserError } from "../../compiler/errors.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { sections } from "../../runtime/integrity.ts";
import type { Graph } from "../../compiler/ir/types.ts";

describe("the bundle's IR section", () => {
  it("holds the graphs after shape inference and after lowering, which print as the compiler's own", async () => {
    const stages = new Map<string, Graph>();
    const { bytes, model } = await compile("test/golden/small.mix", { seed: 2, onStage: (stage, m) => stages.set(stage, m.graph) });
    const ir = readBundleIr(bytes, "small.wasm")!;
    expect(printGraph(ir.shaped)).toBe(printGraph(stages.get("shapes")!));
    expect(printGraph(ir.compiled)).toBe(printGraph(model.graph));
    expect(printGraph(ir.shaped)).not.toBe(printGraph(ir.compiled));
  });

  it("costs about 12 KiB for MixNet-M, whose weights take 20 MB", async () => {
    const { bytes } = await compile("specs/mixnet-m.mix", { seed: 1, target: "wasm" });
    const section = sections(bytes).find((s) => s.name === IR_SECTION)!;
    expect(section.end - section.contents).toBeLessThan(16 * 1024);
    expect(readBundleIr(bytes, "m.wasm")!.compiled.ops.length).toBeGreaterThan(50);
  });

  it("is absent from a bundle without it, and a damaged one is an error naming the file", async () => {
    const { bytes } = await compile("test/golden/small.mix", { seed: 2, target: "wasm" });
    const section = sections(bytes).find((s) => s.name === IR_SECTION)!;
    const bare = new Uint8Array([...bytes.subarray(0, section.start), ...bytes.subarray(section.end)]);
    expect(readBundleIr(bare, "bare.wasm")).toBeUndefined();
    const damaged = bytes.slice();
    damaged.fill(0x41, section.contents, section.contents + 8);
    expect(() => readBundleIr(damaged, "damaged.wasm")).toThrow(UserError);
    expect(() => readBundleIr(damaged, "damaged.wasm")).toThrow(/^damaged\.wasm: its mixc\.ir section is unreadable \(.+\); mixc report --spec SPEC reads the IR from the spec instead$/);
  });
});
