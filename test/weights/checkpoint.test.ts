// loadCheckpoint: a state_dict as PyTorch saves it (integer buffers, a
// wrapper's prefix) loads, with one note per thing forgiven; anything else is
// the same WeightsError bindWeights gives, with hints where names differ.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bindWeights } from "../../compiler/weights/bind.ts";
import { loadCheckpoint } from "../../compiler/weights/checkpoint.ts";
import { findPrefix } from "../../compiler/weights/prefix.ts";
import { readSafetensors, writeSafetensors } from "../../compiler/weights/safetensors.ts";
import { seededWeights } from "../../compiler/weights/seeded.ts";
import { fixture, hasShared } from "../shared.ts";
import { f32Bytes, FILE, graphOf, i64Scalar, problemLines, rawFile, seededTensors, stateDict, tinyGraph, typedFile, weightsError, type TypedTensor } from "./fixtures.ts";

const load = (bytes: Uint8Array) => loadCheckpoint(tinyGraph(), bytes, FILE);
const PARAMS = 42; // tinyGraph's parameters
const BATCHNORMS = 7;

describe("loadCheckpoint: what it forgives", () => {
  it("a clean checkpoint loads as bindWeights loads it, with no notes", () => {
    const bytes = writeSafetensors(seededTensors(tinyGraph()));
    const { weights, notes } = load(bytes);
    expect(weights).toEqual(bindWeights(tinyGraph(), readSafetensors(bytes, FILE), FILE));
    expect(notes).toEqual([]);
  });

  it("skips num_batches_tracked (I64), saying how many", () => {
    const { weights, notes } = load(typedFile(stateDict(tinyGraph())));
    expect(weights).toEqual(seededWeights(tinyGraph(), 7));
    expect(notes).toEqual([`${FILE}: skipped ${BATCHNORMS} integer buffers (num_batches_tracked)`]);
  });

  it("names each kind of buffer skipped, and says boolean where there is one", () => {
    const extra: [string, TypedTensor][] = [
      ["embed.position_ids", { dtype: "I32", shape: [2], bytes: new Uint8Array(8) }],
      ["mask.valid", { dtype: "BOOL", shape: [3], bytes: new Uint8Array(3) }],
      ["bn1.num_batches_tracked", i64Scalar(0)],
    ];
    const { notes } = load(typedFile([...stateDict(tinyGraph()).filter(([n]) => !n.endsWith("num_batches_tracked")), ...extra]));
    expect(notes).toEqual([`${FILE}: skipped 3 integer or boolean buffers (position_ids, valid, num_batches_tracked)`]);
  });

  it.each(["module.", "model.", "_orig_mod.", "_orig_mod.module.", "backbone.net."])("strips the prefix %s that every name has, saying so", (prefix) => {
    const { weights, notes } = load(typedFile(stateDict(tinyGraph(), prefix)));
    expect(weights).toEqual(seededWeights(tinyGraph(), 7));
    expect(notes).toEqual([`${FILE}: stripped the prefix '${prefix}' from ${PARAMS + BATCHNORMS} tensor names`, `${FILE}: skipped ${BATCHNORMS} integer buffers (num_batches_tracked)`]);
  });

  it("strips a prefix from a checkpoint with no buffers too", () => {
    const prefixed = new Map([...seededTensors(tinyGraph())].map(([n, t]) => [`module.${n}`, t]));
    expect(load(writeSafetensors(prefixed)).notes).toEqual([`${FILE}: stripped the prefix 'module.' from ${PARAMS} tensor names`]);
  });

  it("a real MixNet-S checkpoint, saved as module.state_dict() with its buffers, gives the same weights", { skip: !hasShared }, () => {
    const graph = graphOf(readFileSync("specs/mixnet-s.mix", "utf8"), "specs/mixnet-s.mix");
    const file = fixture("mixnet_s").weights;
    const original = readSafetensors(readFileSync(file), file);
    const { weights, notes } = loadCheckpoint(graph, typedFile(stateDict(graph, "module.", original)), "mixnet_s.safetensors");
    // Compared as bytes: toEqual takes half a minute over 4 million values.
    const expected = bindWeights(graph, original, file);
    expect([...weights.keys()]).toEqual([...expected.keys()]);
    const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    for (const [name, data] of expected) expect(bytes(weights.get(name)!).equals(bytes(data)), name).toBe(true);
    const batchnorms = graph.ops.filter((op) => op.op === "batchnorm").length;
    expect(notes).toEqual([`mixnet_s.safetensors: stripped the prefix 'module.' from ${original.size + batchnorms} tensor names`, `mixnet_s.safetensors: skipped ${batchnorms} integer buffers (num_batches_tracked)`]);
  });
});

describe("loadCheckpoint: what it does not forgive", () => {
  it("an integer tensor named as a parameter is an error naming it (and the buffers are not mentioned)", () => {
    const entries = stateDict(tinyGraph()).map(([n, t]): [string, TypedTensor] => (n === "bn1.running_mean" ? [n, { dtype: "I64", shape: [8], bytes: new Uint8Array(64) }] : [n, t]));
    expect(weightsError(() => load(typedFile(entries)))).toBe(
      `${FILE}: tensor bn1.running_mean has dtype I64, not a floating-point type, but it is a parameter of the network: expected F32 (F16, BF16 and F64 are converted)`,
    );
  });

  it("a prefix that some names lack is not stripped, and the error says why", () => {
    const entries = stateDict(tinyGraph()).map(([n, t]): [string, TypedTensor] => [n.startsWith("classifier.") ? n : `module.${n}`, t]);
    const message = weightsError(() => load(typedFile(entries)));
    expect(message.split("\n")[0]).toBe(`${FILE}: 2 problems with the weights:`);
    expect(problemLines(message)[0]).toBe(
      "40 missing parameters are in the file under the prefix 'module.' (such as module.conv_stem.weight), but 2 names do not start with it (such as classifier.weight); mixc strips a prefix only when every name has it",
    );
    expect(problemLines(message)[1]).toBe("the tensor names do not match the network's: 2 of the 42 parameters of 'tiny' are in the file");
  });

  it("a prefix most names lack: the mismatched tensors are listed, after the hint", () => {
    const prefixed = new Set(["bn1.weight", "bn1.bias", "classifier.weight"]);
    const tensors = new Map([...seededTensors(tinyGraph())].map(([n, t]) => [prefixed.has(n) ? `model.${n}` : n, t]));
    const lines = problemLines(weightsError(() => load(writeSafetensors(tensors))));
    expect(lines).toEqual([
      "3 missing parameters are in the file under the prefix 'model.' (such as model.bn1.weight), but 39 names do not start with it (such as conv_stem.weight); mixc strips a prefix only when every name has it",
      "missing tensor bn1.weight: expected shape [8]",
      "missing tensor bn1.bias: expected shape [8]",
      "missing tensor classifier.weight: expected shape [10,32]",
      "unexpected tensor model.bn1.weight [8]: the network 'tiny' has no such parameter",
      "unexpected tensor model.bn1.bias [8]: the network 'tiny' has no such parameter",
      "unexpected tensor model.classifier.weight [10,32]: the network 'tiny' has no such parameter",
    ]);
  });

  it("a prefix whose removal matches nothing is kept: the names shown are the file's", () => {
    const other = new Map([...seededTensors(tinyGraph())].map(([n, t]) => [`module.${n.replaceAll(".", "_")}`, t]));
    const lines = weightsError(() => load(writeSafetensors(other))).split("\n");
    expect(lines[0]).toBe(`${FILE}: the tensor names do not match the network's: 0 of the 42 parameters of 'tiny' are in the file`);
    expect(lines[2]).toBe("    the file has instead: module.conv_stem_weight [8,3,3,3], module.bn1_weight [8], module.bn1_bias [8], module.bn1_running_mean [8], ... (42 in all)");
  });

  it("after stripping a prefix, other problems are named as the network names them, and the error says so", () => {
    const entries = stateDict(tinyGraph(), "module.").map(([n, t]): [string, TypedTensor] => (n === "module.classifier.bias" ? [n, { dtype: "F32", shape: [11], bytes: f32Bytes(new Array(11).fill(0)) }] : [n, t]));
    expect(weightsError(() => load(typedFile(entries)), `${FILE} (names without their prefix 'module.')`)).toBe(
      `${FILE} (names without their prefix 'module.'): tensor classifier.bias has shape [11], expected [10]`,
    );
  });

  it("NaN and unexpected tensors are still errors; integer buffers are not among them", () => {
    const entries = stateDict(tinyGraph());
    entries.push(["head.extra", { dtype: "F32", shape: [1], bytes: f32Bytes([1]) }]);
    entries[0] = ["conv_stem.weight", { ...entries[0]![1], bytes: f32Bytes(new Array(216).fill(NaN)) }];
    expect(problemLines(weightsError(() => load(typedFile(entries))))).toEqual([
      "tensor conv_stem.weight holds 216 NaN or infinite values of 216 (the first, at index 0, is NaN)",
      "unexpected tensor head.extra [1]: the network 'tiny' has no such parameter",
    ]);
  });

  it("a corrupt file gets the same precise errors as before, integer tensors included", () => {
    const good = typedFile(stateDict(tinyGraph()));
    expect(weightsError(() => load(good.slice(0, good.length - 4)))).toContain("reach past the end of the");
    const header = { "bn1.num_batches_tracked": { dtype: "I64", shape: [], data_offsets: [0, 4] } };
    expect(weightsError(() => load(rawFile(header, new Uint8Array(4))))).toBe(`${FILE}: bn1.num_batches_tracked: 4 bytes of data for shape [] of I64, which needs 8`);
  });
});

describe("findPrefix", () => {
  const params = new Set(["conv.weight", "bn.weight", "bn.bias"]);

  it("finds nothing when the names already match, or when nothing would", () => {
    expect(findPrefix(["conv.weight", "bn.weight"], params)).toEqual({ prefix: "", partial: null });
    expect(findPrefix(["a.x", "a.y"], params)).toEqual({ prefix: "", partial: null });
    expect(findPrefix([], params)).toEqual({ prefix: "", partial: null });
  });

  it("does not strip when the names match already, even if they share a first part", () => {
    const nested = new Set(["model.conv.weight", "model.bn.weight"]);
    expect(findPrefix(["model.conv.weight", "model.bn.weight"], nested).prefix).toBe("");
  });

  it("takes the prefix that makes the most names match, of those every name has", () => {
    expect(findPrefix(["_orig_mod.module.conv.weight", "_orig_mod.module.bn.weight", "_orig_mod.module.bn.num_batches_tracked"], params)).toEqual({ prefix: "_orig_mod.module.", partial: null });
  });
});
