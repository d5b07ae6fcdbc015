// Property-based fuzzing of checkpoint reading and binding: a valid checkpoint
// of the test network, damaged at random (bits flipped anywhere, the file cut,
// numbers in the header replaced by out-of-range values, the header length
// changed, bytes appended). Whatever the damage, readSafetensors then
// bindWeights either give the network's weights or throw one WeightsError
// naming the file; never another exception, never an allocation by a size the
// file does not back (a huge length or shape would run out of memory here).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bindWeights } from "../../compiler/weights/bind.ts";
import { readSafetensors, WeightsError } from "../../compiler/weights/safetensors.ts";
import { FUZZ_SEED } from "../fuzz-seed.ts";
import { FILE, tinyCheckpoint, tinyGraph } from "./fixtures.ts";

const original = tinyCheckpoint();
const graph = tinyGraph();
const headerEnd = 8 + Number(new DataView(original.buffer).getBigUint64(0, true));

type Damage = (file: Uint8Array) => Uint8Array;

/** The header's JSON text with one number replaced, the length field kept or fixed. */
const renumber = (nth: number, value: string, fixLength: boolean): Damage => (file) => {
  if (file.length < headerEnd) return file;
  const json = new TextDecoder().decode(file.subarray(8, headerEnd));
  const numbers = [...json.matchAll(/\d+/g)];
  if (!numbers.length) return file;
  const m = numbers[nth % numbers.length]!;
  const edited = new TextEncoder().encode(json.slice(0, m.index) + value + json.slice(m.index! + m[0].length));
  const out = new Uint8Array(8 + edited.length + (file.length - headerEnd));
  new DataView(out.buffer).setBigUint64(0, BigInt(fixLength ? edited.length : headerEnd - 8), true);
  out.set(edited, 8);
  out.set(file.subarray(headerEnd), 8 + edited.length);
  return out;
};

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(([at, bit]) => (file: Uint8Array) => {
    if (!file.length) return file;
    const copy = file.slice();
    copy[at % copy.length]! ^= 1 << bit;
    return copy;
  }),
  fc.nat().map((n) => (file: Uint8Array) => file.slice(0, n % file.length)),
  fc.tuple(fc.nat(), fc.constantFrom("18446744073709551615", "9007199254740993", "4294967296", "1e300", "-1", "0.5", "0", "99999999999999999999999"), fc.boolean()).map(([n, v, fix]) => renumber(n, v, fix)),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((length) => (file: Uint8Array) => {
    if (file.length < 8) return file;
    const copy = file.slice();
    new DataView(copy.buffer).setBigUint64(0, length, true);
    return copy;
  }),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((extra) => (file: Uint8Array) => new Uint8Array([...file, ...extra])),
);

describe("checkpoint fuzzing: a WeightsError or the weights, nothing else", () => {
  it("2,000 damaged copies of a valid checkpoint", () => {
    console.log(`weights fuzz: seed ${FUZZ_SEED}`);
    let bound = 0;
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const file = damages.reduce((f, d) => d(f), original);
        try {
          const weights = bindWeights(graph, readSafetensors(file, FILE), FILE);
          expect(weights.size).toBe(graph.params.length);
          bound++;
        } catch (e) {
          if (!(e instanceof WeightsError)) throw e;
          expect(e.message.startsWith(`${FILE}: `)).toBe(true);
          expect(e.message).not.toMatch(/\bundefined\b|\[object /);
        }
      }),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
    // Some damage is harmless (appended bytes, a flipped bit in a mantissa): the oracle has both sides.
    expect(bound).toBeGreaterThan(0);
  });
});
