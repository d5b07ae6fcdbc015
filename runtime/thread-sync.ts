// The words the threads of a threaded bundle share, below the weights (the
// memory layout keeps [0, 1024) clear): the barrier the compiled code waits on
// between layers, and the runtime's signals to its workers. The compiler writes
// these addresses into the threaded code; the runtime reads the same ones.

/** Byte address of the first word; the words are i32, 4 bytes apart. */
export const SYNC_AT = 512;
export const SYNC_BYTES = 32;

/** Word indices from SYNC_AT. */
export const SYNC = {
  /** Threads arrived at the current barrier. */
  arrived: 0,
  /** Barriers passed: a waiting thread waits for it to change. */
  generation: 1,
  /** 0; else 1 + the thread that failed, or TIMED_OUT: every thread in a barrier traps. */
  abort: 2,
  /** Inferences started: the workers wait for it to change. */
  go: 3,
  /** 1: the workers return (the model is disposed). */
  quit: 4,
  /** The layer whose barrier the last thread to time out waited at. */
  layer: 5,
} as const;

/** The abort word's value when a thread waited past its deadline at a barrier. */
export const TIMED_OUT = -1;

/** run_part's exports: (thread, threads, spins before blocking, may block, deadline in ms per barrier). */
export const RUN_PART = "run_part";

/** Byte address of a word. */
export const syncAddress = (word: number) => SYNC_AT + word * 4;
