// Errors of the Hub client: one line that names the repository (and the file)
// and says what failed. They are user errors: the CLI prints them and exits 1.
import { UserError } from "../errors.ts";
import type { HubRef } from "./ref.ts";

export class HubError extends UserError {}

/** The reference as the user wrote it: "hf:ORG/REPO" or "hf:ORG/REPO@REVISION". */
export function refLabel(ref: HubRef): string {
  return ref.revision === "main" ? `hf:${ref.repo}` : `hf:${ref.repo}@${ref.revision}`;
}

/** An error about `ref`, and about `file` in it where one is named. */
export function hubError(ref: HubRef, file: string | undefined, what: string): HubError {
  return new HubError(`${refLabel(ref)}${file === undefined ? "" : `: ${file}`}: ${what}`);
}
