// Serves a `mixc compile --target worker` folder with workerd (npm `workerd`,
// whose binary ships in the package) on 127.0.0.1, on a port the system picks:
// workerd reports it on a control descriptor once it listens.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

const WORKERD: string = createRequire(import.meta.url)("workerd").default;

export interface Server {
  url: string;
  /** workerd's process id (bench:image reads its CPU time from /proc). */
  pid: number;
  stop(): Promise<void>;
}

export async function serve(dir: string): Promise<Server> {
  const child = spawn(WORKERD, ["serve", `${dir}/config.capnp`, "--socket-addr", "http=127.0.0.1:0", "--control-fd", "3"], { stdio: ["ignore", "pipe", "pipe", "pipe"] });
  // Never outlive the test process, even when it ends without running afterAll.
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  child.once("exit", () => process.off("exit", kill));
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const port = await new Promise<number>((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`workerd exited (${code}) before listening:\n${log}`)));
    createInterface({ input: child.stdio[3] as Readable }).on("line", (line) => {
      const event = JSON.parse(line) as { event: string; socket: string; port: number };
      if (event.event === "listen" && event.socket === "http") resolve(event.port);
    });
  });
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid!, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
