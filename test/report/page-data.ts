// Reading a report page back in tests: the data it embeds, and how much its
// screenshot's pixels vary (a blank page has variance 0).
import type { Report } from "../../compiler/index.ts";

export function embeddedReport(html: string): Report {
  const json = /<script type="application\/json" id="mixc-report">(.*?)<\/script>/s.exec(html);
  if (!json) throw new Error("no embedded report data");
  return JSON.parse(json[1]!);
}

/** The variance of the grey level (mean of R, G, B) over RGBA pixels. */
export function pixelVariance(rgba: Uint8Array | Uint8ClampedArray): number {
  const n = rgba.length / 4;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const grey = (rgba[i]! + rgba[i + 1]! + rgba[i + 2]!) / 3;
    sum += grey;
    squares += grey * grey;
  }
  return squares / n - (sum / n) ** 2;
}
