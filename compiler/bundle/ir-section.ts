// The compiled network, carried in the bundle so that `mixc report BUNDLE` can
// draw it without the spec it came from: the graph after shape inference (the
// network as written: its parameters and MACs) and after lowering (what runs),
// as printed IR text (names and shapes, no weights), deflated: about 12 KiB for
// MixNet-M. The runtime never reads it.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { sections } from "../../runtime/integrity.ts";
import { customSection } from "../backend/wasm/binary.ts";
import { UserError } from "../errors.ts";
import { parseGraph } from "../ir/parse.ts";
import { printGraph } from "../ir/print.ts";
import type { Graph } from "../ir/types.ts";

export const IR_SECTION = "mixc.ir";

export interface BundleIr {
  /** After shape inference. */
  shaped: Graph;
  /** After the last pass. */
  compiled: Graph;
}

export function irSection(ir: BundleIr): Uint8Array {
  const text = JSON.stringify({ shaped: printGraph(ir.shaped), compiled: printGraph(ir.compiled) });
  return customSection(IR_SECTION, deflateRawSync(text, { level: 9 }));
}

/** The IR a bundle carries; undefined for a bundle written before mixc stored it. */
export function readBundleIr(bytes: Uint8Array, file: string): BundleIr | undefined {
  const section = sections(bytes).find((s) => s.name === IR_SECTION);
  if (!section) return undefined;
  try {
    const { shaped, compiled } = JSON.parse(inflateRawSync(bytes.subarray(section.contents, section.end)).toString("utf8"));
    return { shaped: parseGraph(shaped), compiled: parseGraph(compiled) };
  } catch (e) {
    throw new UserError(`${file}: its ${IR_SECTION} section is unreadable (${(e as Error).message.split("\n")[0]}); mixc report --spec SPEC reads the IR from the spec instead`);
  }
}
