// parse(print(ir)) is the same IR for every spec at every stage, and the
// verifier accepts every stage.
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../compiler/api.ts";
import { parseGraph } from "../../compiler/ir/parse.ts";
import { printGraph } from "../../compiler/ir/print.ts";
import { verifyGraph } from "../../compiler/ir/verify.ts";
import { runPipeline, STAGES } from "../../compiler/pipeline.ts";
import { SPECS } from "../specs.ts";

describe.each(SPECS)("%s", (spec) => {
  it("round-trips through text and verifies at every stage", () => {
    const stages: string[] = [];
    runPipeline({ graph: loadGraph(spec) }, undefined, (stage, { graph }) => {
      stages.push(stage);
      verifyGraph(graph);
      const text = printGraph(graph);
      const back = parseGraph(text);
      expect(back).toEqual(graph);
      expect(printGraph(back)).toBe(text);
    });
    expect(stages).toEqual(STAGES);
  });
});

describe("IR text", () => {
  const graph = runPipeline({ graph: loadGraph("specs/mixnet-s.mix") }, "shapes").graph;
  const text = printGraph(graph);

  it("shows a MixConv's kernel sizes, channel split, stride and shape on one line", () => {
    expect(text).toContain(
      "%blocks.2.0.conv_dw              = conv(%blocks.2.0.bn1.swish) k=[3,5,7] cin=[48,48,48] cout=[48,48,48] dw=true s=2 pad=symmetric w=[blocks.2.0.conv_dw.0.weight,blocks.2.0.conv_dw.1.weight,blocks.2.0.conv_dw.2.weight] : f32[1,144,28,28]",
    );
  });

  it("reports the line of a parse error", () => {
    const broken = text.replace("= conv(%input)", "= conv(%input");
    expect(() => parseGraph(broken)).toThrow(/^line 3: expected ',' or '\)' at column \d+/);
    expect(() => parseGraph(text.replace("= act(%bn1)", "= frobnicate(%bn1)"))).toThrow(/line 5: unknown op 'frobnicate'/);
  });

  it("parses strings, booleans and nested lists", () => {
    const g = parseGraph(`graph t\ninput %x : f32[1,2,3,3]\n  %y = act(%x) fn="a b" flag=true list=[[1,2],[x]] : f32[1,2,3,3]\noutput %y\n`);
    expect(g.ops[0]!.attrs).toEqual({ fn: "a b", flag: true, list: [[1, 2], ["x"]] });
  });
});

describe("verifier", () => {
  const good = () => structuredClone(runPipeline({ graph: loadGraph("specs/mixnet-s.mix") }, "shapes").graph);
  const problems = (mutate: (g: ReturnType<typeof good>) => void): string[] => {
    const g = good();
    mutate(g);
    try {
      verifyGraph(g);
      return [];
    } catch (e) {
      return (e as { problems: string[] }).problems;
    }
  };

  it("accepts the good graph", () => expect(problems(() => {})).toEqual([]));
  it("catches a use before definition", () => {
    expect(problems((g) => g.ops.reverse())).toContain("%logits = linear: uses %pool before it is defined");
  });
  it("catches a value defined twice", () => {
    expect(problems((g) => (g.ops[1]!.out = g.ops[0]!.out))).toContain("%conv_stem = batchnorm: value %conv_stem is defined twice");
  });
  it("catches a wrong shape", () => {
    expect(problems((g) => (g.ops[0]!.shape = [1, 16, 111, 111]))).toContain("%conv_stem = conv: shape is [1,16,111,111], its inputs give [1,16,112,112]");
  });
  it("catches a parameter of the wrong shape and an undeclared one", () => {
    expect(problems((g) => (g.params[0]!.shape = [16, 3, 5, 5]))).toContain("%conv_stem = conv: parameter conv_stem.weight is [16,3,5,5], the op needs [16,3,3,3]");
    expect(problems((g) => g.params.shift())).toContain("%conv_stem = conv: parameter conv_stem.weight is not declared");
  });
  it("catches a group split that does not match the input", () => {
    expect(problems((g) => (g.ops[0]!.attrs.cin = [4]))).toContain("%conv_stem = conv: groups read 4 channels but the input has 3");
  });
  it("catches an even kernel, an unknown activation and a missing attribute", () => {
    expect(problems((g) => (g.ops[0]!.attrs.k = [4]))).toContain("%conv_stem = conv: kernel sizes must be odd, got 4");
    expect(problems((g) => (g.ops[2]!.attrs.fn = "gelu"))).toContain("%stem = act: unknown activation gelu");
    expect(problems((g) => delete g.ops[1]!.attrs.eps)).toContain("%bn1 = batchnorm: attribute eps is missing");
  });
  it("catches two live buffers that share memory after planning", () => {
    const planned = runPipeline({ graph: loadGraph("specs/mixnet-s.mix") }, "plan").graph;
    expect(() => verifyGraph(planned)).not.toThrow();
    const broken = structuredClone(planned);
    broken.ops[1]!.attrs.at = broken.ops[0]!.attrs.at!; // the first depthwise conv onto its own input
    expect(() => verifyGraph(broken)).toThrow("%stem and %blocks.0.0.bn1.relu are alive together and overlap in memory");
  });

  it("catches an undefined output and an unused parameter", () => {
    expect(problems((g) => (g.output = "nothing"))).toContain("output %nothing is not defined");
    expect(problems((g) => g.params.push({ name: "stray", shape: [1] }))).toEqual(["parameter stray is declared but never used"]);
  });
});
