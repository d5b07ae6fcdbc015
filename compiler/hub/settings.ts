// The Hub client's settings, read from the environment as huggingface_hub
// reads them (its constants.py and utils/_auth.py), so that mixc and Python
// share one cache, one endpoint and one token.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { HubError } from "./errors.ts";

export type Env = Record<string, string | undefined>;

export interface HubSettings {
  /** The cache's root folder. */
  cache: string;
  /** The Hub's address, without a trailing '/'. */
  endpoint: string;
  /** The access token, if any: sent to the endpoint's host only, never printed or stored. */
  token: string | undefined;
  /** HF_HUB_OFFLINE: no network, files come from the cache or not at all. */
  offline: boolean;
  /** HF_HUB_DISABLE_SYMLINKS: snapshot files are copies of the blobs. */
  copyFiles: boolean;
  /** How long to wait for the Hub's answer to a file's HEAD request (HF_HUB_ETAG_TIMEOUT). */
  headTimeoutMs: number;
  /** How long a download may go without receiving a byte (HF_HUB_DOWNLOAD_TIMEOUT). */
  idleTimeoutMs: number;
}

const DEFAULT_ENDPOINT = "https://huggingface.co";
/** huggingface_hub's default for both of its timeouts, in seconds. */
const DEFAULT_TIMEOUT_S = 10;
const TRUE_VALUES = new Set(["1", "ON", "YES", "TRUE"]);

/** A variable's value, where it is set and not empty. */
function variable(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && TRUE_VALUES.has(value.toUpperCase());
}

/** A leading "~" as the home folder (Python's os.path.expanduser). */
function expandHome(path: string, env: Env): string {
  if (path !== "~" && !path.startsWith("~/")) return path;
  return join(variable(env, "HOME") ?? homedir(), path.slice(1));
}

/** HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface. */
export function hfHome(env: Env): string {
  const home = variable(env, "HF_HOME");
  if (home !== undefined) return expandHome(home, env);
  return join(expandHome(variable(env, "XDG_CACHE_HOME") ?? "~/.cache", env), "huggingface");
}

/** HF_HUB_CACHE, else the older HUGGINGFACE_HUB_CACHE, else HF_HOME/hub. */
export function hubCacheDir(env: Env): string {
  const dir = variable(env, "HF_HUB_CACHE") ?? variable(env, "HUGGINGFACE_HUB_CACHE");
  return dir === undefined ? join(hfHome(env), "hub") : expandHome(dir, env);
}

/** HF_ENDPOINT without its trailing '/', checked to be an http(s) address. */
function endpoint(env: Env): string {
  const text = (variable(env, "HF_ENDPOINT") ?? DEFAULT_ENDPOINT).replace(/\/+$/, "");
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) {
    throw new HubError(`HF_ENDPOINT "${text}" is not an http:// or https:// address without a user name or password`);
  }
  return text;
}

/**
 * HF_TOKEN, else the older HUGGING_FACE_HUB_TOKEN, else the file that
 * `hf auth login` writes (HF_TOKEN_PATH, else HF_HOME/token); line breaks and
 * surrounding spaces removed, an empty token is none.
 */
function token(env: Env): string | undefined {
  const name = variable(env, "HF_TOKEN") === undefined ? "HUGGING_FACE_HUB_TOKEN" : "HF_TOKEN";
  const fromEnv = clean(variable(env, name));
  if (fromEnv !== undefined) return checked(fromEnv, name);
  const path = expandHome(variable(env, "HF_TOKEN_PATH") ?? join(hfHome(env), "token"), env);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined; // no token file: no token, as in huggingface_hub (an unreadable one counts as none too)
  }
  const fromFile = clean(text);
  return fromFile === undefined ? undefined : checked(fromFile, path);
}

function clean(token: string | undefined): string | undefined {
  return token?.replace(/[\r\n]/g, "").trim() || undefined;
}

/** The token, checked here so that the HTTP client never echoes it in an error of its own. */
function checked(token: string, source: string): string {
  if (!/^[\x21-\x7e]+$/.test(token)) throw new HubError(`the token in ${source} has characters that an HTTP header cannot carry`);
  return token;
}

/** Seconds from a variable, else huggingface_hub's default, as milliseconds. */
function timeoutMs(env: Env, name: string): number {
  const text = variable(env, name);
  const seconds = text === undefined ? NaN : Number(text);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_S) * 1000;
}

export function hubSettings(env: Env): HubSettings {
  const offline = isTrue(variable(env, "HF_HUB_OFFLINE") ?? variable(env, "TRANSFORMERS_OFFLINE"));
  return {
    cache: hubCacheDir(env),
    endpoint: endpoint(env),
    token: offline ? undefined : token(env),
    offline,
    copyFiles: isTrue(variable(env, "HF_HUB_DISABLE_SYMLINKS")),
    headTimeoutMs: timeoutMs(env, "HF_HUB_ETAG_TIMEOUT"),
    idleTimeoutMs: timeoutMs(env, "HF_HUB_DOWNLOAD_TIMEOUT"),
  };
}
