// Weight files that are not safetensors, told apart by their bytes, each with
// the few lines of Python that turn it into a safetensors file of timm's
// tensor names. mixc reads none of them: loading a pickle can run code, and
// ONNX and TensorFlow files name (and often fold) their tensors their own way.

interface Format {
  what: string;
  advice: string;
}

/** What the file is and how to convert it, or null when its bytes match no format known here. */
export function otherFormat(bytes: Uint8Array, file: string): string | null {
  const format = recognise(bytes, file);
  return format && `this is ${format.what}, not a safetensors file. ${format.advice}`;
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const ZIP = ascii("PK\x03\x04");
const HDF5 = ascii("\x89HDF\r\n\x1a\n");
const NUMPY = ascii("\x93NUMPY");
const TFLITE = ascii("TFL3");
/** torch.save's legacy format opens with this magic number, pickled as a 10-byte long (protocol 2). */
const TORCH_LEGACY = ascii("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19");
/** The footer of a TensorFlow checkpoint's .index file (a LevelDB-format table), little-endian. */
const TF_INDEX_FOOTER = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];

const has = (bytes: Uint8Array, magic: number[], at = 0) => at >= 0 && at + magic.length <= bytes.length && magic.every((b, i) => bytes[at + i] === b);

function recognise(bytes: Uint8Array, file: string): Format | null {
  if (has(bytes, ZIP)) return zipArchive(bytes, file);
  if (has(bytes, TORCH_LEGACY)) return { what: "a PyTorch checkpoint in the legacy pickle format (torch.save before PyTorch 1.6)", advice: fromTorch(file) };
  if (bytes[0] === 0x80 && bytes[1]! >= 2 && bytes[1]! <= 5) return { what: `a Python pickle (protocol ${bytes[1]}), as a PyTorch checkpoint may be`, advice: fromTorch(file) };
  // An HDF5 file may open with a user block of 512, 1024, 2048... bytes; Keras writes none.
  if ([0, 512, 1024, 2048].some((at) => has(bytes, HDF5, at))) return { what: "an HDF5 file (Keras or TensorFlow .h5 weights)", advice: fromTensorFlow() };
  if (has(bytes, TFLITE, 4)) return { what: "a TensorFlow Lite model", advice: fromTensorFlow() };
  if (has(bytes, NUMPY)) return { what: "a NumPy array (.npy): one array, not a set of named tensors", advice: fromTimm("mixnet_m", "mixc reads a safetensors file of tensors named as timm names them.") };
  const proto = protobuf(bytes);
  if (proto) return proto;
  if (has(bytes, TF_INDEX_FOOTER, bytes.length - 8)) return { what: "a TensorFlow checkpoint index (.index)", advice: fromTensorFlow() };
  if (/\.data-\d+-of-\d+$/.test(file)) return { what: "(by its name) a shard of a TensorFlow checkpoint", advice: fromTensorFlow() };
  if (file.endsWith(".pb")) return { what: "(by its name) a protobuf file such as a TensorFlow graph", advice: fromTensorFlow() };
  return null;
}

const python = (lines: string[]) => lines.map((l) => `    ${l}`).join("\n");
const pyString = (text: string) => JSON.stringify(text); // JSON's escapes are valid in a Python string
const SAVE = 'save_file({k: v.contiguous().clone() for k, v in sd.items()}, "model.safetensors")';
const THEN = "then pass --weights model.safetensors.";

/** `load` is the Python line that reads the file into `sd`. */
function fromTorch(file: string, load = `sd = torch.load(${pyString(file)}, map_location="cpu", weights_only=True)  # weights_only=False runs the file's code: only for a file you trust`): string {
  return [
    "mixc never unpickles a file (loading a pickle can run code in it). Convert it once with Python, torch and safetensors:",
    python([
      "import torch",
      "from safetensors.torch import save_file",
      load,
      'sd = sd.get("state_dict", sd.get("model", sd))  # a training checkpoint keeps the weights under one of these keys',
      SAVE,
    ]),
    THEN,
  ].join("\n");
}

function fromTimm(model: string, why: string): string {
  return [
    `${why} Export the weights from timm instead, with Python, timm and safetensors:`,
    python(["import timm", "from safetensors.torch import save_file", `sd = timm.create_model("${model}", pretrained=True).state_dict()  # the timm model your spec describes`, SAVE]),
    THEN,
  ].join("\n");
}

const fromOnnx = () => fromTimm("mixnet_m", "An ONNX file's weights carry the exporter's names (such as onnx::Conv_841), often with BatchNorm folded into the convolutions, not timm's names.");

const fromTensorFlow = () =>
  fromTimm("tf_mixnet_m", "TensorFlow weights have TensorFlow's names and layouts, not timm's; timm has the TensorFlow-trained MixNets as tf_mixnet_s, tf_mixnet_m and tf_mixnet_l.");

function zipArchive(bytes: Uint8Array, file: string): Format {
  const names = zipEntryNames(bytes);
  const isTorch = names.some((n) => n === "data.pkl" || n.endsWith("/data.pkl"));
  if (isTorch && names.some((n) => n.endsWith("constants.pkl"))) {
    return { what: "a TorchScript archive (torch.jit.save)", advice: fromTorch(file, `sd = torch.jit.load(${pyString(file)}, map_location="cpu").state_dict()`) };
  }
  if (isTorch) return { what: "a PyTorch checkpoint (a zip archive holding data.pkl, as torch.save writes)", advice: fromTorch(file) };
  if (names.some((n) => n.endsWith(".weights.h5"))) return { what: "a Keras model archive (.keras)", advice: fromTensorFlow() };
  if (names.length && names.every((n) => n.endsWith(".npy"))) {
    const save = 'save_file({k: np.ascontiguousarray(v) for k, v in np.load(FILE).items()}, "model.safetensors")'.replace("FILE", pyString(file));
    return { what: "a NumPy archive (.npz)", advice: ["If its arrays carry timm's tensor names, convert it with Python, numpy and safetensors:", python(["import numpy as np", "from safetensors.numpy import save_file", save]), THEN].join("\n") };
  }
  const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? `, ... (${names.length} entries)` : "");
  return { what: `a zip archive${shown ? ` holding ${shown}` : ""}`, advice: fromTimm("mixnet_m", "mixc reads a safetensors file of tensors named as timm names them.") };
}

/** The entry names in a zip's central directory, else (a truncated or zip64 archive) the first entry's. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number, length: number) => new TextDecoder().decode(bytes.subarray(at, at + length));
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const names: string[] = [];
    let p = view.getUint32(at + 16, true);
    for (let i = view.getUint16(at + 10, true); i > 0 && p + 46 <= bytes.length && view.getUint32(p, true) === 0x02014b50; i--) {
      const length = view.getUint16(p + 28, true);
      if (p + 46 + length > bytes.length) break;
      names.push(text(p + 46, length));
      p += 46 + length + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    if (names.length) return names;
    break;
  }
  if (bytes.length < 30) return [];
  const length = view.getUint16(26, true);
  return bytes.length >= 30 + length ? [text(30, length)] : [];
}

/** ModelProto's fields and their wire types (0 varint, 2 length-delimited); writers emit them in field order, ir_version first. */
const ONNX_FIELDS: Record<number, number> = { 1: 0, 2: 2, 3: 2, 4: 2, 5: 0, 6: 2, 7: 2, 8: 2, 14: 2, 20: 2, 25: 2 };

interface Field {
  number: number;
  wire: number;
  value: number;
  payload: Uint8Array;
}

/** An ONNX model or a TensorFlow SavedModel, from the first fields of a protobuf message. */
function protobuf(bytes: Uint8Array): Format | null {
  if (bytes[0] !== 0x08) return null;
  const fields = topLevelFields(bytes, 8);
  if (fields.length < 2) return null;
  const version = fields[0]!.value;
  const text = (f: Field | undefined) => (f && f.payload.length <= 256 && f.payload.every((b) => b >= 0x20 && b < 0x7f) ? new TextDecoder().decode(f.payload) : null);
  const producer = fields.find((f) => f.number === 2);
  const onnx = fields.every((f) => ONNX_FIELDS[f.number] === f.wire) && (!producer || text(producer) !== null) && version >= 1 && version <= 100;
  if (onnx) {
    const by = text(producer);
    const byVersion = text(fields.find((f) => f.number === 3));
    return { what: `an ONNX model (IR version ${version}${by ? `, exported by ${by}${byVersion ? ` ${byVersion}` : ""}` : ""})`, advice: fromOnnx() };
  }
  // SavedModel: saved_model_schema_version = 1, then meta_graphs (field 2, a message).
  if (version === 1 && fields[1]!.number === 2 && fields[1]!.wire === 2) return { what: "a TensorFlow SavedModel (saved_model.pb)", advice: fromTensorFlow() };
  return null;
}

/** Up to `limit` top-level fields, stopping at the end or at bytes that are not a field. */
function topLevelFields(bytes: Uint8Array, limit: number): Field[] {
  const fields: Field[] = [];
  let at = 0;
  while (fields.length < limit && at < bytes.length) {
    const tag = varint(bytes, at);
    if (!tag) break;
    const number = Math.floor(tag.value / 8);
    const wire = tag.value % 8;
    const value = varint(bytes, tag.next);
    if (!value || (wire !== 0 && wire !== 2)) break;
    if (wire === 0) {
      fields.push({ number, wire, value: value.value, payload: new Uint8Array(0) });
      at = value.next;
    } else {
      // A field that runs past the end is kept, cut short: a truncated file still shows what it is.
      fields.push({ number, wire, value: value.value, payload: bytes.subarray(value.next, value.next + value.value) });
      at = value.next + value.value;
    }
  }
  return fields;
}

function varint(bytes: Uint8Array, at: number): { value: number; next: number } | null {
  let value = 0;
  for (let i = 0; i < 10 && at + i < bytes.length; i++) {
    value += (bytes[at + i]! & 0x7f) * 2 ** (7 * i);
    if (bytes[at + i]! < 0x80) return { value, next: at + i + 1 };
  }
  return null;
}
