// Debian's PIL (python3-pil, at /usr/bin/python3) for the image tests: it makes
// the test images and their reference pixels. In CI a missing PIL fails loudly;
// on a user's machine the tests that need it skip, saying so.
import { spawnSync } from "node:child_process";

export const PYTHON = "/usr/bin/python3";
export const hasPil = spawnSync(PYTHON, ["-c", "import PIL"]).status === 0;

if (!hasPil) {
  if (process.env.CI) throw new Error(`CI: PIL is missing from ${PYTHON}; .ci/run installs python3-pil`);
  console.warn(`skipping the tests that need PIL: ${PYTHON} cannot import PIL (apt-get install python3-pil)`);
}

/** Runs a Python script with PIL (its arguments in sys.argv[1:]); returns what it wrote to stdout. */
export function pil(script: string, ...args: string[]): Buffer {
  const run = spawnSync(PYTHON, ["-c", script, ...args], { maxBuffer: 2 ** 30 });
  if (run.status !== 0) throw new Error(`${PYTHON} failed (${run.status ?? run.signal}): ${run.stderr}`);
  return run.stdout;
}
