// A network's ONNX export for the benchmarks, where ../shared has none (MixNet-L):
// mixc's elaborated graph and seeded weights go to build_onnx.py (PyTorch 1.13,
// Debian's python3-torch), which exports it as timm's models export; the result
// is then checked against mixc's float64 reference interpreter on onnxruntime-node,
// so that the peer is known to run the same network.
// Run: npx tsx bench/onnx-export/export.ts SPEC OUT.onnx [SEED]
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ort from "onnxruntime-node";
import { interpret } from "../../compiler/interp/interpret.ts";
import { loadModelSource } from "../../compiler/api.ts";

export const PYTHON = "/usr/bin/python3";

/** Whether PyTorch is installed for PYTHON: found, not imported (importing it takes about 2 s). */
export const hasTorch = () => spawnSync(PYTHON, ["-c", "import importlib.util, sys; sys.exit(importlib.util.find_spec('torch') is None)"]).status === 0;

/** Writes SPEC with weights from SEED to OUT as ONNX, and returns the largest logit difference from the reference, relative to max(1, max |logit|). */
export async function exportOnnx(spec: string, out: string, seed: number): Promise<number> {
  const { graph, weights } = await loadModelSource(spec, { seed });
  const dir = mkdtempSync(join(tmpdir(), "mixc-onnx-"));
  let offset = 0;
  const params = graph.params.map((p) => {
    const at = offset;
    offset += weights.get(p.name)!.length * 4;
    return { name: p.name, shape: p.shape, offset: at };
  });
  const blob = new Float32Array(offset / 4);
  params.forEach((p) => blob.set(weights.get(p.name)!, p.offset / 4));
  writeFileSync(join(dir, "graph.json"), JSON.stringify({ input: graph.input.name, inputShape: graph.input.shape, output: graph.output, ops: graph.ops, params }));
  writeFileSync(join(dir, "weights.bin"), new Uint8Array(blob.buffer));
  const python = spawnSync(PYTHON, [new URL("build_onnx.py", import.meta.url).pathname, dir, out], { encoding: "utf8" });
  if (python.status !== 0) throw new Error(`${PYTHON} build_onnx.py failed (Debian's python3-torch is needed):\n${python.stderr}`);

  const x = new Float32Array(graph.input.shape.reduce((a, b) => a * b, 1)).map((_, i) => Math.sin(i * 0.37));
  const reference = interpret(graph, weights, x).output.data;
  const session = await ort.InferenceSession.create(out);
  const logits = (await session.run({ input: new ort.Tensor("float32", x, graph.input.shape) })).logits!.data as Float32Array;
  await session.release();
  const scale = Math.max(1, ...Array.from(reference, Math.abs));
  return Math.max(...Array.from(reference, (r, i) => Math.abs(r - logits[i]!))) / scale;
}

/** An ONNX export of the spec with seed 1's weights in a fresh temporary folder, refused unless it computes what mixc's reference does: a benchmark peer. */
export async function peerExport(spec: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), "mixc-bench-")), "model.onnx");
  const error = await exportOnnx(spec, out, 1);
  if (!(error < 1e-4)) throw new Error(`the ONNX export of ${spec} differs from mixc's reference by ${error} (relative): not a fair peer`);
  console.error(`${spec}: ONNX export within ${error.toExponential(1)} of mixc's reference`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [spec, out, seed = "1"] = process.argv.slice(2);
  if (!spec || !out) throw new Error("usage: npx tsx bench/onnx-export/export.ts SPEC OUT.onnx [SEED]");
  const error = await exportOnnx(spec, out, Number(seed));
  console.log(`${out}: the ONNX logits are within ${error.toExponential(2)} (relative to max(1, max |logit|)) of mixc's reference`);
}
