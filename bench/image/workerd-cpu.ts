// The CPU time a process spends per request, from Linux's /proc/<pid>/stat (user and
// system time of all its threads, those that have ended included) read around batches
// of identical sequential requests. workerd's clocks stand still while JavaScript runs,
// so a worker cannot time its own decode or inference; the kernel still counts them.
// The counters are in clock ticks (CLK_TCK, 100 a second: 10 ms), so each batch holds
// enough requests to take many ticks, and the probes' batches alternate so that the
// machine's load hits them alike.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface Probe {
  name: string;
  /** Sends the request once; throws if the answer is not the expected one. */
  send: () => Promise<void>;
}

export interface Batches {
  /** Requests in each batch. */
  size: number;
  /** Each batch's CPU milliseconds per request. */
  perRequest: number[];
}

export interface CpuTimes {
  batches: Map<string, Batches>;
  rounds: number;
  tickMs: number;
}

/** A batch takes at least this many ticks' CPU time, so that one tick is at most 3% of it... */
const BATCH_TICKS = 30;
/** ...and holds at least min requests (a tick is then at most 0.5 ms of a request's time). */
const BATCH = { min: 20, max: 300 };
const ROUNDS = { min: 3, max: 15 };

/** Each probe's CPU time per request in the process pid, in as many alternating rounds as fit budgetMs; or why not. */
export async function cpuPerRequest(pid: number, probes: readonly Probe[], budgetMs: number): Promise<CpuTimes | string> {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return `${stat} is missing (the CPU time is read from Linux's /proc)`;
  const children = childProcesses(pid);
  if (children.length) return `process ${pid} has child processes (${children.join(", ")}), whose CPU time ${stat} leaves out`;
  const tickMs = 1000 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
  const cpuMs = () => processTicks(stat) * tickMs;
  const batch = async (probe: Probe, size: number) => {
    const [cpu, wall] = [cpuMs(), performance.now()];
    for (let i = 0; i < size; i++) await probe.send();
    return { cpu: (cpuMs() - cpu) / size, wall: performance.now() - wall };
  };
  // A first batch of the fewest requests warms each probe up and sizes its batches.
  const sizes = new Map<string, number>();
  let roundMs = 0;
  for (const probe of probes) {
    const first = await batch(probe, BATCH.min);
    const size = clamp(Math.ceil((BATCH_TICKS * tickMs) / Math.max(first.cpu, tickMs / BATCH.max)), BATCH);
    sizes.set(probe.name, size);
    roundMs += (first.wall / BATCH.min) * size;
  }
  const rounds = clamp(Math.floor(budgetMs / roundMs), ROUNDS);
  const batches = new Map(probes.map((p) => [p.name, { size: sizes.get(p.name)!, perRequest: [] as number[] }]));
  for (let r = 0; r < rounds; r++) {
    for (const probe of probes) {
      const b = batches.get(probe.name)!;
      b.perRequest.push((await batch(probe, b.size)).cpu);
    }
  }
  return { batches, rounds, tickMs };
}

/** utime + stime: fields 14 and 15, counted after the command name, which is in parentheses and may hold spaces. */
function processTicks(stat: string): number {
  const text = readFileSync(stat, "utf8");
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

function childProcesses(pid: number): string[] {
  const tasks = readdirSync(`/proc/${pid}/task`);
  return tasks.flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean));
}

const clamp = (x: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, x));
