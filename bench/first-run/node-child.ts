// A fresh Node process: one first-run measurement of the bundle named on the command line, as JSON.
import { readFileSync } from "node:fs";
import { measureFirstRun } from "./measure.ts";

console.log(JSON.stringify(await measureFirstRun(new Uint8Array(readFileSync(process.argv[2]!)))));
