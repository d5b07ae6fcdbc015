// The words the threads of a threaded bundle share, below the weights (the
// memory layout keeps [0, 1024) clear): the counters through which threads take
// and finish chunks of work (compiler/backend/wasm/threaded.ts), and the
// runtime's signals to its workers. The compiler writes these addresses into the
// threaded code; the runtime reads the same ones.

/** The most threads loadModel takes. */
export const MAX_THREADS = 64;

/** Whether n is a thread count loadModel takes: a whole number from 1 to MAX_THREADS. */
export const isThreadCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_THREADS;

/** Byte address of the first word; the words are i32, 4 bytes apart. */
export const SYNC_AT = 512;
export const SYNC_BYTES = 160;

/** Word indices from SYNC_AT; the two counters each on a cache line of their own. */
export const SYNC = {
  /** Chunks taken, over all inferences: inference r's chunks are tickets r*T .. (r+1)*T - 1 (T chunks each; the count wraps). */
  next: 0,
  /** Chunks finished, likewise: a chunk of layer i starts once every chunk of the layers before it has finished. */
  done: 16,
  /** Threads blocked waiting for `done` to change (a finisher wakes them only when some are). */
  waiters: 17,
  /** 0; else 1 + the thread that failed, or TIMED_OUT: every waiting thread traps. */
  abort: 32,
  /** Inferences started: the workers wait for it to change, and take part in inference go - 1. */
  go: 33,
  /** 1: the workers return (the model is disposed). */
  quit: 34,
  /** The layer a thread waited at when it timed out. */
  layer: 35,
} as const;

/** The abort word's value when a thread waited past its deadline. */
export const TIMED_OUT = -1;

/** The threaded code's entry: run_part(thread, inference, spins before blocking, may block, deadline in ms per wait). */
export const RUN_PART = "run_part";

/** Byte address of a word. */
export const syncAddress = (word: number) => SYNC_AT + word * 4;
