// How the report and `mixc ir` write sizes and counts.

/** Bytes in the largest binary unit that keeps a whole part, 3 significant digits: "9.02 MiB", "512 KiB". */
export function binarySize(bytes: number): string {
  const [unit, scale] = ([["GiB", 2 ** 30], ["MiB", 2 ** 20], ["KiB", 2 ** 10]] as const).find(([, s]) => bytes >= s) ?? ["bytes", 1];
  return `${+(bytes / scale).toPrecision(3)} ${unit}`;
}

/** "1 activation", "16 activations". */
export const plural = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;

/** 4_100_000 -> "4.1M", 256_000_000 -> "256M": the paper's style. */
export function millions(n: number): string {
  return `${+(n / 1e6).toPrecision(3)}M`;
}
