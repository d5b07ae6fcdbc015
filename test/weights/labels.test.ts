// Class names from a checkpoint's `__metadata__` "labels" (a JSON list of
// strings, one per class): into the bundle when right, a one-line error naming
// the file when not.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { checkpointLabels } from "../../compiler/weights/labels.ts";
import { writeSafetensors } from "../../compiler/weights/safetensors.ts";
import { specFile } from "../spec-file.ts";
import { FILE, rawFile, seededTensors, TINY_SPEC, tinyGraph, weightsError } from "./fixtures.ts";

const NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const withLabels = (labels: string) => writeSafetensors(seededTensors(tinyGraph()), { format: "pt", labels });

describe("checkpointLabels", () => {
  it("reads the names, or null when the checkpoint has none", () => {
    expect(checkpointLabels(withLabels(JSON.stringify(NAMES)), FILE, 10)).toEqual(NAMES);
    expect(checkpointLabels(writeSafetensors(seededTensors(tinyGraph()), { format: "pt" }), FILE, 10)).toBeNull();
    expect(checkpointLabels(rawFile({}), FILE, 10)).toBeNull();
  });

  it.each([
    [JSON.stringify(NAMES.slice(0, 9)), "it has 9"],
    ["zero,one", '"zero,one" is not JSON'],
    [JSON.stringify({ 0: "zero" }), "it is not a list"],
    [JSON.stringify([...NAMES.slice(0, 9), 9]), "entry 9 is 9"],
    [JSON.stringify([...NAMES.slice(0, 9), ""]), 'entry 9 is ""'],
  ])("refuses %s: %s", (labels, why) => {
    const message = weightsError(() => checkpointLabels(withLabels(labels), FILE, 10));
    expect(message).toBe(`${FILE}: __metadata__ "labels" must be a JSON list of 10 class names, one per class, as a string: ${why}`);
  });

  it("refuses labels that are not a string, and metadata that is not an object", () => {
    expect(weightsError(() => checkpointLabels(rawFile({ __metadata__: { labels: NAMES } }), FILE, 10))).toMatch(/as a string: it is a list, not a string$/);
    expect(weightsError(() => checkpointLabels(rawFile({ __metadata__: "labels" }), FILE, 10))).toBe(`${FILE}: __metadata__ is a string, not an object`);
  });
});

describe("the bundle", () => {
  it("carries the checkpoint's labels", async () => {
    const spec = specFile(TINY_SPEC);
    const weights = join(dirname(spec), "w.safetensors");
    writeFileSync(weights, withLabels(JSON.stringify(NAMES)));
    expect((await compile(spec, { weights })).meta.labels).toEqual(NAMES);
    expect((await compile(spec, { seed: 1 })).meta.labels).toBeNull();
  });
});
