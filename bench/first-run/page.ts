// The Chromium page: one first-run measurement of /model.wasm, fetched and compiled as a page would.
import { measureFirstRun } from "./measure.ts";

(globalThis as unknown as { measure: () => Promise<unknown> }).measure = async () => measureFirstRun(await fetch("/model.wasm"));
