// A case that never returns cannot be stopped from its own thread, and a test
// timeout cannot interrupt synchronous code. A watchdog thread can: when the
// case under test has run longer than `limitMs`, it prints that case and kills
// the test process, so that a hang fails the run instead of stalling it.
import { Worker } from "node:worker_threads";

const WATCHDOG = `
const { workerData: { state, text, limitMs } } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const clock = new Int32Array(state);
for (;;) {
  const started = Atomics.load(clock, 0);
  if (Atomics.load(clock, 1) === 1) break; // stopped
  if (started !== 0 && Date.now() % 2 ** 31 - started > limitMs) {
    const bytes = new Uint8Array(text).slice(0, Atomics.load(clock, 2));
    // Written directly: the blocked main thread would never flush process.stderr.
    writeSync(2, "watchdog: a case ran over " + limitMs + " ms; the case:\\n" + new TextDecoder().decode(bytes) + "\\n");
    process.kill(process.pid, "SIGKILL");
  }
  Atomics.wait(clock, 1, 0, 200);
}`;

const TEXT_BYTES = 1 << 20;

export interface Watchdog {
  /** Marks the start of a case, whose text is printed if it hangs. */
  start(text: string): void;
  finish(): void;
  stop(): Promise<void>;
}

export function watchdog(limitMs: number): Watchdog {
  const state = new SharedArrayBuffer(12);
  const text = new SharedArrayBuffer(TEXT_BYTES);
  const clock = new Int32Array(state);
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { state, text, limitMs } });
  worker.unref();
  return {
    start(source) {
      const { written } = new TextEncoder().encodeInto(source, new Uint8Array(text));
      Atomics.store(clock, 2, written);
      Atomics.store(clock, 0, Date.now() % 2 ** 31 || 1);
    },
    finish() {
      Atomics.store(clock, 0, 0);
    },
    async stop() {
      Atomics.store(clock, 1, 1);
      Atomics.notify(clock, 1);
      await worker.terminate();
    },
  };
}
