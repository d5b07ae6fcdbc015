// The trained Fashion-MNIST model that the README runs first: the spec, the
// weights scripts/train-fashion.py wrote (models/fashion-mixnet.*) and the sample
// images. mixc's bundle must compute PyTorch's logits, classify the whole test
// set as well as PyTorch did, and name the samples' classes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../compiler/api.ts";
import { compile } from "../../compiler/compile.ts";
import { computeStats } from "../../compiler/ir/stats.ts";
import { readSafetensors } from "../../compiler/weights/safetensors.ts";
import { decodeImage } from "../../runtime/image/decode.ts";
import { loadModel, type RgbaImage } from "../../runtime/index.ts";
import { preprocess } from "../../runtime/preprocess.ts";
import { mixc } from "../mixc.ts";

const SPEC = "specs/fashion-mixnet.mix";
const MODEL = "models/fashion-mixnet";

interface Report {
  test_accuracy: number;
  test_correct: number;
  test_images: number;
  params: number;
  preprocessing: { mean: number; std: number };
  labels: string[];
  samples: { file: string; test_index: number; label: number }[];
}
const report: Report = JSON.parse(readFileSync(`${MODEL}.json`, "utf8"));
const logitsBin = readFileSync(`${MODEL}.logits.bin`);
/** PyTorch's float32 logits of the samples, one row of 10 per sample. */
const torchLogits = new Float32Array(logitsBin.buffer.slice(logitsBin.byteOffset, logitsBin.byteOffset + logitsBin.byteLength));

// The test set comes from Debian's dataset-fashion-mnist; CI installs it.
const DATA = "/usr/share/datasets/fashion-mnist";
const hasData = existsSync(`${DATA}/t10k-images-idx3-ubyte.gz`);
if (!hasData) {
  if (process.env.CI) throw new Error(`CI: the Fashion-MNIST test set is missing: ${DATA} (apt-get install dataset-fashion-mnist)`);
  console.warn(`skipping the Fashion-MNIST test-set checks: ${DATA} not found (apt-get install dataset-fashion-mnist)`);
}

/** An idx file, MNIST's format: magic 0x0000 0x08 rank, big-endian dimensions, then uint8 data. */
function readIdx(name: string): { dims: number[]; data: Uint8Array } {
  const bytes = gunzipSync(readFileSync(`${DATA}/${name}`));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rank = view.getUint8(3);
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
  return { dims, data: bytes.subarray(4 + 4 * rank) };
}

/** One gray image as decoded RGBA pixels (R = G = B, opaque), as its PNG decodes. */
function grayImage(pixels: Uint8Array, side: number): RgbaImage {
  const data = new Uint8Array(side * side * 4).fill(255);
  pixels.forEach((v, i) => data.fill(v, 4 * i, 4 * i + 3));
  return { width: side, height: side, data };
}

const argmax = (values: Float32Array) => values.reduce((best, v, i) => (v > values[best]! ? i : best), 0);

const { bytes, meta } = await compile(SPEC, { weights: `${MODEL}.safetensors`, target: "wasm" });

describe("the trained Fashion-MNIST model", () => {

  it("is the spec's network: every tensor binds (compile checks names and shapes), and the parameter counts agree", () => {
    const { graph, shaped } = loadSpec(SPEC);
    expect(computeStats(shaped).params_total).toBe(report.params);
    const tensors = readSafetensors(readFileSync(`${MODEL}.safetensors`), MODEL);
    expect(tensors.size).toBe(graph.params.length);
    expect([...tensors.values()].every((t) => t.dtype === "F32")).toBe(true);
  });

  it("carries the training's preprocessing (from the spec) and the class names (from the checkpoint) in the bundle", () => {
    const { mean, std } = report.preprocessing;
    expect(meta.preprocessing).toEqual({ resize: 28, crop: 28, color: "gray", mean: [mean], std: [std], interpolation: "bicubic" });
    expect(meta.labels).toEqual(report.labels);
    expect(meta.labels).toHaveLength(10);
  });

  it("gives PyTorch's logits for the sample images (within 1e-4) and names their classes", async () => {
    const model = await loadModel(bytes, { backend: "wasm" });
    expect(report.samples.map((s) => s.label)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [n, sample] of report.samples.entries()) {
      const image = await decodeImage(new Uint8Array(readFileSync(sample.file)));
      const logits = await model.run(preprocess(image, meta.preprocessing!));
      const ref = torchLogits.subarray(10 * n, 10 * n + 10);
      const scale = Math.max(1, ...Array.from(ref, Math.abs));
      for (let c = 0; c < 10; c++) expect(Math.abs(logits[c]! - ref[c]!), `${sample.file}, class ${c}`).toBeLessThanOrEqual(1e-4 * scale);
      const [best] = await model.classify(image, 1);
      expect(best, sample.file).toMatchObject({ index: sample.label, label: report.labels[sample.label] });
    }
    model.dispose();
  });

  it("mixc run --image names each sample's class, one line per image", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "mixc-fashion-")), "fashion.wasm");
    writeFileSync(path, bytes);
    const files = report.samples.map((s) => s.file);
    const { code, out } = await mixc("run", path, "--image", ...files);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(files.length);
    lines.forEach((line, n) => expect(line).toMatch(new RegExp(`^${files[n]}\\t1\\tclass ${n} \\(${report.labels[n]!.replace("/", "\\/")}\\)\\t-?[\\d.]+\\t[\\d.]+%$`)));
  });

  describe.skipIf(!hasData)("on the test set", () => {
    const images = hasData ? readIdx("t10k-images-idx3-ubyte.gz") : undefined!;
    const labels = hasData ? readIdx("t10k-labels-idx1-ubyte.gz").data : undefined!;

    it("the samples are test images, pixel for pixel", async () => {
      expect(images.dims).toEqual([10000, 28, 28]);
      for (const sample of report.samples) {
        const { data } = await decodeImage(new Uint8Array(readFileSync(sample.file)));
        const pixels = images.data.subarray(784 * sample.test_index, 784 * sample.test_index + 784);
        expect(Array.from(data.filter((_, i) => i % 4 === 0))).toEqual(Array.from(pixels));
        expect(labels[sample.test_index]).toBe(sample.label);
      }
    });

    it("classifies all 10,000 test images as accurately as PyTorch did (within 0.1 percentage point)", async () => {
      const model = await loadModel(bytes, { backend: "wasm" });
      let correct = 0;
      for (let i = 0; i < 10000; i++) {
        const image = grayImage(images.data.subarray(784 * i, 784 * (i + 1)), 28);
        if (argmax(await model.run(preprocess(image, meta.preprocessing!))) === labels[i]) correct++;
      }
      model.dispose();
      console.log(`mixc: ${correct} of 10000 test images right (${correct / 100}%); PyTorch: ${report.test_correct} (${report.test_accuracy * 100}%)`);
      expect(report.test_images).toBe(10000);
      expect(Math.abs(correct / 10000 - report.test_accuracy)).toBeLessThanOrEqual(0.001);
      // And the trained level itself, so that a weaker checkpoint cannot pass by a matching report.
      expect(correct / 10000).toBeGreaterThanOrEqual(0.89);
    });
  });
});
