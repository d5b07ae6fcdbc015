// Headless Debian Chromium for browser tests, driven by playwright-core (never
// a downloaded browser). In CI a missing Chromium fails loudly; on a user's
// machine the browser tests skip, saying so.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  if (process.env.CI) throw new Error(`CI: ${CHROMIUM} is missing; .ci/run installs Debian's chromium`);
  console.warn(`skipping the browser tests: ${CHROMIUM} not found (apt-get install chromium)`);
}

const QUIET = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...QUIET, "--disable-gpu"] });
}

/** Chromium with WebGPU; without a GPU, its Dawn runs on the SwiftShader Vulkan driver it ships. */
export function launchWithWebGpu(): Promise<Browser> {
  const webgpu = ["--enable-unsafe-webgpu", "--enable-features=Vulkan", "--use-vulkan=swiftshader", "--use-webgpu-adapter=swiftshader", "--disable-vulkan-surface"];
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...QUIET, ...webgpu] });
}

type Files = Record<string, { type: string; body: string | Uint8Array; headers?: Record<string, string> }>;

/** The headers that make a page cross-origin isolated (crossOriginIsolated: shared memory, and so threads). */
export const ISOLATED = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };

/** Serves fixed files on 127.0.0.1 (a random port); returns the base URL and the server. */
export async function serve(files: Files): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://localhost").pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type, ...file.headers }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * For the describe block it is called in: before the block's tests, serves
 * `files()` and opens a browser with `open`; after them, closes both. The
 * returned object holds the browser and the base URL once the tests run.
 */
export function browsing(files: () => Files | Promise<Files>, open: () => Promise<Browser> = launch): { browser: Browser; url: string } {
  const site = {} as { browser: Browser; url: string };
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serve(await files());
    server = served.server;
    site.url = served.url;
    site.browser = await open();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
