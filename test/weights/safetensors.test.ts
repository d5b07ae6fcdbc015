// readSafetensors: every structural problem of a checkpoint file is a
// WeightsError naming the file and each tensor at fault; nothing crashes or
// allocates by a size the file does not back.
import { describe, expect, it } from "vitest";
import { readSafetensors, WeightsError, writeSafetensors } from "../../compiler/weights/safetensors.ts";
import { f32Bytes, f64Bytes, FILE, problemLines, rawFile, seededTensors, tinyCheckpoint, tinyGraph, weightsError, words16 } from "./fixtures.ts";

const read = (bytes: Uint8Array) => () => readSafetensors(bytes, FILE);

describe("valid files", () => {
  it("round-trips every tensor written by writeSafetensors as float32", () => {
    const written = seededTensors(tinyGraph());
    const tensors = readSafetensors(writeSafetensors(written, { format: "pt" }), FILE);
    expect([...tensors.keys()]).toEqual([...written.keys()]);
    for (const [name, t] of written) {
      const r = tensors.get(name)!;
      expect(r.dtype).toBe("F32");
      expect(r.shape).toEqual(t.shape);
      expect(r.data).toEqual(Float64Array.from(t.data, Math.fround));
    }
  });

  it("reads a file that starts inside a larger buffer (a pooled Node Buffer)", () => {
    const file = tinyCheckpoint();
    const pool = new Uint8Array(file.length + 13);
    pool.set(file, 13);
    const tensors = readSafetensors(pool.subarray(13), FILE);
    expect(tensors.get("classifier.bias")!.data).toEqual(readSafetensors(file, FILE).get("classifier.bias")!.data);
  });

  it("keeps the data aligned when a tensor name or metadata is not ASCII", () => {
    const bytes = writeSafetensors(new Map([["μ.weight", { shape: [3], data: [1, 2, 3] }]]), { note: "café" });
    expect((8 + Number(new DataView(bytes.buffer).getBigUint64(0, true))) % 8).toBe(0);
    expect([...readSafetensors(bytes, FILE).get("μ.weight")!.data]).toEqual([1, 2, 3]);
  });

  it("accepts an empty tensor and a scalar", () => {
    const tensors = readSafetensors(rawFile({ empty: { dtype: "F32", shape: [0, 4], data_offsets: [0, 0] }, scalar: { dtype: "F32", shape: [], data_offsets: [0, 4] } }, f32Bytes([2.5])), FILE);
    expect(tensors.get("empty")!.data.length).toBe(0);
    expect([...tensors.get("scalar")!.data]).toEqual([2.5]);
  });
});

describe("other float widths are decoded exactly", () => {
  it("F16, including the largest finite half, a subnormal and -0", () => {
    // 1.5, -2, 65504, 2^-24, -0, 0.333251953125 (0x3555)
    const bytes = rawFile({ h: { dtype: "F16", shape: [2, 3], data_offsets: [0, 12] } }, words16([0x3e00, 0xc000, 0x7bff, 0x0001, 0x8000, 0x3555]));
    const t = readSafetensors(bytes, FILE).get("h")!;
    expect(t.dtype).toBe("F16");
    expect(t.shape).toEqual([2, 3]);
    expect([...t.data]).toEqual([1.5, -2, 65504, 2 ** -24, -0, 0.333251953125]);
    expect(Object.is(t.data[4], -0)).toBe(true);
  });

  it("F16 infinities and NaN are decoded (and left for bindWeights to reject)", () => {
    const t = readSafetensors(rawFile({ h: { dtype: "F16", shape: [3], data_offsets: [0, 6] } }, words16([0x7c00, 0xfc00, 0x7e00])), FILE).get("h")!;
    expect(t.data[0]).toBe(Infinity);
    expect(t.data[1]).toBe(-Infinity);
    expect(t.data[2]).toBeNaN();
  });

  it("BF16", () => {
    // 1.5, -2, 3.140625, 65536 * 1.5, the smallest normal 2^-126, -0
    const bytes = rawFile({ b: { dtype: "BF16", shape: [6], data_offsets: [0, 12] } }, words16([0x3fc0, 0xc000, 0x4049, 0x47c0, 0x0080, 0x8000]));
    const t = readSafetensors(bytes, FILE).get("b")!;
    expect([...t.data]).toEqual([1.5, -2, 3.140625, 98304, 2 ** -126, -0]);
    expect(Object.is(t.data[5], -0)).toBe(true);
  });

  it("F64 at full precision", () => {
    const values = [0.1, -1e300, Math.PI, 5e-324];
    const t = readSafetensors(rawFile({ d: { dtype: "F64", shape: [4], data_offsets: [0, 32] } }, f64Bytes(values)), FILE).get("d")!;
    expect([...t.data]).toEqual(values);
  });

  it("tensors of several dtypes in one file, at their own offsets", () => {
    const data = new Uint8Array([...f64Bytes([0.1]), ...words16([0x3e00]), ...words16([0xc000]), ...f32Bytes([0.5])]);
    const tensors = readSafetensors(
      rawFile(
        {
          __metadata__: { format: "pt" },
          d: { dtype: "F64", shape: [1], data_offsets: [0, 8] },
          h: { dtype: "F16", shape: [1], data_offsets: [8, 10] },
          b: { dtype: "BF16", shape: [1], data_offsets: [10, 12] },
          f: { dtype: "F32", shape: [1], data_offsets: [12, 16] },
        },
        data,
      ),
      FILE,
    );
    expect([...tensors].map(([n, t]) => [n, t.data[0]])).toEqual([["d", 0.1], ["h", 1.5], ["b", -2], ["f", 0.5]]);
  });
});

describe("not a safetensors file", () => {
  it("is shorter than the 8-byte header length", () => {
    for (const n of [0, 1, 7]) expect(weightsError(read(new Uint8Array(n)))).toBe(`${FILE}: not a safetensors file: ${n} bytes, shorter than the 8-byte header length`);
  });

  it("has a header length larger than the file", () => {
    const message = weightsError(read(rawFile({}, new Uint8Array(4), 1000n)));
    expect(message).toBe(`${FILE}: header length 1000 is larger than the file (14 bytes): truncated or not a safetensors file`);
  });

  it("has a header length near 2^64 or 2^53: a clear error, not a rounding slip or a huge allocation", () => {
    for (const length of [2n ** 64n - 1n, 2n ** 63n, 2n ** 53n + 1n, 2n ** 32n]) {
      expect(weightsError(read(rawFile({}, new Uint8Array(0), length)))).toContain(`header length ${length} is larger than the file (10 bytes)`);
    }
  });

  it("has a header length one byte past the end", () => {
    const file = rawFile({ a: { dtype: "F32", shape: [1], data_offsets: [0, 4] } }, f32Bytes([1]));
    const length = BigInt(file.length - 8 + 1);
    new DataView(file.buffer).setBigUint64(0, length, true);
    expect(weightsError(read(file))).toContain(`header length ${length} is larger than the file (${file.length} bytes)`);
  });

  it("has a header that is not JSON", () => {
    const message = weightsError(read(rawFile("{not json")));
    expect(message).toMatch(new RegExp(`^${FILE}: the header is not valid JSON \\(.+\\): not a safetensors file$`));
  });

  it("has a header that is not UTF-8 (e.g. a PyTorch pickle)", () => {
    const file = new Uint8Array(8 + 4);
    new DataView(file.buffer).setBigUint64(0, 4n, true);
    file.set([0x80, 0x02, 0xff, 0xfe], 8);
    expect(weightsError(read(file))).toContain("the header is not valid JSON");
  });

  it("has an empty header", () => {
    expect(weightsError(read(rawFile("")))).toContain("the header is not valid JSON");
  });

  it("has a header that is JSON but not an object", () => {
    const cases: [string, string][] = [
      ["[1, 2]", "an array"],
      ["42", "a number"],
      ["null", "null"],
      ['"F32"', "a string"],
      ["true", "a boolean"],
    ];
    for (const [json, kind] of cases) expect(weightsError(read(rawFile(json)))).toBe(`${FILE}: the header is ${kind}, not a JSON object of tensors`);
  });
});

describe("malformed header entries", () => {
  const ok = { dtype: "F32", shape: [1], data_offsets: [0, 4] };
  const one = (entry: unknown) => weightsError(read(rawFile({ "bn1.weight": entry }, f32Bytes([1]))));

  it("names the tensor and the missing dtype", () => {
    expect(one({ shape: [1], data_offsets: [0, 4] })).toBe(`${FILE}: bn1.weight: malformed header entry: dtype missing (needs a string such as "F32")`);
  });

  it("names the tensor and the missing shape", () => {
    expect(one({ dtype: "F32", data_offsets: [0, 4] })).toBe(`${FILE}: bn1.weight: malformed header entry: shape missing (needs a list of non-negative integers below 2^53)`);
  });

  it("names the tensor and the missing data_offsets", () => {
    expect(one({ dtype: "F32", shape: [1] })).toBe(`${FILE}: bn1.weight: malformed header entry: data_offsets missing (needs [begin, end], non-negative integers below 2^53)`);
  });

  it("lists every bad field of one entry together", () => {
    const message = one({ dtype: 32, shape: "1", data_offsets: [0] });
    expect(message).toContain("bn1.weight: malformed header entry:");
    expect(message).toContain("dtype 32");
    expect(message).toContain('shape "1"');
    expect(message).toContain("data_offsets [0]");
  });

  it("shows the values that are not usable as shape or offsets", () => {
    expect(one({ ...ok, shape: [2, -1] })).toContain("bn1.weight: malformed header entry: shape [2,-1]");
    expect(one({ ...ok, shape: [1.5] })).toContain("shape [1.5]");
    expect(one({ ...ok, data_offsets: [0, 4, 8] })).toContain("data_offsets [0,4,8]");
    expect(one({ ...ok, data_offsets: [-4, 0] })).toContain("data_offsets [-4,0]");
    expect(one({ ...ok, data_offsets: [0, 1e20] })).toContain("data_offsets [0,100000000000000000000]");
    expect(one({ ...ok, data_offsets: ["0", "4"] })).toContain('data_offsets ["0","4"]');
  });

  it("reports an entry that is null, a number or an array instead of crashing", () => {
    expect(one(null)).toBe(`${FILE}: bn1.weight: malformed header entry: the entry is null, not an object`);
    expect(one(3)).toBe(`${FILE}: bn1.weight: malformed header entry: the entry is a number, not an object`);
    expect(one(["F32", [1], [0, 4]])).toBe(`${FILE}: bn1.weight: malformed header entry: the entry is an array, not an object`);
  });

  it("ignores __metadata__, whatever it holds", () => {
    expect(readSafetensors(rawFile({ __metadata__: { format: "pt" }, a: ok }, f32Bytes([1])), FILE).size).toBe(1);
  });
});

describe("data offsets and sizes", () => {
  it("reports offsets past the end of the data section", () => {
    const message = weightsError(read(rawFile({ a: { dtype: "F32", shape: [2], data_offsets: [4, 12] } }, f32Bytes([1, 2]))));
    expect(message).toBe(`${FILE}: a: data_offsets [4, 12] reach past the end of the 8-byte data section (truncated file?)`);
  });

  it("reports offsets that end before they begin", () => {
    const message = weightsError(read(rawFile({ a: { dtype: "F32", shape: [1], data_offsets: [8, 4] } }, f32Bytes([1, 2, 3]))));
    expect(message).toBe(`${FILE}: a: data_offsets [8, 4] end before they begin`);
  });

  it("reports a tensor whose data overlaps another's, naming both", () => {
    const header = {
      a: { dtype: "F32", shape: [2], data_offsets: [0, 8] },
      b: { dtype: "F32", shape: [2], data_offsets: [4, 12] },
    };
    expect(weightsError(read(rawFile(header, f32Bytes([1, 2, 3]))))).toBe(`${FILE}: b: its data [4, 12] overlaps that of a [0, 8]`);
  });

  it("reports every tensor inside a long one, not only the first", () => {
    const header = {
      long: { dtype: "F32", shape: [4], data_offsets: [0, 16] },
      first: { dtype: "F32", shape: [1], data_offsets: [4, 8] },
      second: { dtype: "F32", shape: [1], data_offsets: [8, 12] },
    };
    const lines = problemLines(weightsError(read(rawFile(header, f32Bytes([1, 2, 3, 4])))));
    expect(lines).toEqual(["first: its data [4, 8] overlaps that of long [0, 16]", "second: its data [8, 12] overlaps that of long [0, 16]"]);
  });

  it("does not call an empty tensor inside another's range an overlap", () => {
    const header = {
      a: { dtype: "F32", shape: [2], data_offsets: [0, 8] },
      empty: { dtype: "F32", shape: [0], data_offsets: [4, 4] },
    };
    expect(readSafetensors(rawFile(header, f32Bytes([1, 2])), FILE).size).toBe(2);
  });

  it("reports a byte length that does not match the shape and dtype", () => {
    const message = weightsError(read(rawFile({ "conv_stem.weight": { dtype: "F32", shape: [2, 3], data_offsets: [0, 20] } }, f32Bytes([1, 2, 3, 4, 5]))));
    expect(message).toBe(`${FILE}: conv_stem.weight: 20 bytes of data for shape [2,3] of F32, which needs 24`);
  });

  it("checks the byte length against the dtype's width (F16 data labelled F32)", () => {
    const message = weightsError(read(rawFile({ h: { dtype: "F32", shape: [4], data_offsets: [0, 8] } }, words16([0x3c00, 0x3c00, 0x3c00, 0x3c00]))));
    expect(message).toBe(`${FILE}: h: 8 bytes of data for shape [4] of F32, which needs 16`);
  });

  it("reports a huge shape without allocating it", () => {
    const message = weightsError(read(rawFile({ huge: { dtype: "F32", shape: [1e9, 1e9], data_offsets: [0, 4] } }, f32Bytes([1]))));
    expect(message).toBe(`${FILE}: huge: 4 bytes of data for shape [1000000000,1000000000] of F32, which needs more than 2^53`);
  });

  it("gives the exact byte count a large shape needs while it is below 2^53", () => {
    const message = weightsError(read(rawFile({ big: { dtype: "F32", shape: [1e6, 1e6], data_offsets: [0, 4] } }, f32Bytes([1]))));
    expect(message).toBe(`${FILE}: big: 4 bytes of data for shape [1000000,1000000] of F32, which needs 4000000000000`);
  });

  it("reports a huge shape with matching huge offsets as past the data, without allocating", () => {
    const message = weightsError(read(rawFile({ huge: { dtype: "F32", shape: [1e9, 1e9], data_offsets: [0, 4e15] } }, f32Bytes([1]))));
    expect(message).toBe(`${FILE}: huge: data_offsets [0, 4000000000000000] reach past the end of the 4-byte data section (truncated file?)`);
  });
});

describe("dtypes", () => {
  it("rejects an integer dtype, naming it", () => {
    const message = weightsError(read(rawFile({ "bn1.num_batches_tracked": { dtype: "I64", shape: [], data_offsets: [0, 8] } }, new Uint8Array(8))));
    expect(message).toBe(`${FILE}: bn1.num_batches_tracked: dtype I64 is not a floating-point type; expected F32 (F16, BF16 and F64 are converted)`);
  });

  it("rejects the other known non-float dtypes", () => {
    for (const dtype of ["U8", "BOOL"]) {
      expect(weightsError(read(rawFile({ t: { dtype, shape: [1], data_offsets: [0, 1] } }, new Uint8Array(1))))).toContain(`t: dtype ${dtype} is not a floating-point type`);
    }
  });

  it("rejects 8-bit floats as unsupported, not as integers", () => {
    for (const dtype of ["F8_E4M3", "F8_E5M2"]) {
      const message = weightsError(read(rawFile({ t: { dtype, shape: [1], data_offsets: [0, 1] } }, new Uint8Array(1))));
      expect(message).toBe(`${FILE}: t: dtype ${dtype} is an 8-bit float, which mixc does not read; expected F32 (F16, BF16 and F64 are converted)`);
    }
  });

  it("rejects an unknown dtype", () => {
    const message = weightsError(read(rawFile({ t: { dtype: "F42", shape: [1], data_offsets: [0, 4] } }, f32Bytes([1]))));
    expect(message).toBe(`${FILE}: t: dtype F42 is unknown; expected F32 (F16, BF16 and F64 are converted)`);
  });

  it("is case-sensitive, as the format is", () => {
    expect(weightsError(read(rawFile({ t: { dtype: "f32", shape: [1], data_offsets: [0, 4] } }, f32Bytes([1]))))).toContain("t: dtype f32 is unknown");
  });
});

describe("several problems", () => {
  it("lists every problem in one error, each naming its tensor", () => {
    const header = {
      good: { dtype: "F32", shape: [1], data_offsets: [0, 4] },
      nodtype: { shape: [1], data_offsets: [4, 8] },
      ints: { dtype: "I64", shape: [1], data_offsets: [8, 16] },
      short: { dtype: "F32", shape: [3], data_offsets: [16, 24] },
      beyond: { dtype: "F32", shape: [4], data_offsets: [24, 40] },
      overlapping: { dtype: "F32", shape: [1], data_offsets: [0, 4] },
    };
    const message = weightsError(read(rawFile(header, new Uint8Array(32))));
    expect(message.split("\n")[0]).toBe(`${FILE}: 5 problems with the weights:`);
    const lines = problemLines(message);
    expect(lines).toHaveLength(5);
    for (const name of ["nodtype", "ints", "short", "beyond", "overlapping"]) expect(lines.some((l) => l.startsWith(`${name}: `)), name).toBe(true);
    expect(lines.some((l) => l.startsWith("good:"))).toBe(false);
  });

  it("shows the first 40 problems and counts the rest", () => {
    const header = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`t${i}`, { dtype: "I8", shape: [1], data_offsets: [i, i + 1] }]));
    const message = weightsError(read(rawFile(header, new Uint8Array(45))));
    expect(message.split("\n")[0]).toBe(`${FILE}: 45 problems with the weights:`);
    expect(message).toContain("t39: dtype I8");
    expect(message).not.toContain("t40: dtype I8");
    expect(message.endsWith("... and 5 more")).toBe(true);
  });
});

describe("a truncated copy of a valid checkpoint", () => {
  it("names every tensor whose data was cut off, and none before the cut", () => {
    const file = tinyCheckpoint();
    const tensors = readSafetensors(file, FILE);
    const dataStart = 8 + Number(new DataView(file.buffer).getBigUint64(0, true));
    const cut = dataStart + Math.floor((file.length - dataStart) / 2) + 2; // mid-tensor, mid-value
    const message = weightsError(read(file.slice(0, cut)));
    // The tensors in the order written, with their byte ranges, from the header.
    const header = JSON.parse(new TextDecoder().decode(file.subarray(8, dataStart))) as Record<string, { data_offsets: [number, number] }>;
    const lost = [...tensors.keys()].filter((name) => header[name]!.data_offsets[1] > cut - dataStart);
    expect(lost.length).toBeGreaterThan(1);
    const lines = problemLines(message);
    expect(lines).toHaveLength(lost.length);
    lost.forEach((name, i) => expect(lines[i]).toBe(`${name}: data_offsets [${header[name]!.data_offsets.join(", ")}] reach past the end of the ${cut - dataStart}-byte data section (truncated file?)`));
  });

  it("a file cut inside the header is reported as such", () => {
    const file = tinyCheckpoint();
    expect(weightsError(read(file.slice(0, 100)))).toContain("is larger than the file (100 bytes): truncated or not a safetensors file");
  });

  it("every cut point gives a WeightsError, never another exception", () => {
    const file = writeSafetensors(new Map([["a", { shape: [2], data: [1, 2] }], ["b", { shape: [1], data: [3] }]]));
    for (let n = 0; n < file.length; n++) expect(() => readSafetensors(file.slice(0, n), FILE), `cut at ${n}`).toThrow(WeightsError);
    expect(readSafetensors(file, FILE).size).toBe(2);
  });
});
