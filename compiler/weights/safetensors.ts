// The safetensors format: u64 little-endian header length, a JSON header
// {name: {dtype, shape, data_offsets: [begin, end]}, __metadata__?}, then the
// data. Every structural problem is reported, naming the tensor at fault.
import { UserError } from "../errors.ts";
import { otherFormat } from "./format.ts";

export interface RawTensor {
  dtype: string;
  shape: number[];
  data: Float64Array;
}

/** A tensor read for its name, dtype and shape only: an integer or boolean buffer such as num_batches_tracked, never a weight. */
export interface IntegerTensor {
  dtype: string;
  shape: number[];
}

const FLOAT_DTYPES: Record<string, number> = { F64: 8, F32: 4, F16: 2, BF16: 2 };
const INTEGER_DTYPES: Record<string, number> = { I64: 8, I32: 4, I16: 2, I8: 1, U64: 8, U32: 4, U16: 2, U8: 1, BOOL: 1 };
const FLOAT8_DTYPES = ["F8_E4M3", "F8_E5M2"];

function decode(dtype: string, bytes: Uint8Array): Float64Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = FLOAT_DTYPES[dtype]!;
  const out = new Float64Array(bytes.byteLength / size);
  // BF16 is the top half of a float32: widen it through one scratch word.
  const scratch = new DataView(new ArrayBuffer(4));
  for (let i = 0; i < out.length; i++) {
    if (dtype === "F32") out[i] = view.getFloat32(i * 4, true);
    else if (dtype === "F64") out[i] = view.getFloat64(i * 8, true);
    else if (dtype === "BF16") out[i] = (scratch.setUint16(0, view.getUint16(i * 2, true)), scratch.getFloat32(0));
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

/** A JSON value as a reader would call it: "null", "an array", "a string", ... */
function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** What is wrong with a header entry's fields, or nothing; names every bad field so one reading fixes them all. */
function entryFieldProblems(entry: unknown): string[] {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return [`the entry is ${jsonKind(entry)}, not an object`];
  const e = entry as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
  const found = (v: unknown) => (v === undefined ? "missing" : JSON.stringify(v));
  const counts = (v: unknown) => Array.isArray(v) && v.every((d) => Number.isSafeInteger(d) && d >= 0);
  const problems: string[] = [];
  if (typeof e.dtype !== "string") problems.push(`dtype ${found(e.dtype)} (needs a string such as "F32")`);
  if (!counts(e.shape)) problems.push(`shape ${found(e.shape)} (needs a list of non-negative integers below 2^53)`);
  if (!counts(e.data_offsets) || (e.data_offsets as number[]).length !== 2) problems.push(`data_offsets ${found(e.data_offsets)} (needs [begin, end], non-negative integers below 2^53)`);
  return problems;
}

/** The JSON header and where the data section starts, or a WeightsError. */
function readHeader(bytes: Uint8Array, file: string): { header: Record<string, unknown>; dataStart: number } {
  const fail = (message: string): never => {
    throw new WeightsError(file, [message]);
  };
  // A safetensors header is a JSON object: its '{' comes straight after the length.
  const other = bytes[8] === 0x7b ? null : otherFormat(bytes, file);
  if (other) fail(other);
  if (bytes.byteLength < 8) fail(`not a safetensors file: ${bytes.byteLength} bytes, shorter than the 8-byte header length`);
  // Compared as a BigInt: a garbage length near 2^64 must not be rounded before the check.
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
  if (headerLength > BigInt(bytes.byteLength - 8)) fail(`header length ${headerLength} is larger than the file (${bytes.byteLength} bytes): truncated or not a safetensors file`);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + Number(headerLength))));
  } catch (e) {
    fail(`the header is not valid JSON (${(e as Error).message}): not a safetensors file`);
  }
  if (jsonKind(header) !== "an object") return fail(`the header is ${jsonKind(header)}, not a JSON object of tensors`);
  return { header: header as Record<string, unknown>, dataStart: 8 + Number(headerLength) };
}

/** The header's `__metadata__` (an empty object where the file has none). */
export function readSafetensorsMetadata(bytes: Uint8Array, file: string): Record<string, unknown> {
  const metadata = readHeader(bytes, file).header.__metadata__ ?? {};
  if (jsonKind(metadata) !== "an object") throw new WeightsError(file, [`__metadata__ is ${jsonKind(metadata)}, not an object`]);
  return metadata as Record<string, unknown>;
}

/** Parses a safetensors file; float tensors of any width are widened to float64, and any other dtype is an error. */
export function readSafetensors(bytes: Uint8Array, file: string): Map<string, RawTensor> {
  return parse(bytes, file, false).tensors;
}

/** Parses a safetensors file as readSafetensors does, but integer and boolean tensors are checked and listed, not refused. */
export function readAllTensors(bytes: Uint8Array, file: string): { tensors: Map<string, RawTensor>; integers: Map<string, IntegerTensor> } {
  return parse(bytes, file, true);
}

function parse(bytes: Uint8Array, file: string, keepIntegers: boolean): { tensors: Map<string, RawTensor>; integers: Map<string, IntegerTensor> } {
  const { header, dataStart } = readHeader(bytes, file);
  const dataLength = bytes.byteLength - dataStart;
  const problems: string[] = [];
  const tensors = new Map<string, RawTensor>();
  const integers = new Map<string, IntegerTensor>();
  const ranges: [number, number, string][] = [];
  for (const [name, entry] of Object.entries(header)) {
    if (name === "__metadata__") continue;
    const fieldProblems = entryFieldProblems(entry);
    if (fieldProblems.length) {
      problems.push(`${name}: malformed header entry: ${fieldProblems.join("; ")}`);
      continue;
    }
    const e = entry as { dtype: string; shape: number[]; data_offsets: [number, number] };
    const [begin, end] = e.data_offsets;
    const size = FLOAT_DTYPES[e.dtype] ?? (keepIntegers ? INTEGER_DTYPES[e.dtype] : undefined);
    if (!size) {
      problems.push(`${name}: dtype ${e.dtype} is ${dtypeKind(e.dtype)}; expected F32 (F16, BF16 and F64 are converted)`);
      continue;
    }
    if (end < begin) {
      problems.push(`${name}: data_offsets [${begin}, ${end}] end before they begin`);
      continue;
    }
    if (end > dataLength) {
      problems.push(`${name}: data_offsets [${begin}, ${end}] reach past the end of the ${dataLength}-byte data section (truncated file?)`);
      continue;
    }
    // Never allocates by the shape: the byte count must match data that is really there.
    const needed = e.shape.reduce((a, b) => a * b, 1) * size;
    if (end - begin !== needed) {
      problems.push(`${name}: ${end - begin} bytes of data for shape [${e.shape}] of ${e.dtype}, which needs ${Number.isSafeInteger(needed) ? needed : "more than 2^53"}`);
      continue;
    }
    ranges.push([begin, end, name]);
    if (FLOAT_DTYPES[e.dtype]) tensors.set(name, { dtype: e.dtype, shape: e.shape, data: decode(e.dtype, bytes.subarray(dataStart + begin, dataStart + end)) });
    else integers.set(name, { dtype: e.dtype, shape: e.shape });
  }
  problems.push(...overlaps(ranges));
  if (problems.length) throw new WeightsError(file, problems);
  return { tensors, integers };
}

function dtypeKind(dtype: string): string {
  if (INTEGER_DTYPES[dtype]) return "not a floating-point type";
  return FLOAT8_DTYPES.includes(dtype) ? "an 8-bit float, which mixc does not read" : "unknown";
}

/** Tensors whose data share bytes with an earlier one (by begin); empty tensors own no bytes. */
function overlaps(ranges: [number, number, string][]): string[] {
  const problems: string[] = [];
  const sorted = ranges.filter(([b, e]) => e > b).sort((a, b) => a[0] - b[0]);
  // Compared against the range that reaches furthest, not just the previous one:
  // a long tensor can cover several short ones that follow it.
  let furthest: [number, number, string] | undefined;
  for (const cur of sorted) {
    if (furthest && cur[0] < furthest[1]) problems.push(`${cur[2]}: its data [${cur[0]}, ${cur[1]}] overlaps that of ${furthest[2]} [${furthest[0]}, ${furthest[1]}]`);
    if (!furthest || cur[1] > furthest[1]) furthest = cur;
  }
  return problems;
}

/** Writes tensors as a safetensors file (float32), e.g. for tests and exported weights. */
export function writeSafetensors(tensors: Map<string, { shape: number[]; data: ArrayLike<number> }>, metadata: Record<string, string> = {}): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  for (const [name, t] of tensors) {
    header[name] = { dtype: "F32", shape: t.shape, data_offsets: [offset, offset + t.data.length * 4] };
    offset += t.data.length * 4;
  }
  // Padded in bytes, not characters: a non-ASCII name would otherwise misalign the data.
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerLength = json.length + ((8 - (json.length % 8)) % 8);
  const out = new Uint8Array(8 + headerLength + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(headerLength), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length, 8 + headerLength);
  let at = 8 + headerLength;
  for (const t of tensors.values()) {
    for (let i = 0; i < t.data.length; i++, at += 4) view.setFloat32(at, t.data[i]!, true);
  }
  return out;
}
