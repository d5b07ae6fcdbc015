// A download's progress bar on a terminal: the file's name, a bar, the
// percentage, bytes so far and in all, and the rate; redrawn in place with
// '\r' at most ten times a second and finished with a newline. Nothing at all
// where the output is not a terminal (a log, a pipe, CI).

export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` bytes of the file are on disk. */
  update(done: number): void;
  /** The transfer has ended, complete or not. */
  finish(): void;
}

const REDRAW_MS = 100;
const DEFAULT_COLUMNS = 80;
const BAR_MIN = 10;
const BAR_MAX = 30;
const UNITS = ["B", "kB", "MB", "GB"];

/** Bytes in decimal units, as huggingface_hub's tqdm bars show them: "48.3 MB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** One frame of the bar, fitted to `columns`. */
export function progressLine(name: string, done: number, total: number, bytesPerSecond: number, columns: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const numbers = ` ${String(Math.floor(fraction * 100)).padStart(3)}% ${formatBytes(done)}/${formatBytes(total)} ${formatBytes(Math.round(bytesPerSecond))}/s`;
  const room = columns - 1 - numbers.length; // the last column stays free for the cursor
  const barWidth = Math.min(BAR_MAX, room - name.length - 3);
  const filled = Math.round(fraction * barWidth);
  const bar = barWidth >= BAR_MIN ? ` [${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]` : "";
  const shownName = name.length <= room - bar.length ? name : `…${name.slice(-Math.max(1, room - 1))}`;
  return `${shownName}${bar}${numbers}`.slice(0, columns - 1);
}

/** A progress bar for a file of `total` bytes of which `start` are already there, or one that draws nothing. */
export function progressBar(out: ProgressOutput | undefined, name: string, total: number, start: number): Progress {
  if (!out?.isTTY) return { update() {}, finish() {} };
  const began = Date.now();
  let lastDraw = 0;
  let done = start;
  let width = 0;
  const draw = () => {
    const seconds = Math.max((Date.now() - began) / 1000, 1e-3);
    const line = progressLine(name, done, total, (done - start) / seconds, out.columns ?? DEFAULT_COLUMNS);
    out.write(`\r${line}${" ".repeat(Math.max(0, width - line.length))}`);
    width = line.length;
    lastDraw = Date.now();
  };
  draw();
  return {
    update(bytes) {
      done = bytes;
      if (Date.now() - lastDraw >= REDRAW_MS) draw();
    },
    finish() {
      draw();
      out.write("\n");
    },
  };
}
