// The language pieces MobileNetV3 added: the squeeze_excite statement's channel
// rules, the cn block and the head on the pooled features, and their misuse.
import { describe, expect, it } from "vitest";
import { parseSpec } from "../../compiler/frontend/index.ts";
import { resolveSqueezeExcite, seChannels } from "../../compiler/frontend/squeeze-excite.ts";

const spec = (extra: string, blocks: string, head = "head c=32 act=relu") =>
  `network t {\n  input 3x16x16\n  ${extra}\n  stem k=3 s=2 c=16 act=hswish\n  stage act=relu {\n    ${blocks}\n  }\n  ${head}\n  pool avg\n  classifier classes=10\n}\n`;
const network = (text: string) => {
  const r = parseSpec(text, "/t.mix");
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return r.network!;
};
const messages = (text: string) => parseSpec(text, "/t.mix").diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);

describe("squeeze_excite", () => {
  it("defaults to MixNet's SE: Python's round of the input channels, the block's activation, a sigmoid gate", () => {
    const style = resolveSqueezeExcite(undefined);
    expect(style).toEqual({ gate: "sigmoid", from: "input", round: "nearest" });
    // 18 x 0.25 = 4.5 rounds half to even.
    expect(seChannels(style, 0.25, 18, 72)).toBe(4);
    const b = network(spec("", "ir k=3 e=6 c=16 se=0.25 act=swish")).blocks[0]!;
    expect([b.seChannels, b.seAct, b.seGate]).toEqual([4, "swish", "sigmoid"]);
  });

  it("MobileNetV3's: round_channels of the expanded channels, ReLU, a hard-sigmoid gate", () => {
    const style = { gate: "hsigmoid", act: "relu", from: "expanded", round: "multiple_of_8" } as const;
    // 72 x 0.25 = 18 -> 24 (16 would lose more than 10%), 120 x 0.25 = 30 -> 32, 960 x 0.25 = 240.
    expect([72, 120, 960].map((mid) => seChannels(style, 0.25, 0, mid))).toEqual([24, 32, 240]);
    const b = network(spec("squeeze_excite gate=hsigmoid act=relu from=expanded round=multiple_of_8", "ir k=3 e=4.5 c=16 se=0.25 act=hswish")).blocks[0]!;
    expect([b.mid, b.seChannels, b.act, b.seAct, b.seGate]).toEqual([72, 24, "hswish", "relu", "hsigmoid"]);
  });

  it("names a bad choice and where it is", () => {
    expect(messages(spec("squeeze_excite round=even from=mid", "ds k=3 c=16"))).toEqual([
      "3:24: unknown rounding of the SE channels 'even' (expected nearest or multiple_of_8)",
      "3:34: unknown channels the SE ratio is of 'mid' (expected input or expanded)",
    ]);
  });
});

describe("cn blocks and the head's placement", () => {
  it("a cn block is one convolution (kernel 1 by default) with no residual unless asked for", () => {
    const [plain, skip] = network(spec("", "cn c=16\n    cn c=16 residual=yes")).blocks;
    expect(plain).toMatchObject({ type: "cn", kernels: [1], cin: 16, mid: 16, cout: 16, residual: false });
    expect(skip!.residual).toBe(true);
  });

  it("a cn block takes one kernel size", () => {
    expect(messages(spec("", "cn k=3,5 c=16"))).toEqual(["6:12: kernel size takes one value, got 2"]);
  });

  it("the head may run on the pooled features, with a bias and no BatchNorm", () => {
    expect(network(spec("", "ds k=3 c=16")).head).toEqual({ cin: 16, cout: 32, act: "relu", pooled: false, bn: true, bias: false });
    expect(network(spec("", "ds k=3 c=16", "head c=32 act=hswish on=pooled bn=no bias=yes")).head).toEqual({ cin: 16, cout: 32, act: "hswish", pooled: true, bn: false, bias: true });
  });
});
