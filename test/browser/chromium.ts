// Headless Debian Chromium for browser tests, driven by playwright-core (never
// a downloaded browser). In CI a missing Chromium fails loudly; on a user's
// machine the browser tests skip, saying so.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

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

/** Serves fixed files on 127.0.0.1 (a random port); returns the base URL and the server. */
export async function serve(files: Record<string, { type: string; body: string | Uint8Array }>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://localhost").pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
