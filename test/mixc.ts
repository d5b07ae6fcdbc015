// The CLI as the tests run it: main() with its output captured. Whatever the
// arguments, it never prints a stack trace or an internal error.
import { expect } from "vitest";
import { main } from "../cli/main.ts";

export async function mixc(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  expect(err).not.toMatch(/\n\s+at |internal error/);
  return { code, out, err };
}
