// The Hugging Face Hub client: references, the shared cache, downloads.
export { HubError } from "./errors.ts";
export { hubFiles, type HubFiles, type HubOptions } from "./download.ts";
export { isHubRef, parseHubRef, type HubRef } from "./ref.ts";
export { hubCacheDir } from "./settings.ts";
export type { ProgressOutput } from "./progress.ts";
