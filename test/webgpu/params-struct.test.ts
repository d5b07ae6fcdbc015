// Each WGSL kernel reads its parameters from a uniform struct made from its
// signature (kernels/signature.ts): fields named as the signature names them,
// in the order of the dispatch's positional values.
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { signature, signatureWithTail } from "../../kernels/signature.ts";
import { SMALL } from "../backend/small-network.ts";

describe("a kernel's parameter struct", () => {
  it("has one u32 field per name, in order, then the tail's fields, read by name", () => {
    const s = signature("x", "w", "y");
    expect(s.wgslStruct()).toBe("struct Params { x: u32, w: u32, y: u32 }");
    expect(s.wgsl("w")).toBe("P.w");
    expect(s.wgslLets("x", "y")).toBe("let x = P.x; let y = P.y;");
    const t = signatureWithTail("w", "x", "y");
    expect(t.wgslStruct(2)).toBe("struct Params { x: u32, y: u32, w0: u32, w1: u32 }");
    expect(t.wgslTail(1)).toBe("P.w1");
    expect(t.values({ x: 7, y: 8 }, [9, 10])).toEqual([7, 8, 9, 10]);
  });

  it("declares as many fields as each of its dispatches gives values, for every shader of a network", async () => {
    const { gpu } = await compile(SMALL, { seed: 1 });
    const fields = (code: string) => /struct Params \{ ([^}]*) \}/.exec(code)![1]!.split(", ").length;
    expect(gpu!.dispatches.length).toBeGreaterThan(10);
    for (const d of gpu!.dispatches) {
      const shader = gpu!.shaders[d.shader]!;
      expect(fields(shader.code), `${d.layer}: ${shader.name}`).toBe(d.params.length);
      if (shader.f16) expect(fields(shader.f16)).toBe(d.params.length);
      expect(shader.code).not.toMatch(/\bp\(/);
    }
  });
});
