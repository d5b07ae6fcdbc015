// Debian's PIL for the image tests that make their images and reference pixels
// with a script of their own (test/image/make-photos.ts makes photos). In CI a
// missing PIL fails loudly; on a user's machine the tests that need it skip, saying so.
import { spawnSync } from "node:child_process";
import { PYTHON, whyNoPil } from "./make-photos.ts";

const noPil = whyNoPil();
export const hasPil = noPil === undefined;

if (noPil) {
  if (process.env.CI) throw new Error(`CI: the image tests need PIL: ${noPil}`);
  console.warn(`skipping the tests that need PIL: ${noPil}`);
}

/** Runs a Python script with PIL (its arguments in sys.argv[1:]); returns what it wrote to stdout. */
export function pil(script: string, ...args: string[]): Buffer {
  const run = spawnSync(PYTHON, ["-c", script, ...args], { maxBuffer: 2 ** 30 });
  if (run.status !== 0) throw new Error(`${PYTHON} failed (${run.status ?? run.signal}): ${run.stderr}`);
  return run.stdout;
}
