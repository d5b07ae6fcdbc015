import { computeStats, loadSpec } from "../../compiler/index.ts";
import type { Command } from "../command.ts";

const thousands = (n: number) => n.toLocaleString("en-US");

export const stats: Command = {
  name: "stats",
  summary: "parameters and multiply-accumulates per layer and in total",
  usage: [
    "mixc stats SPEC [--json]",
    "",
    "Counts for one image at the spec's input size: conv MACs are",
    "out_h*out_w*out_c*(in_c/groups)*kh*kw, linear in*out. BatchNorm's gamma and",
    "beta are parameters; its running statistics are not.",
    "",
    "  --json   one JSON object; totals are plain integers",
  ].join("\n"),
  options: { json: { type: "boolean" } },
  positionals: 1,
  run(values, [spec], io) {
    const { network, shaped } = loadSpec(spec!);
    const s = computeStats(shaped);
    if (values.json) {
      io.out(JSON.stringify({ network: network.name, input: [1, network.input.channels, network.input.height, network.input.width], ...s }, null, 2) + "\n");
      return 0;
    }
    const width = Math.max(...s.layers.map((l) => l.name.length));
    const rows = s.layers.map((l) => `${l.name.padEnd(width)}  ${l.op.padEnd(9)}  ${`[${l.shape.join(",")}]`.padEnd(18)} ${thousands(l.params).padStart(11)} ${thousands(l.macs).padStart(13)}`);
    io.out(
      [
        `${"layer".padEnd(width)}  ${"op".padEnd(9)}  ${"output".padEnd(18)} ${"params".padStart(11)} ${"MACs".padStart(13)}`,
        ...rows,
        "",
        `parameters          ${thousands(s.params_total)} (${thousands(s.params_excluding_bn)} excluding BatchNorm)`,
        `multiply-accumulates ${thousands(s.macs_total)}`,
      ].join("\n") + "\n",
    );
    return 0;
  },
};
