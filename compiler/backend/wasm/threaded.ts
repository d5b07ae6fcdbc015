// The threaded code: the network's layers, each thread doing its share of
// every kernel call (split.ts), with a barrier between layers. It imports a
// shared memory that the runtime fills with the plain module's initialised
// memory, and runs as `run_part(t, n, spins, block, timeout)` on each of n
// threads at once (runtime/threads.ts). Calls that are not split (the stem,
// squeeze-and-excitation, pooling, the classifier: a few percent of the time)
// are made by thread 0 alone.
import { RUN_PART, SYNC, syncAddress, TIMED_OUT } from "../../../runtime/thread-sync.ts";
import type { Addresses, KernelCall } from "./calls.ts";
import { rangeArgs, unitsOf } from "./split.ts";

const word = (w: number) => `(i32.const ${syncAddress(w)})`;

/** The end of thread k's range of n: unit * floor(units * k / n), at most the items. */
const SHARE = `(func $share (param $units i32) (param $unit i32) (param $items i32) (param $k i32) (param $n i32) (result i32)
    (local $end i32)
    (local.set $end (i32.mul (local.get $unit) (i32.div_u (i32.mul (local.get $units) (local.get $k)) (local.get $n))))
    (select (local.get $end) (local.get $items) (i32.lt_u (local.get $end) (local.get $items))))`;

/**
 * A barrier over a generation counter: the last thread to arrive starts the next generation
 * and wakes the others. A waiting thread spins `spins` times, then blocks (where it may: a
 * browser's main thread may not) a millisecond at a time, and gives up past its deadline,
 * setting the abort word. Any thread traps out of a barrier once the abort word is set (a
 * thread failed, or one waited too long), so that no thread waits on one that is gone.
 */
const BARRIER = `(global $threads (mut i32) (i32.const 1))
  (global $spins (mut i32) (i32.const 0))
  (global $block (mut i32) (i32.const 0))
  (global $timeout (mut f64) (f64.const 0))
  (func $barrier (param $layer i32)
    (local $gen i32) (local $i i32) (local $deadline f64)
    (local.set $gen (i32.atomic.load ${word(SYNC.generation)}))
    (if (i32.eq (i32.atomic.rmw.add ${word(SYNC.arrived)} (i32.const 1)) (i32.sub (global.get $threads) (i32.const 1)))
      (then
        (i32.atomic.store ${word(SYNC.arrived)} (i32.const 0))
        (drop (i32.atomic.rmw.add ${word(SYNC.generation)} (i32.const 1)))
        (drop (memory.atomic.notify ${word(SYNC.generation)} (i32.const -1)))
        (return)))
    (local.set $deadline (f64.add (call $now) (global.get $timeout)))
    (loop $wait
      (if (i32.ne (i32.atomic.load ${word(SYNC.generation)}) (local.get $gen)) (then (return)))
      (if (i32.atomic.load ${word(SYNC.abort)}) (then (unreachable)))
      (if (i32.lt_u (local.get $i) (global.get $spins))
        (then (local.set $i (i32.add (local.get $i) (i32.const 1))))
        (else
          (if (global.get $block) (then (drop (memory.atomic.wait32 ${word(SYNC.generation)} (local.get $gen) (i64.const 1000000)))))
          (if (f64.gt (call $now) (local.get $deadline))
            (then
              (i32.atomic.store ${word(SYNC.layer)} (local.get $layer))
              (drop (i32.atomic.rmw.cmpxchg ${word(SYNC.abort)} (i32.const 0) (i32.const ${TIMED_OUT})))
              (drop (memory.atomic.notify ${word(SYNC.generation)} (i32.const -1)))
              (unreachable)))))
      (br $wait)))`;

/** One call as thread $t of $n makes it: its range of a split call, or the whole call on thread 0. */
function threadCall(c: KernelCall, at: Addresses, layer: number): string {
  const args = c.args(at);
  if (!c.split) return `(if (i32.eqz (local.get $t)) (then (call $${c.kernel} ${args.map((a) => `(i32.const ${a})`).join(" ")})))`;
  const s = c.split;
  const share = (k: string) => `(call $share (i32.const ${unitsOf(s)}) (i32.const ${s.unit}) (i32.const ${s.items}) ${k} (local.get $n))`;
  const k = s.turn === undefined ? "(local.get $t)" : `(i32.rem_u (i32.add (local.get $t) (i32.const ${layer + s.turn})) (local.get $n))`;
  return `(local.set $k ${k})
    (local.set $lo ${share("(local.get $k)")})
    (local.set $hi ${share("(i32.add (local.get $k) (i32.const 1))")})
    (if (i32.lt_u (local.get $lo) (local.get $hi)) (then (call $${c.kernel} ${rangeArgs(s, args).join(" ")})))`;
}

/** Whether thread 0 makes every call of the layer alone. */
const solo = (calls: KernelCall[]) => calls.every((c) => !c.split);

/**
 * Module fields: one function per layer taking (t, n), run_part running them all with a barrier
 * after each (but between two layers that thread 0 makes alone), and run_layer(i), layer i on
 * one thread, for profiling. The module must import `$now` (milliseconds, an f64).
 */
export function threadedFields(lowered: KernelCall[][], at: (layer: number) => Addresses): string {
  const layers = lowered.map(
    (calls, i) => `(func $layer${i} (type $part) (param $t i32) (param $n i32) (local $k i32) (local $lo i32) (local $hi i32)
    ${calls.map((c) => threadCall(c, at(i), i)).join("\n    ")})`,
  );
  const steps = lowered.map((calls, i) => {
    const next = lowered[i + 1];
    const barrier = next && solo(calls) && solo(next) ? "" : `\n    (call $barrier (i32.const ${i}))`;
    return `(call $layer${i} (local.get $t) (local.get $n))${barrier}`;
  });
  const ids = layers.map((_, i) => `$layer${i}`);
  return `(type $part (func (param i32 i32)))
  ${SHARE}
  ${BARRIER}
  ${layers.join("\n  ")}
  (table ${layers.length} ${layers.length} funcref)
  (elem (i32.const 0) func ${ids.join(" ")})
  (global (export "layers") i32 (i32.const ${layers.length}))
  (func (export "run_layer") (param $i i32)
    (call_indirect (type $part) (i32.const 0) (i32.const 1) (local.get $i)))
  (func (export "${RUN_PART}") (param $t i32) (param $n i32) (param $spins i32) (param $block i32) (param $timeout f64)
    (global.set $threads (local.get $n))
    (global.set $spins (local.get $spins))
    (global.set $block (local.get $block))
    (global.set $timeout (local.get $timeout))
    ${steps.join("\n    ")})`;
}
