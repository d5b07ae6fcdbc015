// Files that are not safetensors are recognised by their bytes, and the error
// names the file, says what it is and gives the Python that converts it;
// bytes that only look alike are still read as safetensors.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCheckpoint } from "../../compiler/weights/checkpoint.ts";
import { checkpointLabels } from "../../compiler/weights/labels.ts";
import { readSafetensors } from "../../compiler/weights/safetensors.ts";
import { hasShared, SHARED } from "../shared.ts";
import { f32Bytes, rawFile, tinyGraph, weightsError } from "./fixtures.ts";

const FILES = `${import.meta.dirname}/files`;
const bytes = (...parts: (string | number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : [...p])));
/** The error loadCheckpoint gives for `data` read from `file`. */
const refusal = (data: Uint8Array, file: string) => weightsError(() => loadCheckpoint(tinyGraph(), data, file), file);

const TORCH_ADVICE = (file: string, load = `sd = torch.load("${file}", map_location="cpu", weights_only=True)  # weights_only=False runs the file's code: only for a file you trust`) =>
  [
    "mixc never unpickles a file (loading a pickle can run code in it). Convert it once with Python, torch and safetensors:",
    "    import torch",
    "    from safetensors.torch import save_file",
    `    ${load}`,
    '    sd = sd.get("state_dict", sd.get("model", sd))  # a training checkpoint keeps the weights under one of these keys',
    '    save_file({k: v.contiguous().clone() for k, v in sd.items()}, "model.safetensors")',
    "then pass --weights model.safetensors.",
  ].join("\n");

const TIMM_ADVICE = (model: string) =>
  [
    "    import timm",
    "    from safetensors.torch import save_file",
    `    sd = timm.create_model("${model}", pretrained=True).state_dict()  # the timm model your spec describes`,
    '    save_file({k: v.contiguous().clone() for k, v in sd.items()}, "model.safetensors")',
    "then pass --weights model.safetensors.",
  ].join("\n");

const ONNX_WHY = "An ONNX file's weights carry the exporter's names (such as onnx::Conv_841), often with BatchNorm folded into the convolutions, not timm's names.";
const TF_WHY = "TensorFlow weights have TensorFlow's names and layouts, not timm's; timm has the TensorFlow-trained MixNets as tf_mixnet_s, tf_mixnet_m and tf_mixnet_l.";
const TF_ADVICE = `${TF_WHY} Export the weights from timm instead, with Python, timm and safetensors:\n${TIMM_ADVICE("tf_mixnet_m")}`;

/** A zip archive of stored (uncompressed) entries, with its central directory, as zip tools write one. */
function zip(names: string[]): Uint8Array {
  const u16 = (v: number) => [v & 0xff, v >> 8];
  const u32 = (v: number) => [...u16(v & 0xffff), ...u16(v >>> 16)];
  const local: number[] = [];
  const central: number[] = [];
  for (const name of names) {
    const offset = local.length;
    local.push(...bytes("PK\x03\x04", u16(20), u16(0), u16(0), u32(0), u32(0), u32(0), u32(0), u16(name.length), u16(0), name));
    central.push(...bytes("PK\x01\x02", u16(20), u16(20), u16(0), u16(0), u32(0), u32(0), u32(0), u32(0), u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name));
  }
  return bytes(local, central, "PK\x05\x06", u16(0), u16(0), u16(names.length), u16(names.length), u32(central.length), u32(local.length), u16(0));
}

describe("PyTorch files", () => {
  it("a state_dict from torch.save (a zip archive), as made by test/weights/files/make.py", () => {
    const file = `${FILES}/state-dict.pth`;
    expect(refusal(readFileSync(file), file)).toBe(`${file}: this is a PyTorch checkpoint (a zip archive holding data.pkl, as torch.save writes), not a safetensors file. ${TORCH_ADVICE(file)}`);
  });

  it("a state_dict in the legacy pickle format", () => {
    const file = `${FILES}/legacy.pth`;
    expect(refusal(readFileSync(file), file)).toBe(`${file}: this is a PyTorch checkpoint in the legacy pickle format (torch.save before PyTorch 1.6), not a safetensors file. ${TORCH_ADVICE(file)}`);
  });

  it("a TorchScript archive, whose data.pkl is not its first entry", () => {
    const file = `${FILES}/scripted.pt`;
    expect(refusal(readFileSync(file), file)).toBe(`${file}: this is a TorchScript archive (torch.jit.save), not a safetensors file. ${TORCH_ADVICE(file, `sd = torch.jit.load("${file}", map_location="cpu").state_dict()`)}`);
  });

  it("a torch zip cut short (no central directory) is still known by its first entry", () => {
    const file = "pytorch_model.bin";
    expect(refusal(readFileSync(`${FILES}/state-dict.pth`).subarray(0, 200), file)).toContain(`${file}: this is a PyTorch checkpoint (a zip archive holding data.pkl`);
  });

  it("any other pickle, by its protocol header", () => {
    const message = refusal(bytes([0x80, 0x04, 0x95], new Uint8Array(20)), "model.pkl");
    expect(message).toBe(`model.pkl: this is a Python pickle (protocol 4), as a PyTorch checkpoint may be, not a safetensors file. ${TORCH_ADVICE("model.pkl")}`);
  });

  it("puts the file's path into the Python as a valid string literal", () => {
    const file = 'C:\\ckpt\\my "best".pth';
    expect(refusal(readFileSync(`${FILES}/legacy.pth`), file)).toContain(`torch.load("C:\\\\ckpt\\\\my \\"best\\".pth", map_location="cpu"`);
  });
});

describe("ONNX", () => {
  it("a real ONNX export of MixNet-S", { skip: !hasShared }, () => {
    const file = `${SHARED}/onnx/mixnet_s.onnx`;
    expect(refusal(readFileSync(file), file)).toBe(
      `${file}: this is an ONNX model (IR version 7, exported by pytorch 1.13.0), not a safetensors file. ${ONNX_WHY} Export the weights from timm instead, with Python, timm and safetensors:\n${TIMM_ADVICE("mixnet_m")}`,
    );
  });

  it("ModelProto's first fields: ir_version, producer_name, producer_version, graph", () => {
    const model = bytes([0x08, 0x08, 0x12, 0x07], "pytorch", [0x1a, 0x05], "2.1.0", [0x3a, 0x04, 0x0a, 0x02, 0x0a, 0x00], [0x42, 0x02, 0x10, 0x11]);
    expect(refusal(model, "m.onnx")).toContain("m.onnx: this is an ONNX model (IR version 8, exported by pytorch 2.1.0), not a safetensors file.");
  });

  it("without a producer, and cut off inside the graph", () => {
    expect(refusal(bytes([0x08, 0x07, 0x3a, 0x80, 0x80, 0x10, 0x0a], new Uint8Array(30)), "m.onnx")).toContain("m.onnx: this is an ONNX model (IR version 7), not a safetensors file.");
    expect(refusal(bytes([0x08, 0x09, 0x12, 0x04], "tf2o", [0x3a, 0xff, 0x7f]), "x")).toContain("x: this is an ONNX model (IR version 9, exported by tf2o), not");
  });
});

describe("TensorFlow, Keras and NumPy files", () => {
  it("HDF5 (Keras .h5), at the start or after a 512-byte user block", () => {
    const hdf5 = bytes("\x89HDF\r\n\x1a\n", new Uint8Array(40));
    expect(refusal(hdf5, "w.h5")).toBe(`w.h5: this is an HDF5 file (Keras or TensorFlow .h5 weights), not a safetensors file. ${TF_ADVICE}`);
    expect(refusal(bytes(new Uint8Array(512), hdf5), "w.h5")).toContain("w.h5: this is an HDF5 file");
  });

  it("TensorFlow Lite, by TFL3 at offset 4", () => {
    expect(refusal(bytes([0x1c, 0, 0, 0], "TFL3", new Uint8Array(24)), "m.tflite")).toBe(`m.tflite: this is a TensorFlow Lite model, not a safetensors file. ${TF_ADVICE}`);
  });

  it("a SavedModel: schema version 1, then a MetaGraphDef message", () => {
    expect(refusal(bytes([0x08, 0x01, 0x12, 0x06, 0x0a, 0x04, 0x12, 0x02, 0x08, 0x01]), "saved_model.pb")).toContain("saved_model.pb: this is a TensorFlow SavedModel (saved_model.pb), not a safetensors file.");
  });

  it("a checkpoint's .index (a table with LevelDB's footer), and its data shards by name", () => {
    const index = bytes(new Uint8Array(40), [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
    expect(refusal(index, "model.ckpt.index")).toBe(`model.ckpt.index: this is a TensorFlow checkpoint index (.index), not a safetensors file. ${TF_ADVICE}`);
    expect(refusal(new Uint8Array(64).fill(0xab), "model.ckpt.data-00000-of-00001")).toContain("this is (by its name) a shard of a TensorFlow checkpoint, not a safetensors file.");
    expect(refusal(bytes([0x0a, 0x10], new Uint8Array(20)), "frozen.pb")).toContain("frozen.pb: this is (by its name) a protobuf file such as a TensorFlow graph");
  });

  it("a Keras 3 archive (.keras)", () => {
    expect(refusal(zip(["metadata.json", "config.json", "model.weights.h5"]), "m.keras")).toBe(`m.keras: this is a Keras model archive (.keras), not a safetensors file. ${TF_ADVICE}`);
  });

  it("NumPy: an .npz archive of named arrays, and a single .npy array", () => {
    expect(refusal(zip(["conv_stem.weight.npy", "bn1.weight.npy"]), "w.npz")).toBe(
      [
        "w.npz: this is a NumPy archive (.npz), not a safetensors file. If its arrays carry timm's tensor names, convert it with Python, numpy and safetensors:",
        "    import numpy as np",
        "    from safetensors.numpy import save_file",
        '    save_file({k: np.ascontiguousarray(v) for k, v in np.load("w.npz").items()}, "model.safetensors")',
        "then pass --weights model.safetensors.",
      ].join("\n"),
    );
    expect(refusal(bytes("\x93NUMPY", [1, 0, 0x76, 0], "{'descr': '<f4'"), "w.npy")).toContain("w.npy: this is a NumPy array (.npy): one array, not a set of named tensors, not a safetensors file.");
  });

  it("any other zip archive, naming its first entries", () => {
    expect(refusal(zip(["a.txt", "b.bin", "c", "d"]), "w.zip")).toContain("w.zip: this is a zip archive holding a.txt, b.bin, c, ... (4 entries), not a safetensors file. mixc reads a safetensors file of tensors named as timm names them.");
  });
});

describe("what is still read as safetensors", () => {
  it("a header length whose bytes look like a pickle (0x80 0x02) is a safetensors file: its header starts with '{'", () => {
    const header = { w: { dtype: "F32", shape: [1], data_offsets: [0, 4] } };
    const json = JSON.stringify(header).padEnd(0x0280, " ");
    const file = rawFile(json, f32Bytes([2.5]));
    expect([...file.subarray(0, 2)]).toEqual([0x80, 0x02]);
    expect([...readSafetensors(file, "w.safetensors").get("w")!.data]).toEqual([2.5]);
  });

  it("bytes that match no known format keep today's precise errors", () => {
    expect(refusal(new Uint8Array(64).fill(0xab), "w.bin")).toContain("w.bin: header length 12370169555311111083 is larger than the file (64 bytes): truncated or not a safetensors file");
    expect(refusal(bytes([4, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x02, 0xff, 0xfe]), "w.bin")).toContain("the header is not valid JSON");
    expect(refusal(new Uint8Array(3), "w.bin")).toBe("w.bin: not a safetensors file: 3 bytes, shorter than the 8-byte header length");
  });

  it("the labels reader (the header's metadata) recognises them too", () => {
    const file = `${FILES}/legacy.pth`;
    expect(weightsError(() => checkpointLabels(readFileSync(file), file, 10), file)).toContain(`${file}: this is a PyTorch checkpoint in the legacy pickle format`);
  });
});
