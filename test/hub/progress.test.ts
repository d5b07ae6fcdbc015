// The download progress bar's frames: what they show and that they fit the terminal.
import { describe, expect, it } from "vitest";
import { formatBytes, progressBar, progressLine } from "../../compiler/hub/progress.ts";

describe("progressLine", () => {
  it("shows the name, a bar, the percentage, bytes and rate", () => {
    expect(progressLine("model.safetensors", 25_000_000, 50_000_000, 5_100_000, 100)).toBe(
      "model.safetensors [###############---------------]  50% 25.0 MB/50.0 MB 5.1 MB/s",
    );
  });

  it("fits a narrow terminal: the bar goes first, then the name is shortened from the left", () => {
    const line = progressLine("model.safetensors", 1000, 2000, 100, 50);
    expect(line).toBe("model.safetensors  50% 1.0 kB/2.0 kB 100 B/s");
    const narrow = progressLine("a-very-long-folder/model.safetensors", 1000, 2000, 100, 40);
    expect(narrow.length).toBeLessThan(40);
    expect(narrow).toMatch(/^….*tensors  50% 1\.0 kB\/2\.0 kB 100 B\/s$/);
  });

  it.each([
    [0, "0 B"],
    [999, "999 B"],
    [1000, "1.0 kB"],
    [48_300_000, "48.3 MB"],
    [4_294_967_296, "4.3 GB"],
  ])("formatBytes(%d) = %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe("progressBar", () => {
  it("draws with \\r and ends with a newline on a terminal", () => {
    const out: string[] = [];
    const bar = progressBar({ isTTY: true, columns: 80, write: (s) => out.push(s) }, "f", 10, 0);
    bar.update(10);
    bar.finish();
    expect(out[0]).toMatch(/^\rf \[-+\]   0% 0 B\/10 B /);
    expect(out.at(-2)).toMatch(/^\rf \[#+\] 100% 10 B\/10 B /);
    expect(out.at(-1)).toBe("\n");
  });

  it("draws nothing where the output is not a terminal, or there is none", () => {
    const out: string[] = [];
    const bar = progressBar({ write: (s) => out.push(s) }, "f", 10, 0);
    bar.update(5);
    bar.finish();
    progressBar(undefined, "f", 10, 0).finish();
    expect(out).toEqual([]);
  });
});
