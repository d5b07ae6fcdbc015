// Phone-sized images made on the fly by scripts/make-photos.py with Debian's
// Pillow (too big to commit), for the photo tests and npm run bench:image.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const PYTHON = "/usr/bin/python3";
const SCRIPT = resolve(import.meta.dirname, "../../scripts/make-photos.py");

/** Why photos cannot be made here (no Debian python3 or no PIL in it), or undefined when they can. */
export function whyNoPil(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} not found (apt-get install python3-pil)`;
  try {
    execFileSync(PYTHON, ["-c", "import PIL"], { stdio: "ignore" });
    return undefined;
  } catch {
    return `${PYTHON} has no PIL (apt-get install python3-pil)`;
  }
}

/** The version of PIL that makes the photos and the references. */
export function pilVersion(): string {
  return execFileSync(PYTHON, ["-c", "import PIL; print(PIL.__version__)"], { encoding: "utf8" }).trim();
}

export interface SaveOptions {
  format?: "jpeg" | "png";
  quality?: number;
  subsampling?: "4:4:4" | "4:2:2" | "4:2:0";
  progressive?: boolean;
  /** EXIF orientation 1-8: the pixels are stored so that applying it gives back the image. */
  orientation?: number;
}

export type PhotoJob =
  | ({ scene: number; size: [number, number]; out: string } & SaveOptions)
  | ({ enlarge: string; canvas: [number, number]; out: string } & SaveOptions)
  | { reference: string; resize: number; crop: number; out: string };

/** Runs the jobs (scripts/make-photos.py says what each makes) in `workers` processes at once. */
export async function makePhotos(jobs: PhotoJob[], workers = 2): Promise<void> {
  const batches = Array.from({ length: workers }, (_, w) => jobs.filter((_, i) => i % workers === w)).filter((b) => b.length);
  await Promise.all(batches.map(runScript));
}

function runScript(jobs: PhotoJob[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(PYTHON, [SCRIPT], { stdio: ["pipe", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`scripts/make-photos.py failed (${code}):\n${err}`))));
    child.stdin.end(JSON.stringify(jobs));
  });
}
