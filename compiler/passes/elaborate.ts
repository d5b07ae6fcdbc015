// Network -> graph IR: one op per layer as the reference model computes it
// (conv, BatchNorm, activation, SE, residual add), every parameter named by
// the network's naming scheme. Shapes are left to the shape-inference pass.
import type { Block, Network } from "../frontend/network.ts";
import { splitChannels } from "../frontend/network.ts";
import type { Graph, Op, Param } from "../ir/types.ts";
import type { Padding } from "../ir/ops.ts";
import { fill, NAMING_SCHEMES, type NamingScheme } from "../weights/naming.ts";

interface ConvSpec {
  /** Module path of the convolution in the checkpoint. */
  module: string;
  kernels: number[];
  cin: number[];
  cout: number[];
  depthwise: boolean;
  stride: number;
  bias?: boolean;
}

/** Collects ops and parameters in order; each method returns the value it defines. */
class Builder {
  readonly ops: Op[] = [];
  readonly params: Param[] = [];
  constructor(
    readonly names: NamingScheme,
    readonly padding: Padding,
    readonly eps: number,
  ) {}

  private param(name: string, shape: number[]): string {
    this.params.push({ name, shape });
    return name;
  }

  private emit(op: Op["op"], out: string, ins: string[], attrs: Op["attrs"] = {}): string {
    this.ops.push({ op, out, ins, attrs });
    return out;
  }

  conv(x: string, c: ConvSpec): string {
    const { weight, bias } = this.names.conv;
    const grouped = c.kernels.length > 1;
    const w = c.kernels.map((k, g) => {
      const module = grouped ? fill(this.names.group, { conv: c.module, group: g }) : c.module;
      return this.param(`${module}.${weight}`, [c.cout[g]!, c.depthwise ? 1 : c.cin[g]!, k, k]);
    });
    const attrs: Op["attrs"] = { k: c.kernels, cin: c.cin, cout: c.cout, dw: c.depthwise, s: c.stride, pad: this.padding, w };
    if (c.bias) attrs.b = this.param(`${c.module}.${bias}`, [c.cout.reduce((a, b) => a + b, 0)]);
    return this.emit("conv", c.module, [x], attrs);
  }

  /** BatchNorm then an optional activation; returns the activation's value. */
  bn(x: string, module: string, channels: number, act?: string): string {
    const { gamma, beta, mean, var: variance } = this.names.bn;
    const p = (t: string) => this.param(`${module}.${t}`, [channels]);
    const y = this.emit("batchnorm", module, [x], { eps: this.eps, gamma: p(gamma), beta: p(beta), mean: p(mean), var: p(variance) });
    return act ? this.act(y, act) : y;
  }

  act(x: string, fn: string, out = `${x}.${fn}`): string {
    return this.emit("act", out, [x], { fn });
  }

  /** 1x1 convolution, split into independent channel groups when groups > 1. */
  pointwise(x: string, module: string, cin: number, cout: number, groups: number): string {
    return this.conv(x, { module, kernels: Array(groups).fill(1), cin: splitChannels(cin, groups), cout: splitChannels(cout, groups), depthwise: false, stride: 1 });
  }

  /** Mixed depthwise convolution: one kernel size per equal channel group. */
  depthwise(x: string, module: string, channels: number, kernels: number[], stride: number): string {
    const split = splitChannels(channels, kernels.length);
    return this.conv(x, { module, kernels, cin: split, cout: split, depthwise: true, stride });
  }

  squeezeExcite(x: string, module: string, channels: number, reduced: number, act: string, gateFn: string): string {
    const names = this.names.se;
    const pooled = this.mean(x, `${module}.pool`);
    const r = this.conv(pooled, { module: `${module}.${names.reduce}`, kernels: [1], cin: [channels], cout: [reduced], depthwise: false, stride: 1, bias: true });
    const e = this.conv(this.act(r, act), { module: `${module}.${names.expand}`, kernels: [1], cin: [reduced], cout: [channels], depthwise: false, stride: 1, bias: true });
    const gate = this.act(e, gateFn, `${module}.gate`);
    return this.emit("mul", module, [x, gate]);
  }

  mean(x: string, out: string): string {
    return this.emit("mean", out, [x]);
  }

  add(a: string, b: string, out: string): string {
    return this.emit("add", out, [a, b]);
  }

  /** Gives the last op's value a new name (a block's output is named after the block). */
  rename(from: string, to: string): string {
    const last = this.ops.at(-1)!;
    if (last.out !== from) throw new Error(`internal: rename of ${from}, last value is ${last.out}`);
    last.out = to;
    return to;
  }

  linear(x: string, module: string, cin: number, cout: number): string {
    const { weight, bias } = this.names.conv;
    return this.emit("linear", "logits", [x], {
      out: cout,
      w: this.param(`${module}.${weight}`, [cout, cin]),
      b: this.param(`${module}.${bias}`, [cout]),
    });
  }
}

/** timm's ConvBnAct: conv, BatchNorm, activation (and a residual only when asked for). */
function convBnAct(b: Builder, x: string, blk: Block, prefix: string): string {
  const { conv, bn } = b.names.cn;
  let y = b.conv(x, { module: `${prefix}.${conv}`, kernels: blk.kernels, cin: [blk.cin], cout: [blk.cout], depthwise: false, stride: blk.stride });
  y = b.bn(y, `${prefix}.${bn}`, blk.cout, blk.act);
  return blk.residual ? b.add(y, x, prefix) : b.rename(y, prefix);
}

function block(b: Builder, x: string, blk: Block): string {
  const n = b.names;
  const prefix = fill(n.block, { stage: blk.stage, index: blk.index });
  if (blk.type === "cn") return convBnAct(b, x, blk, prefix);
  let y = x;
  if (blk.type === "ir") {
    y = b.pointwise(y, `${prefix}.${n.ir.expand}`, blk.cin, blk.mid, blk.expandGroups);
    y = b.bn(y, `${prefix}.${n.ir.bnExpand}`, blk.mid, blk.act);
  }
  const dw = blk.type === "ir" ? { conv: n.ir.dw, bn: n.ir.bnDw } : { conv: n.ds.dw, bn: n.ds.bnDw };
  y = b.depthwise(y, `${prefix}.${dw.conv}`, blk.mid, blk.kernels, blk.stride);
  y = b.bn(y, `${prefix}.${dw.bn}`, blk.mid, blk.act);
  if (blk.seChannels) y = b.squeezeExcite(y, `${prefix}.${n.se.module}`, blk.mid, blk.seChannels, blk.seAct, blk.seGate);
  const proj = blk.type === "ir" ? { conv: n.ir.project, bn: n.ir.bnProject } : { conv: n.ds.pw, bn: n.ds.bnPw };
  y = b.pointwise(y, `${prefix}.${proj.conv}`, blk.mid, blk.cout, blk.projectGroups);
  y = b.bn(y, `${prefix}.${proj.bn}`, blk.cout);
  return blk.residual ? b.add(y, x, prefix) : b.rename(y, prefix);
}

export function elaborate(net: Network): Graph {
  const names = NAMING_SCHEMES[net.naming]!;
  const b = new Builder(names, net.padding, net.bnEps);
  const { stem, head } = net;
  let x = b.conv("input", { module: names.stem.conv, kernels: [stem.kernel], cin: [net.input.channels], cout: [stem.cout], depthwise: false, stride: stem.stride });
  x = b.act(b.bn(x, names.stem.bn, stem.cout), stem.act, "stem");
  for (const blk of net.blocks) x = block(b, x, blk);
  // The head convolution reads the last block's features, then is pooled; or (MobileNetV3) reads them pooled.
  if (head.pooled) x = b.mean(x, "pool");
  x = b.conv(x, { module: names.head.conv, kernels: [1], cin: [head.cin], cout: [head.cout], depthwise: false, stride: 1, bias: head.bias });
  x = b.act(head.bn ? b.bn(x, names.head.bn, head.cout) : x, head.act, "head");
  const logits = b.linear(head.pooled ? x : b.mean(x, "pool"), names.classifier, head.cout, net.classes);
  return { name: net.name, input: { name: "input", shape: [1, net.input.channels, net.input.height, net.input.width] }, ops: b.ops, output: logits, params: b.params };
}
