// Threads for the wasm backend: the bundle's threaded code (compiler/backend/wasm/threaded.ts)
// on a shared memory, run by the calling thread and n - 1 workers at once, each taking chunks
// of every layer as they come free. The workers are Node's worker_threads
// or, in browsers, Web Workers (which need a cross-origin-isolated page for shared memory);
// node:worker_threads is imported only in Node, so that this file runs everywhere.
import { THREADS_RELAXED_SECTION, THREADS_SECTION, type BundleMeta } from "./bundle-format.ts";
import { isThreadCount, MAX_THREADS, RUN_PART, SYNC, SYNC_AT, SYNC_BYTES, TIMED_OUT } from "./thread-sync.ts";

export type ThreadsOption = number | "auto";

/** Past four threads MixNet's layers are too small to share well. */
export const AUTO_THREADS_CAP = 4;

/** A thread waiting for a layer to finish spins this many times before it blocks: about 0.1 ms, longer than most chunks. */
const SPINS = 20000;
/** A thread that waits this long for one layer gives up: no layer takes near this long, so a thread holding a chunk has died. */
export const WAIT_TIMEOUT_MS = 10000;

/** The threaded code's exports: the network's input and output, the preprocessing, and the memory it imports. */
export interface ThreadedExports {
  memory: WebAssembly.Memory;
  input: WebAssembly.Global;
  output: WebAssembly.Global;
  run_layer: (i: number) => void;
  [RUN_PART]: (t: number, inference: number, spins: number, block: number, timeoutMs: number) => void;
}

export interface ThreadPool {
  readonly threads: number;
  /** One inference over every thread; rejects naming the thread that failed, after which every run rejects. */
  run(): Promise<void>;
  /** Ends every worker. */
  dispose(): void;
}

/** What a worker tells the calling thread. */
interface WorkerNews {
  ready?: true;
  error?: string;
  exit?: number;
}

/** A worker, however the platform makes it. */
interface Thread {
  post(message: unknown): void;
  terminate(): void;
}

/**
 * The worker's code, a script of its own (no imports): it instantiates the threaded code on the
 * shared memory, says it is ready, then takes part in each inference that the calling thread
 * starts (the `go` word changes) until told to quit. A thread that fails sets the abort word,
 * which makes every waiting thread trap, and says why.
 */
const WORKER_BODY = `
const start = ({ module, memory, t, sync, timeout }, post) => {
  let exports;
  try {
    exports = new WebAssembly.Instance(module, { env: { memory, now: () => performance.now() } }).exports;
  } catch (e) {
    post({ error: String((e && e.message) || e) });
    return;
  }
  const words = new Int32Array(memory.buffer, sync.at, sync.words);
  post({ ready: true });
  let seen = 0;
  for (;;) {
    Atomics.wait(words, sync.go, seen);
    if (Atomics.load(words, sync.quit)) return;
    const go = Atomics.load(words, sync.go);
    if (go === seen) continue;
    seen = go;
    try {
      exports.${RUN_PART}(t, go - 1, ${SPINS}, 1, timeout);
    } catch (e) {
      if (Atomics.compareExchange(words, sync.abort, 0, t + 1) === 0) {
        post({ error: String((e && e.message) || e) });
        Atomics.notify(words, sync.done);
      }
    }
  }
};`;

const NODE_WORKER = `${WORKER_BODY}
const { parentPort } = require("node:worker_threads");
parentPort.once("message", (data) => start(data, (m) => parentPort.postMessage(m)));`;

const WEB_WORKER = `${WORKER_BODY}
self.onmessage = (e) => { self.onmessage = null; start(e.data, (m) => self.postMessage(m)); };`;

const isNode = () => typeof process === "object" && typeof process.versions?.node === "string";

/** A specifier in a variable, so that bundlers of the platform-neutral runtime leave Node's modules alone. */
const nodeModule = <T>(name: string): Promise<T> => import(/* @vite-ignore */ name);

/** How many threads "auto" means: the cores the host says it has, at most AUTO_THREADS_CAP. */
export async function autoThreads(): Promise<number> {
  let cores = globalThis.navigator?.hardwareConcurrency;
  if (!cores && isNode()) {
    const os = await nodeModule<{ availableParallelism?: () => number; cpus: () => unknown[] }>("node:os");
    cores = os.availableParallelism?.() ?? os.cpus().length;
  }
  return Math.max(1, Math.min(cores || 1, AUTO_THREADS_CAP));
}

/** The threads asked for, checked: a whole number from 1 to MAX_THREADS, or "auto". */
export async function resolveThreads(option: ThreadsOption | undefined): Promise<number> {
  if (option === undefined) return 1;
  if (option === "auto") return autoThreads();
  if (!isThreadCount(option)) throw new RangeError(`threads must be a whole number from 1 to ${MAX_THREADS}, or "auto"; got ${JSON.stringify(option)}`);
  return option;
}

/** Makes workers; `started` once they have all answered (or failed), to free what making them needed. */
interface WorkerMaker {
  make(listener: (news: WorkerNews) => void): Thread;
  started(): void;
}

const NOT_ISOLATED = "the page is not cross-origin isolated (serve it with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)";

/** What makes workers over shared memory here, or why this host cannot. */
async function workerMaker(): Promise<WorkerMaker | string> {
  if (typeof SharedArrayBuffer === "undefined") return globalThis.crossOriginIsolated === false ? `${NOT_ISOLATED}, so it has no shared memory` : "this engine has no shared memory (SharedArrayBuffer)";
  if (globalThis.crossOriginIsolated === false) return NOT_ISOLATED;
  if (typeof Worker === "function" && !isNode()) {
    const url = URL.createObjectURL(new Blob([WEB_WORKER], { type: "text/javascript" }));
    return {
      make(listener) {
        const w = new Worker(url);
        w.onmessage = (e) => listener(e.data as WorkerNews);
        w.onerror = (e) => listener({ error: e.message || "the worker failed to start" });
        return { post: (m) => w.postMessage(m), terminate: () => w.terminate() };
      },
      started: () => URL.revokeObjectURL(url),
    };
  }
  if (!isNode()) return "this host has no Worker (edge workers run one thread)";
  type NodeWorker = { on(event: string, f: (x: never) => void): void; postMessage(m: unknown): void; terminate(): Promise<number>; unref(): void };
  let threads: { Worker: new (code: string, options: { eval: true }) => NodeWorker };
  try {
    threads = await nodeModule("node:worker_threads");
  } catch (e) {
    return `node:worker_threads is not available here (${(e as Error).message})`;
  }
  return {
    make(listener) {
      const w = new threads.Worker(NODE_WORKER, { eval: true });
      // A model left undisposed does not keep the process alive.
      w.unref();
      w.on("message", (m: WorkerNews) => listener(m));
      w.on("error", (e: Error) => listener({ error: e.message }));
      w.on("exit", (code: number) => listener({ exit: code }));
      return { post: (m) => w.postMessage(m), terminate: () => void w.terminate() };
    },
    started() {},
  };
}

/** Waits for `ms` milliseconds, for messages still on their way. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The bundle's threaded code on a shared copy of `memory` (the plain module's, initialised), on
 * the calling thread and n - 1 workers; or why not, where this host or bundle cannot.
 */
export async function startThreads(module: WebAssembly.Module, meta: BundleMeta, memory: WebAssembly.Memory, relaxed: boolean, n: number, timeoutMs = WAIT_TIMEOUT_MS): Promise<{ exports: ThreadedExports; pool: ThreadPool } | string> {
  // The host first: an edge worker's bundle leaves the threaded code out, and the host is the reason.
  const maker = await workerMaker();
  if (typeof maker === "string") return maker;
  const [code] = WebAssembly.Module.customSections(module, relaxed ? THREADS_RELAXED_SECTION : THREADS_SECTION);
  const pages = meta.wasm.memoryPages;
  if (!code || !pages) {
    maker.started();
    return "the bundle has no threaded code (compiled for an edge worker, or by an older mixc)";
  }
  let shared: WebAssembly.Memory;
  let threaded: WebAssembly.Module;
  try {
    shared = new WebAssembly.Memory({ initial: memory.buffer.byteLength / 65536, maximum: pages.maximum, shared: true });
    threaded = await WebAssembly.compile(code);
  } catch (e) {
    maker.started();
    return `this engine cannot run the threaded code (${(e as Error).message})`;
  }
  new Uint8Array(shared.buffer).set(new Uint8Array(memory.buffer));
  const env = { memory: shared, now: () => performance.now() };
  const exports = (await WebAssembly.instantiate(threaded, { env })).exports as unknown as ThreadedExports;
  const block = mayBlock() ? 1 : 0;
  const pool = await startPool(maker, threaded, shared, n, timeoutMs, (inference) => exports[RUN_PART](0, inference, SPINS, block, timeoutMs));
  return typeof pool === "string" ? pool : { exports, pool };
}

/** Whether this thread may block on shared memory (a browser's main thread may not: it spins instead). */
function mayBlock(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts the workers and waits until each has instantiated the code; a worker that cannot is the reason not to use threads. */
async function startPool(maker: WorkerMaker, module: WebAssembly.Module, memory: WebAssembly.Memory, n: number, timeoutMs: number, ownPart: (inference: number) => void): Promise<ThreadPool | string> {
  const words = new Int32Array(memory.buffer, SYNC_AT, SYNC_BYTES / 4);
  /** Each worker's last word: its error, or its exit. */
  const news: (WorkerNews | undefined)[] = [];
  const waiting: ((news: WorkerNews) => void)[] = [];
  const workers = Array.from({ length: n - 1 }, (_, i) => {
    const t = i + 1;
    return maker.make((m) => {
      if (!m.ready) news[t] ??= m;
      waiting[t]?.(m);
    });
  });
  const heard = (t: number) => new Promise<WorkerNews>((resolve) => (waiting[t] = resolve));
  const started = Promise.all(workers.map((_, i) => heard(i + 1)));
  workers.forEach((w, i) => w.post({ module, memory, t: i + 1, sync: { at: SYNC_AT, words: SYNC_BYTES / 4, ...SYNC }, timeout: timeoutMs }));
  const answers = await Promise.race([started, pause(60000).then(() => null)]);
  maker.started();
  const refused = answers ? answers.findIndex((a) => !a.ready) : -1;
  const end = () => {
    Atomics.store(words, SYNC.quit, 1);
    Atomics.add(words, SYNC.go, 1);
    Atomics.notify(words, SYNC.go);
    for (const w of workers) w.terminate();
  };
  if (!answers || refused >= 0) {
    end();
    const why = answers ? (answers[refused]!.error ?? `it exited with code ${answers[refused]!.exit}`) : "none started within a minute";
    return `the worker threads could not start (${why})`;
  }
  let failure: Error | undefined;
  let inferences = 0;
  /** Why an inference failed: the thread that set the abort word, and what it said. */
  const explain = async (own: unknown): Promise<Error> => {
    const abort = Atomics.load(words, SYNC.abort);
    if (abort === 0) {
      // This thread failed first: release the workers from their waits.
      Atomics.store(words, SYNC.abort, 1);
      Atomics.notify(words, SYNC.done);
      return new Error(`thread 0 (the calling thread) failed: ${(own as Error)?.message ?? own}`);
    }
    if (abort === TIMED_OUT) {
      await pause(50); // a worker's exit, if that is what happened, arrives now
      const gone = news.flatMap((m, t) => (m ? [`thread ${t} ${m.error !== undefined ? `failed: ${m.error}` : `exited with code ${m.exit}`}`] : []));
      return new Error(`the inference waited over ${timeoutMs} ms for a chunk before layer ${Atomics.load(words, SYNC.layer)} to finish: a thread stopped${gone.length ? ` (${gone.join("; ")})` : ""}`);
    }
    const t = abort - 1;
    const said = news[t] ?? (await Promise.race([heard(t), pause(1000).then(() => undefined)]));
    return new Error(`thread ${t} failed: ${said?.error ?? (said?.exit !== undefined ? `it exited with code ${said.exit}` : "it gave no reason")}`);
  };
  return {
    threads: n,
    async run() {
      if (failure) throw new Error(`an earlier inference failed on its threads (${failure.message}); dispose the model and load it again`);
      const dead = news.findIndex((m) => m);
      if (dead >= 0) {
        failure = new Error(`thread ${dead} ${news[dead]!.error !== undefined ? `failed: ${news[dead]!.error}` : `exited with code ${news[dead]!.exit}`}`);
        throw failure;
      }
      const inference = inferences++;
      Atomics.store(words, SYNC.go, inference + 1);
      Atomics.notify(words, SYNC.go);
      try {
        ownPart(inference);
      } catch (e) {
        failure = await explain(e);
        throw failure;
      }
    },
    dispose: end,
  };
}
