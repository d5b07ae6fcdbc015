// A Hugging Face Hub reference, "hf:ORG/REPO" or "hf:ORG/REPO@REVISION", as a
// spec's `pretrained` statement and `--weights` name one. Checked before any of
// it becomes a path in the cache: the names follow huggingface_hub's
// validate_repo_id (word characters, '-' and '.', starting and ending with a
// word character, no '--' or '..', at most 96 characters, not ending in .git),
// so none can climb out of the cache or collide with its `models--ORG--REPO`.

export interface HubRef {
  /** "ORG/REPO". */
  repo: string;
  /** A branch, tag or commit; "main" when none is given. */
  revision: string;
}

export const HUB_PREFIX = "hf:";
const MAX_REPO_ID = 96;
const MAX_REVISION = 255;
const NAME = /^\w(?:[\w.-]*\w)?$/;
const REVISION = /^\w(?:[\w.-]*\w)?(?:\/\w(?:[\w.-]*\w)?)*$/;

/** Whether `text` is meant as a Hub reference (it may still be a broken one). */
export function isHubRef(text: string): boolean {
  return text.startsWith(HUB_PREFIX);
}

/** The reference's parts, or why it is not one (a predicate: "must start with ..."). */
export function tryParseHubRef(text: string): HubRef | { error: string } {
  if (!isHubRef(text)) return { error: `must start with "${HUB_PREFIX}" (the Hugging Face Hub), as "hf:timm/mixnet_m.ft_in1k"` };
  const body = text.slice(HUB_PREFIX.length);
  const at = body.indexOf("@");
  const repo = at < 0 ? body : body.slice(0, at);
  const revision = at < 0 ? "main" : body.slice(at + 1);
  const parts = repo.split("/");
  if (parts.length !== 2 || parts.some((p) => p === "")) return { error: `must name its repository as ORG/REPO, got "${repo}"` };
  const bad = parts.find((p) => !NAME.test(p) || p.includes("--") || p.includes(".."));
  if (bad !== undefined) return { error: `has a bad repository name "${bad}": a name holds letters, digits, '_', '-' and '.', starts and ends with a letter or digit, and has no '--' or '..'` };
  if (repo.length > MAX_REPO_ID) return { error: `has a repository id longer than ${MAX_REPO_ID} characters` };
  if (repo.endsWith(".git")) return { error: `has a repository id ending in .git` };
  if (revision.length > MAX_REVISION || !REVISION.test(revision) || revision.includes("..")) {
    return { error: `has a bad revision "${revision}": a branch, tag or commit holds letters, digits, '_', '-' and '.', with '/' between names, and no '..'` };
  }
  return { repo, revision };
}
