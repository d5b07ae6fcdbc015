// The safetensors format: u64 little-endian header length, a JSON header
// {name: {dtype, shape, data_offsets: [begin, end]}, __metadata__?}, then the
// data. Every structural problem is reported, naming the tensor at fault.
import { UserError } from "../errors.ts";

export interface RawTensor {
  dtype: string;
  shape: number[];
  data: Float64Array;
}

const FLOAT_DTYPES: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2 };
const OTHER_DTYPES = ["I64", "I32", "I16", "I8", "U64", "U32", "U16", "U8", "BOOL", "F8_E4M3", "F8_E5M2"];

function decode(dtype: string, bytes: Uint8Array): Float64Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = FLOAT_DTYPES[dtype]!;
  const out = new Float64Array(bytes.byteLength / size);
  for (let i = 0; i < out.length; i++) {
    if (dtype === "F32") out[i] = view.getFloat32(i * 4, true);
    else if (dtype === "F64") out[i] = view.getFloat64(i * 8, true);
    else if (dtype === "BF16") out[i] = new Float32Array(new Uint32Array([view.getUint16(i * 2, true) << 16]).buffer)[0]!;
    else out[i] = halfToFloat(view.getUint16(i * 2, true));
  }
  return out;
}

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

export class WeightsError extends UserError {
  constructor(file: string, problems: string[]) {
    const shown = problems.slice(0, 40);
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : "";
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems with the weights:\n  ${shown.join("\n  ")}${more}`}`);
  }
}

/** Parses a safetensors file; float tensors of any width are widened to float64. */
export function readSafetensors(bytes: Uint8Array, file: string): Map<string, RawTensor> {
  const fail = (message: string): never => {
    throw new WeightsError(file, [message]);
  };
  if (bytes.byteLength < 8) fail(`not a safetensors file: ${bytes.byteLength} bytes, shorter than the 8-byte header length`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  if (headerLength > BigInt(bytes.byteLength - 8)) fail(`header length ${headerLength} is larger than the file (${bytes.byteLength} bytes): truncated or not a safetensors file`);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + Number(headerLength))));
  } catch (e) {
    fail(`the header is not valid JSON (${(e as Error).message})`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) return fail("the header is not a JSON object");
  const dataStart = 8 + Number(headerLength);
  const dataLength = bytes.byteLength - dataStart;
  const problems: string[] = [];
  const tensors = new Map<string, RawTensor>();
  const ranges: [number, number, string][] = [];
  for (const [name, entry] of Object.entries(header as Record<string, unknown>)) {
    if (name === "__metadata__") continue;
    const e = entry as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const shape = e.shape;
    const offsets = e.data_offsets;
    if (typeof e.dtype !== "string" || !Array.isArray(shape) || !Array.isArray(offsets) || offsets.length !== 2) {
      problems.push(`${name}: malformed header entry (needs dtype, shape and data_offsets [begin, end])`);
      continue;
    }
    if (!shape.every((d) => Number.isSafeInteger(d) && d >= 0) || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)) {
      problems.push(`${name}: shape and data_offsets must be non-negative integers`);
      continue;
    }
    const [begin, end] = offsets as [number, number];
    const size = FLOAT_DTYPES[e.dtype];
    if (!size) {
      problems.push(`${name}: dtype ${e.dtype} is ${OTHER_DTYPES.includes(e.dtype) ? "not a floating-point type" : "unknown"}; expected F32 (F16, BF16 and F64 are converted)`);
      continue;
    }
    const count = (shape as number[]).reduce((a, b) => a * b, 1);
    if (end < begin || end > dataLength) {
      problems.push(`${name}: data_offsets [${begin}, ${end}] lie outside the ${dataLength}-byte data section`);
      continue;
    }
    if (end - begin !== count * size) {
      problems.push(`${name}: ${end - begin} bytes of data for shape [${shape}] of ${e.dtype}, which needs ${count * size}`);
      continue;
    }
    ranges.push([begin, end, name]);
    tensors.set(name, { dtype: e.dtype, shape: shape as number[], data: decode(e.dtype, bytes.slice(dataStart + begin, dataStart + end)) });
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    const [prev, cur] = [ranges[i - 1]!, ranges[i]!];
    if (cur[0] < prev[1]) problems.push(`${cur[2]}: its data overlaps that of ${prev[2]}`);
  }
  if (problems.length) throw new WeightsError(file, problems);
  return tensors;
}

/** Writes tensors as a safetensors file (float32), e.g. for tests and exported weights. */
export function writeSafetensors(tensors: Map<string, { shape: number[]; data: ArrayLike<number> }>, metadata: Record<string, string> = {}): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  for (const [name, t] of tensors) {
    header[name] = { dtype: "F32", shape: t.shape, data_offsets: [offset, offset + t.data.length * 4] };
    offset += t.data.length * 4;
  }
  let json = JSON.stringify(header);
  json += " ".repeat((8 - (json.length % 8)) % 8);
  const headerBytes = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + headerBytes.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerBytes.length), true);
  out.set(headerBytes, 8);
  const data = new Float32Array(out.buffer, 8 + headerBytes.length, offset / 4);
  let at = 0;
  for (const t of tensors.values()) {
    data.set(Array.from(t.data), at);
    at += t.data.length;
  }
  return out;
}
