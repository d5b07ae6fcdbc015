// References to Hub repositories, "hf:ORG/REPO[@REVISION]", and the names of
// files in them, checked before any of them becomes a path in the cache. The
// rules are the spec language's (frontend/hub-ref.ts, after huggingface_hub's
// validate_repo_id); this module turns a broken name into a user error.
import { HUB_PREFIX, isHubRef, tryParseHubRef, type HubRef } from "../frontend/hub-ref.ts";
import { HubError } from "./errors.ts";

export { isHubRef, type HubRef };

const MAX_FILE_NAME = 255;

/** The repository and revision that `text` names, or a user error saying what is wrong with it. */
export function parseHubRef(text: string): HubRef {
  const ref = tryParseHubRef(text);
  if ("error" in ref) throw new HubError(printable(`Hub reference "${text}": ${ref.error}`));
  return ref;
}

/** Checks a reference made by hand (not by parseHubRef) by the same rules. */
export function checkHubRef(ref: HubRef): void {
  parseHubRef(`${HUB_PREFIX}${ref.repo}@${ref.revision}`);
}

/**
 * Checks the name of a file in a repository: '/'-separated names, none empty,
 * '.' or '..', no backslash, colon or control character, so that joined to a
 * snapshot folder it stays inside it on every system.
 */
export function checkRepoFile(ref: HubRef, file: string): void {
  const parts = file.split("/");
  const ok =
    file.length <= MAX_FILE_NAME &&
    !/[\\:\x00-\x1f\x7f]/.test(file) &&
    parts.every((p) => p !== "" && p !== "." && p !== "..");
  if (!ok) throw new HubError(`hf:${ref.repo}: file name "${printable(file)}" is not a relative path inside the repository`);
}

/** `text` with control characters shown as escapes, so that an error stays one line. */
function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
