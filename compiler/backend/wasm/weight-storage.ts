// Weights stored in fewer bits than the float32 the kernels read: float16, or
// int8 with one float32 scale per output channel (symmetric: w ~ q * scale,
// scale = max|w| / 127 over that channel). Kept values (biases) stay float32.
// The module's start function expands them (kernels/wasm/expand.ts);
// decodeWeights is the same expansion in TypeScript, bit for bit.
//   per block of a run: [kept float32] [int8: scales, float32] [matrix: f16 or int8]
import { UserError } from "../../errors.ts";
import { layoutFloats, type PackedLayout, type PackedRun, type StoredDtype } from "../../../kernels/wasm/packed.ts";

export const F16_MAX = 65504;

const float = new Float32Array(1);
const bits = new Uint32Array(float.buffer);

/** float32 -> IEEE half bits, rounded to nearest even (numpy's algorithm); |x| <= F16_MAX. */
export function toHalf(x: number): number {
  float[0] = x;
  const f = bits[0]!;
  const sign = (f >>> 16) & 0x8000;
  const exp = f & 0x7f800000;
  let sig = f & 0x007fffff;
  if (exp <= 0x38000000) {
    // A half subnormal (or zero): shift the significand, with its implicit bit, into place.
    if (exp < 0x33000000) return sign;
    sig = (sig + 0x00800000) >>> (113 - (exp >>> 23));
    // Bits shifted out (f & 0x7ff) make it more than a tie.
    if ((sig & 0x3fff) !== 0x1000 || f & 0x7ff) sig += 0x1000;
    return sign + (sig >>> 13);
  }
  if ((sig & 0x3fff) !== 0x1000) sig += 0x1000;
  // A carry out of the significand correctly bumps the exponent.
  return sign + ((exp - 0x38000000) >>> 13) + (sig >>> 13);
}

/** IEEE half bits -> its (exact) value. */
export function fromHalf(h: number): number {
  const exp = (h >>> 10) & 0x1f;
  const mag = exp === 0 ? (h & 0x3ff) * 2 ** -24 : (1 + (h & 0x3ff) / 1024) * 2 ** (exp - 15);
  return h & 0x8000 ? -mag : mag;
}

/** The output channel of the i-th weight of a run's matrix (row-major). */
const channelOf = (r: PackedRun, i: number) => (r.channel === "col" ? i % r.cols : Math.floor(i / r.cols));
const channels = (r: PackedRun) => (r.channel === "col" ? r.cols : r.rows);

/** One scale per output channel of the block of run `r` whose matrix starts at `at`: max|w| / 127, as float32 (0 for an all-zero channel). */
function channelScales(packed: Float32Array, at: number, r: PackedRun): Float32Array {
  const scales = new Float32Array(channels(r));
  for (let i = 0; i < r.rows * r.cols; i++) scales[channelOf(r, i)] = Math.max(scales[channelOf(r, i)]!, Math.abs(packed[at + i]!));
  return scales.map((m) => Math.fround(m / 127));
}

/** Symmetric rounding (half away from zero), clamped to the int8 range used. */
const quantize = (w: number, scale: number) => (scale === 0 ? 0 : Math.max(-127, Math.min(127, Math.sign(w) * Math.round(Math.abs(w) / scale))));

export function storedBytes(layout: PackedLayout, dtype: StoredDtype): number {
  return layout.reduce((n, r) => {
    const scales = dtype === "int8" ? channels(r) * 4 : 0;
    return n + r.blocks * (r.keep * 4 + scales + r.rows * r.cols * (dtype === "int8" ? 1 : 2));
  }, 0);
}

/** Stores one call's packed weights; `what` names the layer in errors. */
export function encodeWeights(packed: Float32Array, layout: PackedLayout, dtype: StoredDtype, what: string): Uint8Array {
  if (layoutFloats(layout) !== packed.length) throw new Error(`internal: ${what}: ${packed.length} packed floats, the layout describes ${layoutFloats(layout)}`);
  if (layout.some((r) => !(r.cols > 0 && r.cols % 4 === 0))) throw new Error(`internal: ${what}: a packed matrix's columns are not a positive multiple of 4`);
  const out = new DataView(new ArrayBuffer(storedBytes(layout, dtype)));
  let [src, dst] = [0, 0];
  for (const r of layout) {
    for (let b = 0; b < r.blocks; b++) {
      for (let i = 0; i < r.keep; i++, dst += 4) out.setFloat32(dst, packed[src++]!, true);
      const n = r.rows * r.cols;
      if (dtype === "f16") {
        for (let i = 0; i < n; i++, dst += 2) {
          const w = packed[src + i]!;
          if (Math.abs(w) > F16_MAX) throw new UserError(`${what}: weight ${w} (BatchNorm folded in) is beyond float16's range (|w| <= ${F16_MAX}); store the weights as f32 or int8 (--weights-dtype)`);
          out.setUint16(dst, toHalf(w), true);
        }
      } else {
        const scales = channelScales(packed, src, r);
        for (const s of scales) out.setFloat32((dst += 4) - 4, s, true);
        for (let i = 0; i < n; i++, dst++) out.setInt8(dst, quantize(packed[src + i]!, scales[channelOf(r, i)]!));
      }
      src += n;
    }
  }
  return new Uint8Array(out.buffer);
}

/** The float32 weights that expanding `stored` gives (the start function's result, in TypeScript). */
export function decodeWeights(stored: Uint8Array, layout: PackedLayout, dtype: StoredDtype): Float32Array {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength);
  const out = new Float32Array(layoutFloats(layout));
  let [src, dst] = [0, 0];
  for (const r of layout) {
    for (let b = 0; b < r.blocks; b++) {
      for (let i = 0; i < r.keep; i++, src += 4) out[dst++] = view.getFloat32(src, true);
      const n = r.rows * r.cols;
      if (dtype === "f16") {
        for (let i = 0; i < n; i++, src += 2) out[dst++] = fromHalf(view.getUint16(src, true));
      } else {
        const scaleAt = src;
        src += channels(r) * 4;
        for (let i = 0; i < n; i++, src++) out[dst++] = view.getInt8(src) * view.getFloat32(scaleAt + 4 * channelOf(r, i), true);
      }
    }
  }
  return out;
}
