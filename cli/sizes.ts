// Sizes as `mixc compile` prints them: decimal megabytes, as Cloudflare states its limits.
import { gzipSync } from "node:zlib";

export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).length;
