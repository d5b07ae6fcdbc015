// The Chromium part of npm run bench:image: headless Debian Chromium loads
// page.ts (bundled with dist/'s image decoder and runtime), the bundle and the
// photos from 127.0.0.1, and times the paths there.
import { build } from "esbuild";
import { hasChromium, launch, serve } from "../../test/browser/chromium.ts";
import { checkWorkerBuilt } from "../../test/worker/fixtures.ts";
import type { PagePhoto, PageResult } from "./page.ts";
import type { Photo } from "./photos.ts";

const PAGE = `<!doctype html><script type="module" src="/page.js"></script>`;

/** The page's results, or why there are none. */
export async function timeChromium(timed: Photo[], compared: Photo[], bundle: Uint8Array, input: Float32Array, budgetMs: number): Promise<PageResult | string> {
  if (!hasChromium) return "no Chromium at /usr/bin/chromium";
  try {
    checkWorkerBuilt(); // dist/ is built as a whole: its worker's age is the page's
  } catch (e) {
    return (e as Error).message;
  }
  const page = await build({ entryPoints: [new URL("page.ts", import.meta.url).pathname], bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "warning" });
  const photos = [...timed, ...compared];
  const url = (photo: Photo) => `/photo-${photos.indexOf(photo)}.${photo.type === "image/png" ? "png" : "jpg"}`;
  const served = await serve({
    "/": { type: "text/html", body: PAGE },
    "/page.js": { type: "text/javascript", body: page.outputFiles[0]!.text },
    "/model.wasm": { type: "application/wasm", body: bundle },
    "/input.bin": { type: "application/octet-stream", body: new Uint8Array(input.buffer, input.byteOffset, input.byteLength) },
    ...Object.fromEntries(photos.map((photo) => [url(photo), { type: photo.type, body: photo.bytes }])),
  });
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(served.url);
    await tab.waitForFunction(() => "bench" in globalThis);
    const described = (photo: Photo): PagePhoto => ({ url: url(photo), name: photo.name, width: photo.width, height: photo.height });
    type Bench = (timed: PagePhoto[], compared: PagePhoto[], budgetMs: number) => Promise<PageResult>;
    return await tab
      .evaluate(([t, c, b]) => (globalThis as unknown as { bench: Bench }).bench(t, c, b), [timed.map(described), compared.map(described), budgetMs] as const)
      .catch((e: Error) => `the page failed: ${e.message} ${errors.join("; ")}`);
  } finally {
    await browser.close();
    served.server.close();
  }
}
