// HTTP for the Hub client: requests that never follow redirects on their own,
// carry the token only to the Hub's own address (never to the CDN a download
// is sent to, as huggingface_hub drops it there), and give up on a connection
// that stays silent too long. Failures come back in words, never with a header.

export interface Connection {
  fetch: typeof fetch;
  /** The Hub's address (HF_ENDPOINT). */
  endpoint: string;
  token: string | undefined;
}

/** A request that went wrong before an answer: `reason` in words. */
export class NetworkFailure extends Error {
  constructor(
    readonly reason: string,
    readonly timedOut: boolean,
  ) {
    super(reason);
  }
}

/** Aborts a request once `ms` pass without `arm()` being called again: a stall, not a slow transfer. */
export class Watchdog {
  readonly controller = new AbortController();
  timedOut = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly ms: number) {
    this.arm();
  }

  arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, this.ms);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

const CAUSES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "no such host",
  EAI_AGAIN: "the host name could not be looked up (no network?)",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EPIPE: "connection closed",
  UND_ERR_SOCKET: "connection closed by the other side",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
};

/** Why a request failed, in a few words: the system's code where there is one. */
export function networkReason(error: unknown): string {
  let e = error as (Error & { code?: string; cause?: unknown }) | undefined;
  // fetch wraps the cause ("fetch failed"); a DNS or socket error may wrap another.
  while (e && e.cause instanceof Error && !e.code) e = e.cause as typeof e;
  const code = e?.code;
  if (code && CAUSES[code]) return `${CAUSES[code]}, ${code}`;
  if (code && /CERT|SSL|TLS/.test(code)) return `its TLS certificate was not accepted, ${code}`;
  return code ?? e?.message ?? String(error);
}

/** Whether `url` is on the Hub's own address (same scheme, host and port), where the token may go. */
export function isEndpoint(connection: Connection, url: URL): boolean {
  return url.origin === new URL(connection.endpoint).origin;
}

export interface Answer {
  response: Response;
  /** Whether the request carried the token. */
  tokenSent: boolean;
}

/** One request, redirects left to the caller; `watchdog` bounds the wait for the answer. */
export async function send(connection: Connection, method: "HEAD" | "GET", url: URL, headers: Record<string, string>, watchdog: Watchdog): Promise<Answer> {
  const tokenSent = connection.token !== undefined && isEndpoint(connection, url);
  const all: Record<string, string> = { "user-agent": "mixc", "accept-encoding": "identity", ...headers };
  if (tokenSent) all.authorization = `Bearer ${connection.token}`;
  try {
    const response = await connection.fetch(url, { method, headers: all, redirect: "manual", signal: watchdog.controller.signal });
    return { response, tokenSent };
  } catch (e) {
    throw new NetworkFailure(networkReason(e), watchdog.timedOut);
  }
}

/** Where a redirect points, resolved against the URL it answered; undefined where it names nowhere usable. */
export function redirectTarget(response: Response, url: URL): URL | undefined {
  const location = response.headers.get("location");
  if (!location) return undefined;
  try {
    const target = new URL(location, url);
    return target.protocol === "http:" || target.protocol === "https:" ? target : undefined;
  } catch {
    return undefined;
  }
}

export function isRedirect(response: Response): boolean {
  return response.status >= 300 && response.status < 400;
}

/** Lets go of an answer whose body will not be read, so that its connection is freed. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}
