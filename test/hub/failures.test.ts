// hubFiles when things go wrong: each error names the repository and file and
// says what failed; interrupted, stalled and corrupt transfers never leave a
// file that passes for complete, and the next run resumes with a Range request;
// a token never shows in a message or in the cache.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockPath } from "../../compiler/hub/cache.ts";
import { HubError, hubFiles } from "../../compiler/hub/index.ts";
import { type FakeHub, type FakeRepo, fakeHubEnv, sha256Hex, startFakeHub } from "../support/fake-hub.ts";

const REPO = "timm/mixnet_m.ft_in1k";
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const WEIGHTS = new Uint8Array(150_000).map((_, i) => (i * 13 + (i >> 9)) & 255);
const SHA = sha256Hex(WEIGHTS);
const CONFIG = '{"pretrained_cfg": {}}';
const main = { repo: REPO, revision: "main" };
const TOKEN = "hf_aVerySecretTokenValue123";

let hub: FakeHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function start(repo: Partial<FakeRepo> = {}, extraRepos: Record<string, FakeRepo> = {}): Promise<FakeHub> {
  hub = await startFakeHub({ repos: { [REPO]: { commit: COMMIT, files: { "model.safetensors": WEIGHTS, "config.json": CONFIG }, ...repo }, ...extraRepos } });
  return hub;
}

const repoDir = (env: Record<string, string>) => join(env.HF_HOME, "hub", "models--timm--mixnet_m.ft_in1k");
const blobs = (env: Record<string, string>) => readdirSync(join(repoDir(env), "blobs")).sort();

/** An HF_HOME that is a new, empty folder. */
const emptyHome = () => mkdtempSync(join(tmpdir(), "mixc-hub-"));

/** The error hubFiles rejects with. */
async function failure(promise: Promise<unknown>): Promise<HubError> {
  const e = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(HubError);
  return e as HubError;
}

/** Every file's content and every link's target under `dir`. */
function everything(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((d) => join(d.parentPath, d.name))
    .map((p) => `${p}\n${statSync(p, { throwIfNoEntry: false })?.isFile() ? readFileSync(p, "latin1") : ""}${existsSync(p) ? "" : readlinkSync(p)}`)
    .join("\n");
}

describe("the Hub says no", () => {
  it("no such repository: 401 RepoNotFound without a token points to HF_TOKEN", async () => {
    const hub = await start();
    const e = await failure(hubFiles({ repo: "timm/no-such-model", revision: "main" }, ["config.json"], { env: fakeHubEnv(hub) }));
    expect(e.message).toBe(
      "hf:timm/no-such-model: config.json: no such repository, or it is private or gated: set HF_TOKEN to a token that has access to it (the Hub answered 401 RepoNotFound)",
    );
  });

  it("no such repository with a token: 404, and the token was refused", async () => {
    const hub = await start();
    const e = await failure(hubFiles({ repo: "timm/no-such-model", revision: "main" }, ["config.json"], { env: fakeHubEnv(hub, { HF_TOKEN: TOKEN }) }));
    expect(e.message).toBe(
      "hf:timm/no-such-model: config.json: no such repository, or it is private or gated: the token sent (HF_TOKEN or the token file) has no access to it (the Hub answered 404 RepoNotFound)",
    );
  });

  it("no such file: 404 EntryNotFound, recorded in .no_exist as huggingface_hub does, and reported offline from there", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const e = await failure(hubFiles(main, ["pytorch_model.bin"], { env }));
    expect(e.message).toBe(`hf:${REPO}: pytorch_model.bin: no such file in the repository at revision main (the Hub answered 404 EntryNotFound)`);
    expect(readFileSync(join(repoDir(env), ".no_exist", COMMIT, "pytorch_model.bin"), "utf8")).toBe("");
    expect(readFileSync(join(repoDir(env), "refs", "main"), "utf8")).toBe(COMMIT);
    const offline = await failure(hubFiles(main, ["pytorch_model.bin"], { env: { ...env, HF_HUB_OFFLINE: "1" } }));
    expect(offline.message).toBe(`hf:${REPO}: pytorch_model.bin: no such file in the repository at revision main, as the Hub said before (HF_HUB_OFFLINE is set)`);
  });

  it("no such revision: 404 RevisionNotFound", async () => {
    const hub = await start();
    const e = await failure(hubFiles({ repo: REPO, revision: "v9" }, ["config.json"], { env: fakeHubEnv(hub) }));
    expect(e.message).toBe(`hf:${REPO}@v9: config.json: no revision "v9" in the repository (the Hub answered 404 RevisionNotFound)`);
  });

  it("a gated repository without a token: 401, ask for access and set HF_TOKEN", async () => {
    const hub = await start({ gated: true, token: TOKEN });
    const e = await failure(hubFiles(main, ["config.json"], { env: fakeHubEnv(hub) }));
    expect(e.message).toBe(
      `hf:${REPO}: config.json: the repository is gated: ask for access on ${hub.endpoint}/${REPO}, then set HF_TOKEN to a token that has access to it (the Hub answered 401 GatedRepo)`,
    );
  });

  it("a gated repository with a token that has no access: 403, the token was refused, and the token is in no message and no file", async () => {
    const hub = await start({ gated: true, token: "hf_the_right_one" });
    const env = fakeHubEnv(hub, { HF_TOKEN: TOKEN });
    const e = await failure(hubFiles(main, ["model.safetensors", "config.json"], { env }));
    expect(e.message).toBe(
      `hf:${REPO}: model.safetensors: the repository is gated: ask for access on ${hub.endpoint}/${REPO}, then use a token of the account that has it; the token sent (HF_TOKEN or the token file) has no access to it (the Hub answered 403 GatedRepo)`,
    );
    expect(e.message).not.toContain(TOKEN);
    expect(existsSync(env.HF_HOME) && everything(env.HF_HOME)).not.toContain(TOKEN);
  });

  it("a private repository with a token that has access downloads, and the token is stored nowhere in the cache", async () => {
    const hub = await start({ private: true, token: TOKEN });
    const env = fakeHubEnv(hub, { HF_TOKEN: TOKEN });
    await hubFiles(main, ["model.safetensors", "config.json"], { env });
    const cache = everything(join(env.HF_HOME, "hub"));
    expect(cache).toContain(SHA);
    expect(cache).not.toContain(TOKEN);
  });

  it("a token with characters no header can carry is refused without being shown", async () => {
    const hub = await start();
    const e = await failure(hubFiles(main, ["config.json"], { env: fakeHubEnv(hub, { HF_TOKEN: "hf_é_secret" }) }));
    expect(e.message).toBe("the token in HF_TOKEN has characters that an HTTP header cannot carry");
  });

  it("a Hub that fails (503) is reported, and a cached copy of the revision serves meanwhile", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    hub.headStatus = 503;
    const e = await failure(hubFiles(main, ["config.json"], { env }));
    expect(e.message).toBe(`hf:${REPO}: config.json: the Hub answered 503 Service Unavailable`);
    hub.headStatus = undefined;
    const first = await hubFiles(main, ["config.json"], { env });
    hub.headStatus = 503;
    expect(await hubFiles(main, ["config.json"], { env })).toEqual(first);
  });
});

describe("the network fails", () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it("a refused connection is one line naming the endpoint; a cached copy serves instead", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const down = `http://127.0.0.1:${await closedPort()}`;
    const e = await failure(hubFiles(main, ["config.json"], { env: { ...env, HF_ENDPOINT: down } }));
    expect(e.message).toBe(`hf:${REPO}: config.json: cannot reach ${down} (connection refused, ECONNREFUSED)`);
    const first = await hubFiles(main, ["config.json"], { env });
    expect(await hubFiles(main, ["config.json"], { env: { ...env, HF_ENDPOINT: down } })).toEqual(first);
  });

  it("a Hub that never answers the HEAD request times out (HF_HUB_ETAG_TIMEOUT)", async () => {
    const hub = await start();
    hub.stallHeads = true;
    const e = await failure(hubFiles(main, ["config.json"], { env: fakeHubEnv(hub, { HF_HUB_ETAG_TIMEOUT: "0.2" }) }));
    expect(e.message).toBe(`hf:${REPO}: config.json: ${hub.endpoint} did not answer within 0.2 s (HF_HUB_ETAG_TIMEOUT)`);
  });
});

describe("interrupted transfers", () => {
  it("a connection cut mid-transfer is resumed at once with a Range request", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    hub.cutAfter(40_000);
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    const gets = hub.requests.filter((r) => r.method === "GET");
    expect(gets.map((r) => r.headers.range)).toEqual([undefined, "bytes=40000-"]);
    expect(blobs(env)).toEqual([SHA]);
  });

  it("a transfer that keeps breaking fails with the .incomplete file kept; the next run resumes it", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    hub.cutAfter(10_000, 6);
    const e = await failure(hubFiles(main, ["model.safetensors"], { env }));
    expect(e.message).toMatch(new RegExp(`^hf:${REPO}: model\\.safetensors: the download from 127\\.0\\.0\\.1:\\d+ broke off at 60000 of 150000 bytes \\(.+\\); run again to resume it$`));
    expect(blobs(env)).toEqual([`${SHA}.incomplete`]);
    expect(statSync(join(repoDir(env), "blobs", `${SHA}.incomplete`)).size).toBe(60_000);
    expect(existsSync(join(repoDir(env), "snapshots", COMMIT, "model.safetensors"))).toBe(false);
    hub.requests.length = 0;
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(hub.requests.filter((r) => r.method === "GET").map((r) => r.headers.range)).toEqual(["bytes=60000-"]);
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    expect(blobs(env)).toEqual([SHA]);
  });

  it("a stalled transfer times out (HF_HUB_DOWNLOAD_TIMEOUT) and is resumed", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub, { HF_HUB_DOWNLOAD_TIMEOUT: "0.2" });
    hub.stallAfter(50_000);
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    expect(hub.requests.filter((r) => r.method === "GET").map((r) => r.headers.range)).toEqual([undefined, "bytes=50000-"]);
  });

  it("a transfer that stalls before any byte fails, naming the timeout", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub, { HF_HUB_DOWNLOAD_TIMEOUT: "0.2" });
    hub.stallAfter(0);
    const e = await failure(hubFiles(main, ["model.safetensors"], { env }));
    expect(e.message).toMatch(/broke off at 0 of 150000 bytes \(no data for 0\.2 s, HF_HUB_DOWNLOAD_TIMEOUT\); run again to resume it$/);
  });

  it("a partial file left by a killed process is resumed from its length", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    mkdirSync(join(repoDir(env), "blobs"), { recursive: true });
    writeFileSync(join(repoDir(env), "blobs", `${SHA}.incomplete`), WEIGHTS.subarray(0, 12_345));
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(hub.requests.filter((r) => r.method === "GET").map((r) => r.headers.range)).toEqual(["bytes=12345-"]);
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
  });

  it("a server that ignores Range (200) is downloaded from the start", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    hub.ignoreRange = true;
    mkdirSync(join(repoDir(env), "blobs"), { recursive: true });
    writeFileSync(join(repoDir(env), "blobs", `${SHA}.incomplete`), WEIGHTS.subarray(0, 12_345));
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(hub.requests.filter((r) => r.method === "GET").map((r) => r.headers.range)).toEqual(["bytes=12345-"]);
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    expect(blobs(env)).toEqual([SHA]);
  });

  it("a partial file with wrong bytes fails the hash and is downloaded once more from the start", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    mkdirSync(join(repoDir(env), "blobs"), { recursive: true });
    writeFileSync(join(repoDir(env), "blobs", `${SHA}.incomplete`), new Uint8Array(5000).fill(7));
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(hub.requests.filter((r) => r.method === "GET").map((r) => r.headers.range)).toEqual(["bytes=5000-", undefined]);
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
  });

  it("a small file (not LFS, no hash to check) is never resumed: its partial file is started over", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const { paths } = await hubFiles(main, ["config.json"], { env });
    const etag = readlinkSync(paths["config.json"]).split("/").at(-1)!;
    const other = fakeHubEnv(hub);
    mkdirSync(join(repoDir(other), "blobs"), { recursive: true });
    writeFileSync(join(repoDir(other), "blobs", `${etag}.incomplete`), "{garbage");
    hub.requests.length = 0;
    const again = await hubFiles(main, ["config.json"], { env: other });
    expect(readFileSync(again.paths["config.json"], "utf8")).toBe(CONFIG);
    expect(hub.requests.filter((r) => r.method === "GET").map((r) => r.headers.range)).toEqual([undefined]);
  });
});

describe("wrong bytes", () => {
  it("a hash mismatch names the repository, file, expected and received sha256, and leaves nothing that passes for the file", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    hub.corrupt = true;
    const e = await failure(hubFiles(main, ["model.safetensors"], { env }));
    const bad = WEIGHTS.map((b, i) => (i === WEIGHTS.length >> 1 ? b ^ 0xff : b));
    expect(e.message).toBe(
      `hf:${REPO}: model.safetensors: hash mismatch: the Hub's ETag gives sha256 ${SHA}, the 150000 bytes received have ${sha256Hex(bad)}; the download was deleted, run again`,
    );
    expect(blobs(env)).toEqual([]);
    expect(existsSync(join(repoDir(env), "snapshots", COMMIT, "model.safetensors"))).toBe(false);
    hub.corrupt = false;
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
  });

  it("an endpoint that is not a Hub (no X-Repo-Commit) is named", async () => {
    const notHub: typeof fetch = async () => new Response(null, { status: 200, headers: { "content-length": "5" } });
    const e = await failure(hubFiles(main, ["config.json"], { env: { HF_HOME: emptyHome(), HF_ENDPOINT: "http://example.test" }, fetch: notHub }));
    expect(e.message).toBe(`hf:${REPO}: config.json: the answer from example.test has no commit hash (X-Repo-Commit); is HF_ENDPOINT a Hugging Face Hub?`);
  });

  it("a file declared larger than 4 GiB is refused before any byte is fetched", async () => {
    const huge: typeof fetch = async () =>
      new Response(null, { status: 302, headers: { location: "https://cdn.test/x", "x-repo-commit": COMMIT, "x-linked-etag": `"${SHA}"`, "x-linked-size": String(5 * 2 ** 30) } });
    const e = await failure(hubFiles(main, ["model.safetensors"], { env: { HF_HOME: emptyHome() }, fetch: huge }));
    expect(e.message).toBe(`hf:${REPO}: model.safetensors: the file has 5368709120 bytes, more than mixc downloads (4294967296 bytes, 4 GiB)`);
  });
});

describe("names are checked before the file system is touched", () => {
  it.each([
    [{ repo: "../x", revision: "main" }, '".."'],
    [{ repo: "a/b", revision: "../../x" }, '"../../x"'],
    [{ repo: "a/..", revision: "main" }, '".."'],
    [{ repo: "a/b/c", revision: "main" }, '"a/b/c"'],
    [{ repo: "a/b", revision: "/etc" }, '"/etc"'],
  ])("hubFiles(%j) fails without a request or a folder", async (ref, bad) => {
    let asked = false;
    const env = { HF_HOME: emptyHome() };
    const e = await failure(hubFiles(ref, ["config.json"], { env, fetch: async () => ((asked = true), new Response()) }));
    expect(e.message.startsWith(`Hub reference "hf:${ref.repo}@${ref.revision}": `)).toBe(true);
    expect(e.message).toContain(bad);
    expect(asked).toBe(false);
    expect(readdirSync(env.HF_HOME)).toEqual([]);
  });

  it.each(["../config.json", "/etc/passwd", "a/../../b", "a\\b", "C:x", "a//b", "", "a/./b"])("the file name %j is refused", async (file) => {
    const env = { HF_HOME: emptyHome() };
    const e = await failure(hubFiles(main, [file], { env, fetch: async () => new Response() }));
    expect(e.message).toBe(`hf:${REPO}: file name "${file}" is not a relative path inside the repository`);
    expect(readdirSync(env.HF_HOME)).toEqual([]);
  });
});

describe("a cache that cannot be written", () => {
  it("is one line naming the path and why", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    writeFileSync(join(env.HF_HOME, "file"), "");
    const cache = join(env.HF_HOME, "file", "hub");
    const e = await failure(hubFiles(main, ["config.json"], { env: { ...env, HF_HUB_CACHE: cache } }));
    expect(e.message).toBe(`hf:${REPO}: config.json: cannot write ${join(cache, "models--timm--mixnet_m.ft_in1k", "blobs")}: a part of its path is a file, not a directory`);
  });
});

describe("another process downloading the same blob", () => {
  it("is waited for by no one: the error names its pid and the lock", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const cache = join(env.HF_HOME, "hub");
    const lock = lockPath(cache, repoDir(env), SHA);
    mkdirSync(join(lock, ".."), { recursive: true });
    writeFileSync(lock, String(process.ppid));
    const e = await failure(hubFiles(main, ["model.safetensors"], { env }));
    expect(e.message).toBe(
      `hf:${REPO}: model.safetensors: another process (pid ${process.ppid}) is downloading it into ${cache}; run again when it has finished, or remove ${lock} if that process is gone`,
    );
  });

  it("a lock left by a process that is gone is taken over", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const lock = lockPath(join(env.HF_HOME, "hub"), repoDir(env), SHA);
    mkdirSync(join(lock, ".."), { recursive: true });
    writeFileSync(lock, "2147483646"); // no such process
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    expect(existsSync(lock)).toBe(false);
  });
});
