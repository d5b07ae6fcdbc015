// The shipped specs, for tests that sweep all of them.
import { readdirSync } from "node:fs";

export const SPECS = readdirSync("specs")
  .filter((f) => f.endsWith(".mix"))
  .sort()
  .map((f) => `specs/${f}`);
