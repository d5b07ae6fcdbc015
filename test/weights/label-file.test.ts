// readLabelFile (--labels FILE): one class name per line or a JSON array of
// strings, exactly one per class; every fault is a UserError naming the file
// (and the line or entry).
import { describe, expect, it } from "vitest";
import { UserError } from "../../compiler/errors.ts";
import { MAX_LABEL_FILE_BYTES, readLabelFile } from "../../compiler/weights/label-file.ts";

const FILE = "labels.txt";
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string | Uint8Array, classes = 3) => readLabelFile(typeof text === "string" ? utf8(text) : text, FILE, classes);

function refusal(text: string | Uint8Array, classes = 3): string {
  let error: unknown;
  try {
    read(text, classes);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).exitCode).toBe(1);
  return (error as Error).message;
}

describe("one name per line", () => {
  it("reads the lines in order, with or without a final line end", () => {
    expect(read("cat\ndog\nLabrador retriever\n")).toEqual(["cat", "dog", "Labrador retriever"]);
    expect(read("cat\ndog\nLabrador retriever")).toEqual(["cat", "dog", "Labrador retriever"]);
  });

  it("takes CRLF line ends and drops a byte-order mark", () => {
    expect(read("\ufeffcat\r\ndog\r\nbird\r\n")).toEqual(["cat", "dog", "bird"]);
  });

  it("keeps commas, quotes and non-ASCII inside a name", () => {
    expect(read('tench, Tinca tinca\n"quoted"\ncafé\n')).toEqual(["tench, Tinca tinca", '"quoted"', "café"]);
  });

  it("refuses a blank line, naming it (it would shift every class after it)", () => {
    expect(refusal("cat\n\ndog\nbird\n")).toBe(`${FILE}:2: line 2 is blank; a labels file has one class name on each line`);
    expect(refusal("cat\ndog\n   \n")).toBe(`${FILE}:3: line 3 is blank; a labels file has one class name on each line`);
    expect(refusal("cat\ndog\nbird\n\n")).toBe(`${FILE}:4: line 4 is blank; a labels file has one class name on each line`);
  });

  it("refuses a count that does not match the classes, naming both", () => {
    expect(refusal("cat\ndog\n")).toBe(`${FILE}: 2 class names, but the network has 3 classes: give one name per class`);
    expect(refusal("a\nb\nc\nd\n")).toBe(`${FILE}: 4 class names, but the network has 3 classes: give one name per class`);
    expect(refusal("")).toBe(`${FILE}: 0 class names, but the network has 3 classes: give one name per class`);
    expect(refusal("a\n", 1000)).toBe(`${FILE}: 1 class name, but the network has 1000 classes: give one name per class`);
  });
});

describe("a JSON array", () => {
  it("reads an array of strings, after whitespace or a byte-order mark", () => {
    expect(read('["cat", "dog", "bird"]')).toEqual(["cat", "dog", "bird"]);
    expect(read('\ufeff\n  [\n"cat",\n"dog",\n"bird"\n]\n')).toEqual(["cat", "dog", "bird"]);
  });

  it("refuses an entry that is not a non-empty string, naming it", () => {
    expect(refusal('["cat", 2, "bird"]')).toBe(`${FILE}: entry 1 of the JSON array is 2; each class name must be a non-empty string`);
    expect(refusal('["cat", "dog", ""]')).toBe(`${FILE}: entry 2 of the JSON array is ""; each class name must be a non-empty string`);
    expect(refusal('["cat", null, " "]')).toBe(`${FILE}: entry 1 of the JSON array is null; each class name must be a non-empty string`);
  });

  it("refuses malformed JSON and a count that does not match", () => {
    expect(refusal('["cat", "dog",]')).toMatch(new RegExp(`^${FILE}: starts with '\\[' but is not a JSON array \\(.+\\)$`));
    expect(refusal('["cat"]')).toBe(`${FILE}: 1 class name, but the network has 3 classes: give one name per class`);
  });
});

describe("bounds", () => {
  it("refuses a file over 16 MiB before decoding it", () => {
    const big = new Uint8Array(MAX_LABEL_FILE_BYTES + 1).fill(0x61);
    expect(refusal(big)).toBe(`${FILE}: ${MAX_LABEL_FILE_BYTES + 1} bytes is too large for a labels file (at most 16777216 bytes, 16 MiB)`);
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(refusal(new Uint8Array([0x63, 0x61, 0x74, 0x0a, 0xff, 0xfe, 0x0a]))).toBe(`${FILE}: a labels file must be UTF-8 text`);
  });
});
