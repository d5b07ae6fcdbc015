// How the compiler writes sizes and counts: in errors, `mixc ir` and the report.

/** Bytes in the largest binary unit that keeps a whole part, 3 significant digits: "9.02 MiB", "512 KiB". */
export function binarySize(bytes: number): string {
  const [unit, scale] = ([["GiB", 2 ** 30], ["MiB", 2 ** 20], ["KiB", 2 ** 10]] as const).find(([, s]) => bytes >= s) ?? ["bytes", 1];
  return `${+(bytes / scale).toPrecision(3)} ${unit}`;
}

/** "1 activation", "16 activations". */
export const plural = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;

/** The paper's style: 4_134_606 -> "4.1M", 256_000_000 -> "256M", 4_496 -> "4.5K". */
export function millions(n: number): string {
  if (n < 1e6) return `${(n / 1e3).toFixed(1)}K`;
  return n < 1e8 ? `${(n / 1e6).toFixed(1)}M` : `${(n / 1e6).toFixed(0)}M`;
}

/** 4134606 -> "4,134,606", as `mixc stats` prints counts. */
export const thousands = (n: number) => n.toLocaleString("en-US");

/** A share as a percentage with one decimal: 0.1234 -> "12.3%". */
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
