// The float32 initializers of an ONNX model (ModelProto.graph.initializer),
// read straight from the protobuf encoding: the GPU benchmark compiles mixc's
// bundle from the very tensors onnxruntime-web runs (timm's exports keep the
// state dict's names), so that one .onnx file is all a GPU machine needs.
const FLOAT = 1;

type Field = { field: number; value: number } | { field: number; bytes: Uint8Array };

/** Reads one varint of `b` at `at.p`, advancing it. */
function varint(b: Uint8Array, at: { p: number }): number {
  let value = 0;
  for (let scale = 1; ; scale *= 128) {
    const byte = b[at.p++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
  }
}

function* fields(b: Uint8Array): Generator<Field> {
  const at = { p: 0 };
  while (at.p < b.length) {
    const key = varint(b, at);
    const [field, wire] = [Math.floor(key / 8), key % 8];
    if (wire === 0) yield { field, value: varint(b, at) };
    else if (wire === 2) {
      const n = varint(b, at);
      yield { field, bytes: b.subarray(at.p, (at.p += n)) };
    } else if (wire === 1 || wire === 5) at.p += wire === 1 ? 8 : 4;
    else throw new Error(`ONNX: protobuf wire type ${wire} at byte ${at.p} is not supported`);
  }
}

/** A packed repeated varint field. */
function packed(b: Uint8Array): number[] {
  const at = { p: 0 };
  const out: number[] = [];
  while (at.p < b.length) out.push(varint(b, at));
  return out;
}

const embedded = (b: Uint8Array, field: number) => [...fields(b)].filter((f): f is { field: number; bytes: Uint8Array } => f.field === field && "bytes" in f).map((f) => f.bytes);

function tensor(b: Uint8Array): { name: string; shape: number[]; data: Float32Array } | undefined {
  let name = "";
  let [type, external] = [0, false];
  const shape: number[] = [];
  let bytes: Uint8Array | undefined;
  for (const f of fields(b)) {
    if ("value" in f) {
      if (f.field === 1) shape.push(f.value);
      if (f.field === 2) type = f.value;
      if (f.field === 14) external = f.value === 1; // data_location EXTERNAL
    } else if (f.field === 1) shape.push(...packed(f.bytes));
    else if (f.field === 8) name = new TextDecoder().decode(f.bytes);
    else if (f.field === 9 || f.field === 4) bytes = f.bytes; // raw_data, or packed float_data
  }
  if (type !== FLOAT) return undefined;
  if (external) throw new Error(`ONNX: initializer ${name} keeps its data outside the model (external data is not supported)`);
  return { name, shape, data: new Float32Array(new Uint8Array(bytes ?? []).buffer) };
}

/** name -> float32 tensor, for every float32 initializer of the model. */
export function onnxInitializers(model: Uint8Array): Map<string, { shape: number[]; data: Float32Array }> {
  const graph = embedded(model, 7)[0];
  if (!graph) throw new Error("ONNX: the model has no graph");
  const out = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const t of embedded(graph, 5).map(tensor)) if (t) out.set(t.name, t);
  return out;
}
