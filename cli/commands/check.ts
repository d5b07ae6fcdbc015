import { computeStats, loadSpec } from "../../compiler/index.ts";
import type { Command } from "../command.ts";

export const check: Command = {
  name: "check",
  summary: "check a spec and report every error",
  usage: "mixc check SPEC\n\nPrints each error as file:line:col: error: message with the source line\nand a caret, and exits 1 when there is any.",
  options: {},
  positionals: 1,
  run(_, [spec], io) {
    const { network, shaped } = loadSpec(spec!);
    const stats = computeStats(shaped);
    io.out(`${spec}: ok: ${network.name}, ${network.blocks.length} blocks, ${stats.params_total} parameters, ${stats.macs_total} MACs\n`);
    return 0;
  },
};
