// A damaged bundle is refused at load with a BundleError saying what is wrong:
// truncated, a bit flipped anywhere (code, weights, each custom section, the
// metadata, its hash, a section header), a newer format, not WebAssembly, or
// WebAssembly but not mixc. Never another exception, never a model that runs.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customSection } from "../../compiler/backend/wasm/binary.ts";
import { compile } from "../../compiler/compile.ts";
import { META_SECTION } from "../../runtime/bundle-format.ts";
import { BundleError, loadModel, verifyBundle } from "../../runtime/index.ts";
import { sections } from "../../runtime/integrity.ts";
import { mixc } from "../mixc.ts";
import { specFile } from "../spec-file.ts";

const spec = specFile("network tiny {\n  input 3x16x16\n  stem c=8\n  stage { ir k=3,5 e=2 c=16 se=0.25 }\n  head c=32\n  pool avg\n  classifier classes=5\n}\n");
const { bytes, meta } = await compile(spec, { seed: 7 });
const all = sections(bytes);
const custom = (name: string) => all.find((s) => s.name === name)!;

/** The bundle with bit `bit` of byte `at` flipped. */
const flipped = (at: number, bit = 0) => {
  const copy = bytes.slice();
  copy[at]! ^= 1 << bit;
  return copy;
};

async function refusal(source: Uint8Array): Promise<string> {
  const error = await loadModel(source, { backend: "wasm" }).then(
    (model) => (model.dispose(), new Error("loaded")),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleError);
  return (error as Error).message;
}

const MISMATCH = /^corrupt mixc bundle: its sha256 is [0-9a-f]{12}\.\.\., its metadata says [0-9a-f]{12}\.\.\.: the file was damaged or modified after compiling$/;

describe("a bundle as compiled", () => {
  it("verifies and runs; its hash is the sha256 of the file with the hash's digits as '0's", async () => {
    expect(await verifyBundle(bytes)).toEqual(meta);
    expect(meta.format).toBe(2);
    const model = await loadModel(bytes, { backend: "wasm" });
    expect(await model.run(new Float32Array(3 * 16 * 16).fill(0.1))).toHaveLength(5);
    model.dispose();
  });

  it("leaves the caller's bytes as they were, a Node Buffer too (whose slice() is a view)", async () => {
    const buffer = Buffer.from(bytes);
    const model = await loadModel(buffer, { backend: "wasm" });
    expect(buffer.equals(bytes)).toBe(true);
    expect(model.meta.hash).toBe(meta.hash);
    model.dispose();
  });

  it("ends with its metadata, after the code, the weights and the relaxed-SIMD and WebGPU sections", () => {
    expect(all.map((s) => s.name ?? s.id)).toEqual(expect.arrayContaining([10, 11, "mixc.relaxed-simd", "mixc.webgpu"]));
    expect(all.at(-1)!.name).toBe(META_SECTION);
  });
});

describe("a format-1 bundle (its hash covers the sections before the metadata)", () => {
  const body = bytes.subarray(0, all.at(-1)!.start);
  const old = (b: Uint8Array) => {
    const hash = createHash("sha256").update(b).digest("hex");
    return new Uint8Array([...b, ...customSection(META_SECTION, new TextEncoder().encode(JSON.stringify({ ...meta, format: 1, hash })))]);
  };

  it("still loads and runs, and a flipped weight is still caught", async () => {
    const model = await loadModel(old(body), { backend: "wasm" });
    expect(await model.run(new Float32Array(3 * 16 * 16))).toHaveLength(5);
    model.dispose();
    const damaged = old(body);
    damaged[all.find((s) => s.id === 11)!.end - 1]! ^= 1;
    expect(await refusal(damaged)).toMatch(MISMATCH);
  });
});

describe("a flipped bit is caught wherever it is", () => {
  const code = all.find((s) => s.id === 10)!;
  const data = all.find((s) => s.id === 11)!;
  const metadata = custom(META_SECTION);
  const text = new TextDecoder().decode(bytes.subarray(metadata.contents, metadata.end));
  const inMeta = (needle: string) => metadata.contents + new TextEncoder().encode(text.slice(0, text.indexOf(needle))).length;

  it.each([
    ["the first function body", code.contents + 8],
    ["the middle of the code", (code.contents + code.end) >> 1],
    ["a weight 1000 bytes before the last", data.end - 1000],
    ["the last weight", data.end - 1],
    ["the relaxed-SIMD code", (custom("mixc.relaxed-simd").contents + custom("mixc.relaxed-simd").end) >> 1],
    ["the WebGPU program", custom("mixc.webgpu").contents + 40],
  ])("in %s: its sha256 does not match", async (_, at) => {
    for (const bit of [0, 3, 6]) expect(await refusal(flipped(at, bit))).toMatch(MISMATCH);
  });

  it("in the metadata: a digit that stays a digit changes the hash; one that does not breaks the JSON", async () => {
    const digit = inMeta('"shape":[1,3,16,16]') + 14;
    expect(String.fromCharCode(bytes[digit]!)).toBe("6");
    expect(await refusal(flipped(digit, 0))).toMatch(MISMATCH);
    expect(await refusal(flipped(digit, 6))).toBe("corrupt mixc bundle: its metadata is not valid JSON");
  });

  it("in the hash itself: a hex digit changes it; anything else leaves no hash", async () => {
    const digit = inMeta(meta.hash) + /[0-9]/.exec(meta.hash)!.index;
    expect(await refusal(flipped(digit, 0))).toMatch(MISMATCH);
    expect(await refusal(flipped(digit, 6))).toBe("corrupt mixc bundle: its metadata has no sha256 hash");
  });

  it("in a section header: the file no longer parses as sections, or its hash does not match", async () => {
    for (const s of all) {
      const message = await refusal(flipped(s.start + 1, 6));
      expect(message).toMatch(/^(truncated mixc bundle: |corrupt mixc bundle: |not a mixc bundle: )/);
    }
  });

  it("at 400 random places: always a BundleError, never a model and never another exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }), async (at, bit) => {
        expect(await refusal(flipped(at, bit))).toMatch(/^(truncated|corrupt|not a) mixc bundle: |^this bundle has format /);
      }),
      { seed: 20261130, numRuns: 400 },
    );
  });
});

describe("other damage", () => {
  it("a file cut short, at every section boundary and inside each section", async () => {
    for (const s of all) {
      for (const cut of [s.start + 1, s.contents + 1, s.end - 1]) expect(await refusal(bytes.subarray(0, cut))).toMatch(/^truncated mixc bundle: the file ends /);
    }
    expect(await refusal(bytes.subarray(0, 6))).toBe("not a mixc bundle: not a WebAssembly file");
  });

  it("bytes added after the metadata", async () => {
    const extended = new Uint8Array([...bytes, ...customSection("extra", new Uint8Array([1, 2, 3]))]);
    expect(await refusal(extended)).toBe("corrupt mixc bundle: sections follow its metadata, which a mixc bundle ends with");
  });

  it("a newer format, named with the version this runtime reads", async () => {
    const metadata = custom(META_SECTION);
    const newer = new TextEncoder().encode(new TextDecoder().decode(bytes.subarray(metadata.contents, metadata.end)).replace('"format":2', '"format":3'));
    const bundle = new Uint8Array([...bytes.subarray(0, metadata.start), ...customSection(META_SECTION, newer)]);
    expect(await refusal(bundle)).toBe("this bundle has format 3; this runtime reads format 2 and older: update mixc");
  });

  it("not WebAssembly, and WebAssembly that is not a mixc bundle", async () => {
    expect(await refusal(new TextEncoder().encode("<html>not found</html>"))).toBe("not a mixc bundle: not a WebAssembly file");
    expect(await refusal(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))).toBe("not a mixc bundle: the WebAssembly module has no mixc metadata section");
    expect(await refusal(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]))).toBe("not a mixc bundle: WebAssembly binary version 2, not 1");
    const notJson = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...customSection(META_SECTION, new TextEncoder().encode("{oops"))]);
    expect(await refusal(notJson)).toBe("corrupt mixc bundle: its metadata is not valid JSON");
  });

  it("the CLI prints one line naming the file, exit code 1", async () => {
    const path = join(dirname(spec), "flipped.wasm");
    writeFileSync(path, flipped(all.find((s) => s.id === 11)!.end - 1));
    const { code, err } = await mixc("run", path, "--input", "x.bin");
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^${path.replace(/[.\\/]/g, "\\$&")}: corrupt mixc bundle: its sha256 is [0-9a-f]{12}\\.\\.\\., its metadata says [0-9a-f]{12}\\.\\.\\.: the file was damaged or modified after compiling\\n$`));
  });
});
