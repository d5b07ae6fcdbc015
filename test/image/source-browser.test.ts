// toRgba in headless Chromium: an <img> (given before it has loaded), an
// ImageBitmap, a canvas and an OffscreenCanvas give the pixels decodeImage gives
// in Node, turned upright by their EXIF orientation as the browser shows them;
// the caller's canvas keeps no context of ours; a broken <img>, an empty canvas
// and a <video> are refused, saying why.
import { build } from "esbuild";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeImage } from "../../runtime/image/decode.ts";
import { browsing, hasChromium } from "../browser/chromium.ts";
import { PNG_SIGNATURE, pngChunk, pngHeader } from "../png-chunks.ts";
import { hasPil, pil } from "./python-pil.ts";

/** Reads a source made in the page: pixels, or the error toRgba threw. */
const PAGE = `<!doctype html><script type="module">
import { toRgba } from "/source.js";
const image = async (url) => { const img = new Image(); img.src = url; return img; };
const drawnOn = async (canvas, url) => { canvas.getContext("2d").drawImage(await createImageBitmap(await (await fetch(url)).blob()), 0, 0); return canvas; };
const sources = {
  img: image,
  bitmap: async (url) => createImageBitmap(await (await fetch(url)).blob()),
  canvas: async (url) => { const b = await createImageBitmap(await (await fetch(url)).blob()); return drawnOn(Object.assign(document.createElement("canvas"), { width: b.width, height: b.height }), url); },
  offscreen: async (url) => { const b = await createImageBitmap(await (await fetch(url)).blob()); return drawnOn(new OffscreenCanvas(b.width, b.height), url); },
  blob: async (url) => (await fetch(url)).blob(),
  emptyCanvas: async () => Object.assign(document.createElement("canvas"), { width: 0, height: 10 }),
  video: async () => document.createElement("video"),
};
window.pixelsOf = async (kind, url) => {
  try {
    const { width, height, data } = await toRgba(await sources[kind](url));
    return { width, height, data: Array.from(data) };
  } catch (e) {
    return { error: e.constructor.name + ": " + e.message };
  }
};
window.freshCanvasKeepsNoContext = async () => {
  const canvas = document.createElement("canvas");
  const { width, height, data } = await toRgba(canvas);
  return { width, height, allZero: data.every((v) => v === 0), bitmapRenderer: canvas.getContext("bitmaprenderer") !== null };
};
window.ready = true;
</script>`;

/** 37x21 opaque noise, as a PNG without and with EXIF orientation 6 (an eXIf chunk, which Chromium honours). */
function noisePngs(): { plain: Uint8Array; turned: Uint8Array } {
  let state = 7;
  const rows = Array.from({ length: 21 }, () => [0, ...Array.from({ length: 37 * 3 }, () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24))]);
  const idat = pngChunk("IDAT", deflateSync(Buffer.from(rows.flat())));
  const exif = pngChunk("eXIf", new Uint8Array([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]));
  const end = pngChunk("IEND", new Uint8Array(0));
  return { plain: new Uint8Array(Buffer.concat([PNG_SIGNATURE, pngHeader(37, 21, 8, 2), idat, end])), turned: new Uint8Array(Buffer.concat([PNG_SIGNATURE, pngHeader(37, 21, 8, 2), exif, idat, end])) };
}

/** 40x24 in flat 8x8 blocks (which every JPEG decoder gives exactly), quality 100, 4:4:4, EXIF orientation 8. */
const BLOCKS_JPEG = `
import io, random, sys
from PIL import Image
random.seed(3)
blocks = [tuple(random.randrange(256) for _ in range(3)) for _ in range(15)]
image = Image.new("RGB", (40, 24)); image.putdata([blocks[y // 8 * 5 + x // 8] for y in range(24) for x in range(40)])
exif = Image.Exif(); exif[0x0112] = 8
out = io.BytesIO(); image.save(out, format="JPEG", quality=100, subsampling=0, exif=exif.tobytes())
sys.stdout.buffer.write(out.getvalue())
`;

interface Read {
  width?: number;
  height?: number;
  data?: number[];
  error?: string;
}

describe.skipIf(!hasChromium)("toRgba in Chromium", () => {
  const { plain, turned } = noisePngs();
  const jpeg = hasPil ? new Uint8Array(pil(BLOCKS_JPEG)) : undefined;
  const site = browsing(async () => {
    const source = await build({ entryPoints: ["runtime/image/source.ts"], bundle: true, format: "esm", platform: "neutral", write: false });
    return {
      "/": { type: "text/html", body: PAGE },
      "/source.js": { type: "text/javascript", body: source.outputFiles[0]!.text },
      "/plain.png": { type: "image/png", body: plain },
      "/turned.png": { type: "image/png", body: turned },
      ...(jpeg ? { "/turned.jpg": { type: "image/jpeg", body: jpeg } } : {}),
    };
  });

  async function read(kind: string, url = ""): Promise<Read> {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const result = await page.evaluate(([k, u]) => (window as unknown as { pixelsOf(k: string, u: string): Promise<Read> }).pixelsOf(k!, u!), [kind, url]);
    await page.close();
    return result;
  }

  async function expectNodePixels(got: Read, file: Uint8Array) {
    const want = await decodeImage(file);
    expect(got.error).toBeUndefined();
    expect([got.width, got.height]).toEqual([want.width, want.height]);
    expect(Buffer.from(got.data!).equals(Buffer.from(want.data))).toBe(true);
  }

  it.each(["img", "bitmap", "canvas", "offscreen", "blob"])("reads a PNG from %s with decodeImage's pixels", async (kind) => {
    await expectNodePixels(await read(kind, "/plain.png"), plain);
  });

  it.each(["img", "bitmap", "blob"])("reads a PNG with EXIF orientation 6 from %s upright, as decodeImage turns it", async (kind) => {
    const got = await read(kind, "/turned.png");
    expect([got.width, got.height]).toEqual([21, 37]);
    await expectNodePixels(got, turned);
  });

  it.skipIf(!hasPil).each(["img", "bitmap", "blob"])("reads a JPEG with EXIF orientation 8 from %s upright, as decodeImage turns it", async (kind) => {
    const got = await read(kind, "/turned.jpg");
    expect([got.width, got.height]).toEqual([24, 40]);
    await expectNodePixels(got, jpeg!);
  });

  it("draws the caller's canvas without giving it a context: it can still take another kind", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const got = await page.evaluate(() => (window as unknown as { freshCanvasKeepsNoContext(): Promise<unknown> }).freshCanvasKeepsNoContext());
    await page.close();
    expect(got).toEqual({ width: 300, height: 150, allZero: true, bitmapRenderer: true });
  });

  it.each([
    ["an <img> that fails to load", "img", "/missing.png", /^ImageError: the <img> \(http:\/\/127\.0\.0\.1:\d+\/missing\.png\) could not be loaded and decoded: /],
    ["an empty canvas", "emptyCanvas", "", /^ImageError: an HTMLCanvasElement is empty \(0x10\)$/],
    ["a <video>", "video", "", /^TypeError: cannot read an image from an HTMLVideoElement: give PNG or JPEG bytes/],
  ])("refuses %s", async (_, kind, url, message) => {
    expect((await read(kind, url)).error).toMatch(message);
  });
});
