// Thousands of damaged JPEGs and PNGs made from small valid files (fuzz-cases.ts
// says how): each decode either gives a well-formed image or throws ImageError
// with a message, never another error; each finishes within a bound (a watchdog
// kills the run, printing the case, if one hangs); and after every failure a
// known-good JPEG still decodes to its exact pixels, so a corrupt file cannot
// poison the decoder for the next caller. Half the cases decode at full size,
// half shrink on load. The random part's seed is fixed under CI and printed.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeImage, ImageError, type DecodeLimits, type DecodeOptions, type Rgba } from "../../runtime/image/decode.ts";
import { watchdog } from "../frontend/watchdog.ts";
import { FUZZ_SEED } from "../fuzz-seed.ts";
import * as make from "./fuzz-cases.ts";
import type { FuzzCase, Seed } from "./fuzz-cases.ts";

const SEEDS = resolve(import.meta.dirname, "fuzz-seeds");
const FIXTURES = resolve(import.meta.dirname, "../fixtures-images");
/** A damaged small file decodes in well under a millisecond; this much means something loops (two shared cores). */
const CASE_MS = 2_000;
/** The watchdog's limit: past it the process is killed, printing the case. */
const HANG_MS = 10_000;
const RANDOM_CASES = 8_000;

console.log(`image fuzz: seed ${FUZZ_SEED} (rerun one with FUZZ_SEED=${FUZZ_SEED})`);

const seed = (dir: string, file: string): Seed => ({ name: file, bytes: new Uint8Array(readFileSync(join(dir, file))) });
/** Made by scripts/make-photos.py from fuzz-seeds/jobs.json: baseline, progressive, 4:4:4, 4:2:2, 4:2:0, gray, CMYK, EXIF. */
const JPEGS = readdirSync(SEEDS).filter((f) => f.endsWith(".jpg")).sort().map((f) => seed(SEEDS, f));
const PNGS = ["gray4-trns-33x21.png", "gray-40x30.png", "palette-50x40.png", "rgba-180x260.png"].map((f) => seed(FIXTURES, f));
const KNOWN_GOOD = ["rgb420-40x30.jpg", "rgb444-progressive-33x17.jpg"].map((f) => JPEGS.find((s) => s.name === f)!);

/** Full size, and shrink-on-load to a shorter side of at least 8 (1/8 to 4/8 of these files). */
const MODES = { "full size": {}, shrunk: { minShortSide: 8 } } satisfies Record<string, DecodeOptions>;
type Mode = keyof typeof MODES;
/** The mutation cases run under a small limit, so that a size field bumped within the default limit does not make each case decode megapixels of nothing. */
const SMALL = { maxPixels: 2e5 };

const dog = watchdog(HANG_MS);
afterAll(() => dog.stop());

/** Throws with `message` unless `ok` (expect() in a loop of 10,000 cases costs more than the decodes). */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

const same = (a: Rgba, b: Rgba) => a.width === b.width && a.height === b.height && Buffer.compare(a.data, b.data) === 0;

describe("decoding damaged images", () => {
  let checked = 0;
  let refused = 0;
  const reasons = new Map<string, number>();
  /** The known-good JPEGs' pixels in each mode, decoded before any damaged file. */
  const good = new Map<Mode, Rgba[]>();

  /** One case: a well-formed image or an ImageError, in time; after a failure the known-good JPEG's exact pixels. */
  async function survives(c: FuzzCase, mode: Mode, limits: DecodeLimits | undefined): Promise<void> {
    checked++;
    const what = `${c.what} (${mode})`;
    const options: DecodeOptions = { ...MODES[mode], ...(limits ? { limits } : {}) };
    dog.start(`${what}\n${Buffer.from(c.bytes).toString("base64")}`);
    const started = performance.now();
    try {
      const image = await decodeImage(c.bytes, options);
      check(image.width > 0 && image.height > 0 && image.data.length === image.width * image.height * 4, () => `${what}: decoded to a malformed ${image.width}x${image.height} image of ${image.data.length} bytes`);
    } catch (e) {
      check(e instanceof ImageError, () => `${what}: threw ${(e as Error)?.stack ?? e}, not an ImageError`);
      const message = (e as Error).message;
      check(message.length >= 10 && !/undefined|\[object/.test(message), () => `${what}: unclear message '${message}'`);
      refused++;
      const reason = message.replace(/\d+/g, "N");
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      const k = refused % KNOWN_GOOD.length;
      const after = await decodeImage(KNOWN_GOOD[k]!.bytes, options);
      check(same(after, good.get(mode)![k]!), () => `after ${what} failed (${message}), ${KNOWN_GOOD[k]!.name} decodes differently`);
    } finally {
      dog.finish();
    }
    const ms = performance.now() - started;
    check(ms <= CASE_MS, () => `${what} took ${ms.toFixed(0)} ms (bound ${CASE_MS} ms)`);
  }

  /** The cases alternately at full size and shrunk; `limits` undefined: decodeImage's default limits. */
  async function run(cases: FuzzCase[], limits: DecodeLimits | undefined = SMALL): Promise<number> {
    for (const [i, c] of cases.entries()) await survives(c, i % 2 ? "shrunk" : "full size", limits);
    return cases.length;
  }

  it("the seeds decode, and decode again to the same pixels", async () => {
    expect(JPEGS.length).toBeGreaterThanOrEqual(6);
    for (const s of [...JPEGS, ...PNGS]) await decodeImage(s.bytes);
    for (const mode of Object.keys(MODES) as Mode[]) {
      good.set(mode, await Promise.all(KNOWN_GOOD.map((s) => decodeImage(s.bytes, MODES[mode]))));
      for (const [k, s] of KNOWN_GOOD.entries()) expect(same(await decodeImage(s.bytes, MODES[mode]), good.get(mode)![k]!)).toBe(true);
    }
  });

  it("thousands of damaged JPEGs and PNGs: each decodes or throws ImageError, in time, and never poisons the next decode", async () => {
    const started = performance.now();
    let planned = 0;
    planned += await run([...JPEGS, ...PNGS.slice(0, 3)].flatMap(make.truncations));
    for (const s of JPEGS) {
      planned += await run([make.segmentCases, make.frameCases, make.scanCases, make.huffmanCases, make.quantisationCases, make.restartCases].flatMap((f) => f(s)));
      planned += await run(make.hugeJpegs(s), undefined);
    }
    for (const s of PNGS) {
      planned += await run(make.pngCases(s));
      planned += await run(make.hugePngs(s), undefined);
    }
    planned += await run(make.randomCases([...JPEGS, ...PNGS], RANDOM_CASES, make.prng(FUZZ_SEED)));
    const seconds = (performance.now() - started) / 1000;
    const common = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(`image fuzz: ${checked} cases in ${seconds.toFixed(1)} s, ${refused} refused; commonest reasons:\n${common.map(([r, n]) => `  ${n} ${r}`).join("\n")}`);
    expect(checked).toBe(planned);
    expect(checked).toBeGreaterThanOrEqual(10_000);
    // Damage must mostly be noticed: a decoder that accepted anything would pass the checks above.
    expect(refused).toBeGreaterThan(checked / 3);
  });
});
