// The threaded code: the network's kernel calls cut into chunks (split.ts) that
// any thread may take, on a shared memory that the runtime fills with the plain
// module's initialised memory. Each of the threads runs `run_part`: it takes the
// inference's next chunk from a shared counter, waits until every chunk of the
// layers before has finished, runs it and counts it finished, until none is left;
// the calling thread then waits for the last to finish. Who takes which chunk does
// not matter: a chunk is computed the same by any thread, so a thread that is slow
// to start (another process has its core) costs nothing but its share, and one
// that never comes is not waited for. Calls that are not split (squeeze-and-
// excitation, pooling, the classifier) are one chunk each. A band-fused step
// (band-calls.ts) is cut by channels instead: a chunk runs all of its calls,
// band after band, each on the chunk's channels, so its threads never wait for
// each other inside it.
import { RUN_PART, SYNC, syncAddress, TIMED_OUT } from "../../../runtime/thread-sync.ts";
import { BLOCKS_PER_LINE, type Addresses, type KernelCall } from "./calls.ts";
import { rangeArgs, unitsOf, type Split } from "./split.ts";

/** Chunks a split call is cut into, at most: enough for 2-4 threads to share evenly, few enough that taking them costs little (MixNet-M on 2 threads: 4, 8, 16 and 32 within noise of each other, 0.59-0.63x one thread). */
const CHUNKS = 16;

const word = (w: number) => `(i32.const ${syncAddress(w)})`;
const load = (w: number) => `(i32.atomic.load ${word(w)})`;
/** a - b >= 0 on counters that wrap. */
const reached = (a: string, b: string) => `(i32.ge_s (i32.sub ${a} ${b}) (i32.const 0))`;

/** The end of range k of n over a split's units: unit * floor(units * k / n), at most the items. */
const SHARE = `(func $share (param $units i32) (param $unit i32) (param $items i32) (param $k i32) (param $n i32) (result i32)
    (local $end i32)
    (local.set $end (i32.mul (local.get $unit) (i32.div_u (i32.mul (local.get $units) (local.get $k)) (local.get $n))))
    (select (local.get $end) (local.get $items) (i32.lt_u (local.get $end) (local.get $items))))`;

/**
 * Taking and waiting. $claim takes the next ticket below $end, or answers $end when none is left.
 * $await waits until `done` reaches $target: it spins `spins` times, then blocks (where it may: a
 * browser's main thread may not) a millisecond at a time, and past its deadline sets the abort word.
 * A waiting thread traps once the abort word is set (a thread failed, or one waited too long).
 */
const SYNC_FIELDS = `(global $spins (mut i32) (i32.const 0))
  (global $block (mut i32) (i32.const 0))
  (global $timeout (mut f64) (f64.const 0))
  (global $thread (mut i32) (i32.const 0))
  (func $claim (param $end i32) (result i32)
    (local $cur i32)
    (loop $retry
      (local.set $cur ${load(SYNC.next)})
      (if ${reached("(local.get $cur)", "(local.get $end)")} (then (return (local.get $end))))
      (br_if $retry (i32.ne (i32.atomic.rmw.cmpxchg ${word(SYNC.next)} (local.get $cur) (i32.add (local.get $cur) (i32.const 1))) (local.get $cur))))
    (local.get $cur))
  (func $finish
    (drop (i32.atomic.rmw.add ${word(SYNC.done)} (i32.const 1)))
    (if ${load(SYNC.waiters)} (then (drop (memory.atomic.notify ${word(SYNC.done)} (i32.const -1))))))
  (func $await (param $target i32) (param $layer i32)
    (local $seen i32) (local $i i32) (local $deadline f64)
    (if ${reached(load(SYNC.done), "(local.get $target)")} (then (return)))
    (local.set $deadline (f64.add (call $now) (global.get $timeout)))
    (loop $wait
      (local.set $seen ${load(SYNC.done)})
      (if ${reached("(local.get $seen)", "(local.get $target)")} (then (return)))
      (if ${load(SYNC.abort)} (then (unreachable)))
      (if (i32.lt_u (local.get $i) (global.get $spins))
        (then (local.set $i (i32.add (local.get $i) (i32.const 1))))
        (else
          (if (global.get $block)
            (then
              (drop (i32.atomic.rmw.add ${word(SYNC.waiters)} (i32.const 1)))
              (drop (memory.atomic.wait32 ${word(SYNC.done)} (local.get $seen) (i64.const 1000000)))
              (drop (i32.atomic.rmw.sub ${word(SYNC.waiters)} (i32.const 1)))))
          (if (f64.gt (call $now) (local.get $deadline))
            (then
              (i32.atomic.store ${word(SYNC.layer)} (local.get $layer))
              (drop (i32.atomic.rmw.cmpxchg ${word(SYNC.abort)} (i32.const 0) (i32.const ${TIMED_OUT})))
              (drop (memory.atomic.notify ${word(SYNC.done)} (i32.const -1)))
              (unreachable)))))
      (br $wait)))`;

/**
 * Calls that run on the same range, in order: a call with `withNext` and the one after it, or
 * every call of a step shared out by channels (`byChannels`, over the step's 8-channel blocks).
 */
interface Task {
  calls: KernelCall[];
  /** The items the task's chunks share out, in units; absent: one chunk. */
  range?: Pick<Split, "items" | "unit">;
  byChannels?: boolean;
  chunks: number;
}

/** A step whose calls threads share out by channels: one task over its blocks of 8 channels, in whole cache lines. */
function channelTask(calls: KernelCall[]): Task {
  const blocks = Math.max(...calls.map((c) => Math.ceil((c.byChannels!.from + c.byChannels!.split.items) / c.byChannels!.per)));
  // Cut at whole cache lines of a pixel's channels, so that no two threads write one (calls.ts); each
  // call moves and counts its own units (channelCall).
  const range = { items: blocks, unit: BLOCKS_PER_LINE / 2 };
  return { calls, range, byChannels: true, chunks: Math.min(CHUNKS, unitsOf(range)) };
}

function tasksOf(calls: KernelCall[]): Task[] {
  if (calls.length && calls.every((c) => c.byChannels)) return [channelTask(calls)];
  const tasks: Task[] = [];
  let joined = false;
  for (const c of calls) {
    if (joined) tasks.at(-1)!.calls.push(c);
    else tasks.push({ calls: [c], ...(c.split && { range: c.split }), chunks: c.split ? Math.min(CHUNKS, unitsOf(c.split)) : 1 });
    joined = !!c.split?.withNext;
  }
  return tasks;
}

const constCall = (c: KernelCall, at: Addresses) => `(call $${c.kernel} ${c.args(at).map((a) => `(i32.const ${a})`).join(" ")})`;

/** A call on the step blocks [$lo, $hi): on its own units there, [$a, $b) counted from its first, if any. */
function channelCall(c: KernelCall, at: Addresses): string {
  const { from, per, split } = c.byChannels!;
  const [first, end] = [`(i32.const ${from})`, `(i32.const ${from + split.items})`];
  const lo = `(i32.mul (local.get $lo) (i32.const ${per}))`;
  const hi = `(i32.mul (local.get $hi) (i32.const ${per}))`;
  return `(local.set $a (i32.sub (select ${lo} ${first} (i32.gt_s ${lo} ${first})) ${first}))
          (local.set $b (i32.sub (select ${hi} ${end} (i32.lt_s ${hi} ${end})) ${first}))
          (if (i32.lt_s (local.get $a) (local.get $b)) (then (call $${c.kernel} ${rangeArgs(split, c.args(at), "a", "b").join(" ")})))`;
}

/** Layer i's function of chunk $c: the task the chunk belongs to, on the chunk's range of its units. */
function layerFunction(tasks: Task[], at: Addresses, i: number): string {
  let first = 0;
  const branches = tasks.map((task) => {
    const from = first;
    first += task.chunks;
    const s = task.range;
    const body = s
      ? `(local.set $k (i32.sub (local.get $c) (i32.const ${from})))
        (local.set $lo (call $share (i32.const ${unitsOf(s)}) (i32.const ${s.unit}) (i32.const ${s.items}) (local.get $k) (i32.const ${task.chunks})))
        (local.set $hi (call $share (i32.const ${unitsOf(s)}) (i32.const ${s.unit}) (i32.const ${s.items}) (i32.add (local.get $k) (i32.const 1)) (i32.const ${task.chunks})))
        (if (i32.lt_u (local.get $lo) (local.get $hi)) (then
          ${task.calls.map((c) => (task.byChannels ? channelCall(c, at) : `(call $${c.kernel} ${rangeArgs(c.split!, c.args(at)).join(" ")})`)).join("\n          ")}))`
      : task.calls.map((c) => constCall(c, at)).join("\n        ");
    return `(if (i32.lt_u (local.get $c) (i32.const ${first})) (then
        ${body}
        (return)))`;
  });
  return `(func $layer${i} (param $c i32) (local $k i32) (local $lo i32) (local $hi i32) (local $a i32) (local $b i32)
    ${branches.join("\n    ")})`;
}

/**
 * Module fields: one function per layer running one of its chunks, run_part (the loop above) and
 * run_layer(i), every chunk of layer i on this thread, for profiling. The module must import `$now`
 * (milliseconds, an f64).
 */
export function threadedFields(lowered: KernelCall[][], at: (layer: number) => Addresses): string {
  const layers = lowered.map(tasksOf);
  const counts = layers.map((tasks) => tasks.reduce((n, t) => n + t.chunks, 0));
  const starts = counts.map((_, i) => counts.slice(0, i).reduce((a, b) => a + b, 0));
  const total = counts.reduce((a, b) => a + b, 0);
  const dispatch = layers.map(
    (_, i) => `(if (i32.lt_u (local.get $c) (i32.const ${starts[i]! + counts[i]!})) (then
      (call $await (i32.add (local.get $base) (i32.const ${starts[i]})) (i32.const ${i}))
      (call $layer${i} (i32.sub (local.get $c) (i32.const ${starts[i]})))
      (return)))`,
  );
  const whole = layers.map(
    (_, i) => `(if (i32.eq (local.get $i) (i32.const ${i})) (then
      (local.set $c (i32.const 0))
      (loop $chunk (call $layer${i} (local.get $c)) (br_if $chunk (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (i32.const ${counts[i]}))))))`,
  );
  return `${SHARE}
  ${SYNC_FIELDS}
  ${layers.map((tasks, i) => layerFunction(tasks, at(i), i)).join("\n  ")}
  (func $chunk (param $base i32) (param $c i32)
    ${dispatch.join("\n    ")}
    (unreachable))
  (global (export "layers") i32 (i32.const ${layers.length}))
  (func (export "run_layer") (param $i i32) (local $c i32)
    ${whole.join("\n    ")})
  (func (export "${RUN_PART}") (param $t i32) (param $r i32) (param $spins i32) (param $block i32) (param $timeout f64)
    (local $base i32) (local $end i32) (local $ticket i32)
    (global.set $thread (local.get $t))
    (global.set $spins (local.get $spins))
    (global.set $block (local.get $block))
    (global.set $timeout (local.get $timeout))
    (local.set $base (i32.mul (local.get $r) (i32.const ${total})))
    (local.set $end (i32.add (local.get $base) (i32.const ${total})))
    (block $none (loop $take
      (local.set $ticket (call $claim (local.get $end)))
      (br_if $none (i32.eq (local.get $ticket) (local.get $end)))
      (call $chunk (local.get $base) (i32.sub (local.get $ticket) (local.get $base)))
      (call $finish)
      (br $take)))
    ;; the calling thread returns once every chunk has finished
    (if (i32.eqz (local.get $t)) (then (call $await (local.get $end) (i32.const ${layers.length})))))`;
}
