// hubFiles against the local fake Hub: the cache it leaves is huggingface_hub's
// layout (blobs named by ETag, relative symlinks in snapshots/<commit>, refs),
// later calls are served from it, offline use, tokens kept to the Hub's host,
// redirects, and a cache laid out by hand as Python's huggingface_hub leaves it.
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hubFiles } from "../../compiler/hub/index.ts";
import { type FakeHub, type FakeHubOptions, fakeHubEnv, gitBlobSha1, sha256Hex, startFakeHub } from "../support/fake-hub.ts";

const REPO = "timm/mixnet_m.ft_in1k";
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const WEIGHTS = new Uint8Array(200_000).map((_, i) => (i * 31 + (i >> 8)) & 255);
const CONFIG = '{"architecture": "mixnet_m", "pretrained_cfg": {"input_size": [3, 224, 224]}}';
const FILES = ["model.safetensors", "config.json"];
const main = { repo: REPO, revision: "main" };

let hub: FakeHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function start(options: Partial<FakeHubOptions> = {}, repo: object = {}): Promise<FakeHub> {
  hub = await startFakeHub({ repos: { [REPO]: { commit: COMMIT, files: { "model.safetensors": WEIGHTS, "config.json": CONFIG }, ...repo } }, ...options });
  return hub;
}

const repoDir = (env: Record<string, string>) => join(env.HF_HOME, "hub", "models--timm--mixnet_m.ft_in1k");

describe("a first download", () => {
  it("leaves huggingface_hub's layout: blobs by ETag, relative symlinks in the commit's snapshot, refs/main", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const result = await hubFiles(main, FILES, { env });
    const dir = repoDir(env);
    const snapshot = join(dir, "snapshots", COMMIT);
    expect(result).toEqual({ commit: COMMIT, paths: { "model.safetensors": join(snapshot, "model.safetensors"), "config.json": join(snapshot, "config.json") } });
    const lfsEtag = sha256Hex(WEIGHTS);
    const gitEtag = gitBlobSha1(new TextEncoder().encode(CONFIG));
    expect(readlinkSync(join(snapshot, "model.safetensors"))).toBe(`../../blobs/${lfsEtag}`);
    expect(readlinkSync(join(snapshot, "config.json"))).toBe(`../../blobs/${gitEtag}`);
    expect(new Uint8Array(readFileSync(join(dir, "blobs", lfsEtag)))).toEqual(WEIGHTS);
    expect(readFileSync(join(dir, "blobs", gitEtag), "utf8")).toBe(CONFIG);
    expect(readFileSync(result.paths["config.json"], "utf8")).toBe(CONFIG);
    expect(readFileSync(join(dir, "refs", "main"), "utf8")).toBe(COMMIT);
    expect(existsSync(join(env.HF_HOME, "hub", "CACHEDIR.TAG"))).toBe(true);
  });

  it("asks the Hub (HEAD, no redirect followed), fetches the LFS blob from the CDN and the small file from the Hub; later files at the commit", async () => {
    const hub = await start();
    await hubFiles(main, FILES, { env: fakeHubEnv(hub) });
    expect(hub.requests.map((r) => `${r.server} ${r.method} ${r.url}`)).toEqual([
      `hub HEAD /${REPO}/resolve/main/model.safetensors`,
      `cdn GET /lfs/${sha256Hex(WEIGHTS)}?signature=fake-signed-url`,
      `hub HEAD /${REPO}/resolve/${COMMIT}/config.json`,
      `hub GET /${REPO}/resolve/${COMMIT}/config.json`,
    ]);
    expect(hub.requests.every((r) => r.headers["accept-encoding"] === "identity" && r.headers.authorization === undefined)).toBe(true);
  });

  it("keeps a file in a folder of the repository in the same folder of the snapshot", async () => {
    const hub = await start({}, { files: { "onnx/sub/model.onnx": WEIGHTS } });
    const env = fakeHubEnv(hub);
    const { paths } = await hubFiles(main, ["onnx/sub/model.onnx"], { env });
    expect(paths["onnx/sub/model.onnx"]).toBe(join(repoDir(env), "snapshots", COMMIT, "onnx", "sub", "model.onnx"));
    expect(readlinkSync(paths["onnx/sub/model.onnx"])).toBe(`../../../../blobs/${sha256Hex(WEIGHTS)}`);
  });

  it("copies instead of linking where HF_HUB_DISABLE_SYMLINKS is set, moving new blobs as huggingface_hub does", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub, { HF_HUB_DISABLE_SYMLINKS: "1" });
    const { paths } = await hubFiles(main, FILES, { env });
    expect(lstatSync(paths["model.safetensors"]).isFile()).toBe(true);
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    expect(existsSync(join(repoDir(env), "blobs", sha256Hex(WEIGHTS)))).toBe(false);
  });
});

describe("from the cache", () => {
  it("a second call downloads nothing: it asks which commit main is (HEAD) and finds the files of that commit", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const first = await hubFiles(main, FILES, { env });
    hub.requests.length = 0;
    expect(await hubFiles(main, FILES, { env })).toEqual(first);
    expect(hub.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`HEAD /${REPO}/resolve/main/model.safetensors`]);
  });

  it("a revision that is a commit hash, cached, asks nothing at all", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    await hubFiles(main, FILES, { env });
    hub.requests.length = 0;
    await hubFiles({ repo: REPO, revision: COMMIT }, FILES, { env });
    expect(hub.requests).toEqual([]);
  });

  it("HF_HUB_OFFLINE=1 serves cached files through refs/main without a request", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const first = await hubFiles(main, FILES, { env });
    hub.requests.length = 0;
    expect(await hubFiles(main, FILES, { env: { ...env, HF_HUB_OFFLINE: "1" } })).toEqual(first);
    expect(hub.requests).toEqual([]);
  });

  it("HF_HUB_OFFLINE=1 with nothing cached is an error naming the repository, the file and the cache", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub, { HF_HUB_OFFLINE: "true" });
    await expect(hubFiles(main, FILES, { env })).rejects.toThrow(
      `hf:${REPO}: model.safetensors: offline (HF_HUB_OFFLINE is set) and not in the cache ${join(env.HF_HOME, "hub")}`,
    );
    expect(hub.requests).toEqual([]);
  });

  it("a new commit on main with the same bytes makes a new snapshot linked to the same blobs, without downloading", async () => {
    const repo = { commit: COMMIT, files: { "model.safetensors": WEIGHTS, "config.json": CONFIG } };
    hub = await startFakeHub({ repos: { [REPO]: repo } });
    const env = fakeHubEnv(hub);
    await hubFiles(main, FILES, { env });
    const next = "fedcba9876543210fedcba9876543210fedcba98";
    repo.commit = next;
    hub.requests.length = 0;
    const { commit, paths } = await hubFiles(main, FILES, { env });
    expect(commit).toBe(next);
    expect(readlinkSync(paths["model.safetensors"])).toBe(`../../blobs/${sha256Hex(WEIGHTS)}`);
    expect(readFileSync(join(repoDir(env), "refs", "main"), "utf8")).toBe(next);
    expect(hub.requests.map((r) => r.method)).toEqual(["HEAD", "HEAD"]);
  });

  it("a tag is recorded in refs/<tag>; a revision like refs/pr/1 in refs/refs/pr/1, sent as one path segment", async () => {
    const hub = await start({}, { refs: { "v1.0": COMMIT, "refs/pr/1": COMMIT } });
    const env = fakeHubEnv(hub);
    await hubFiles({ repo: REPO, revision: "v1.0" }, ["config.json"], { env });
    await hubFiles({ repo: REPO, revision: "refs/pr/1" }, ["config.json"], { env });
    expect(readFileSync(join(repoDir(env), "refs", "v1.0"), "utf8")).toBe(COMMIT);
    expect(readFileSync(join(repoDir(env), "refs", "refs", "pr", "1"), "utf8")).toBe(COMMIT);
    expect(hub.requests.some((r) => r.url === `/${REPO}/resolve/refs%2Fpr%2F1/config.json`)).toBe(true);
  });

  it("reuses a cache laid out as Python's huggingface_hub leaves it, online (HEAD only) and offline", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const dir = repoDir(env);
    const etag = sha256Hex(WEIGHTS);
    mkdirSync(join(dir, "blobs"), { recursive: true });
    mkdirSync(join(dir, "snapshots", COMMIT), { recursive: true });
    mkdirSync(join(dir, "refs"));
    writeFileSync(join(dir, "blobs", etag), WEIGHTS);
    symlinkSync(`../../blobs/${etag}`, join(dir, "snapshots", COMMIT, "model.safetensors"));
    writeFileSync(join(dir, "refs", "main"), COMMIT);
    const expected = { commit: COMMIT, paths: { "model.safetensors": join(dir, "snapshots", COMMIT, "model.safetensors") } };
    expect(await hubFiles(main, ["model.safetensors"], { env: { ...env, HF_HUB_OFFLINE: "1" } })).toEqual(expected);
    expect(await hubFiles(main, ["model.safetensors"], { env })).toEqual(expected);
    expect(hub.requests.map((r) => r.method)).toEqual(["HEAD"]);
  });

  it("a snapshot link whose blob was deleted is downloaded again", async () => {
    const hub = await start();
    const env = fakeHubEnv(hub);
    const { paths } = await hubFiles(main, ["model.safetensors"], { env });
    const blob = join(repoDir(env), "blobs", sha256Hex(WEIGHTS));
    rmSync(blob);
    await hubFiles(main, ["model.safetensors"], { env });
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    expect(hub.count("GET", "cdn")).toBe(2);
  });
});

describe("redirects and tokens", () => {
  it("sends the token to the Hub but not to the CDN (another host), as huggingface_hub does", async () => {
    const hub = await start({}, { gated: true, token: "hf_secret_for_the_hub" });
    await hubFiles(main, FILES, { env: fakeHubEnv(hub, { HF_TOKEN: "hf_secret_for_the_hub" }) });
    for (const r of hub.requests) expect([r.server, r.headers.authorization]).toEqual(r.server === "hub" ? ["hub", "Bearer hf_secret_for_the_hub"] : ["cdn", undefined]);
    expect(hub.count("GET", "cdn")).toBe(1);
  });

  it.each(["relative", "absolute"] as const)("follows an LFS redirect to the Hub's own host given by a %s Location, with the token", async (lfsLocation) => {
    const hub = await start({ lfsLocation }, { private: true, token: "hf_tok" });
    const { paths } = await hubFiles(main, ["model.safetensors"], { env: fakeHubEnv(hub, { HF_TOKEN: "hf_tok" }) });
    expect(new Uint8Array(readFileSync(paths["model.safetensors"]))).toEqual(WEIGHTS);
    expect(hub.requests.map((r) => `${r.server} ${r.method} ${r.url.split("?")[0]} ${r.headers.authorization}`)).toEqual([
      `hub HEAD /${REPO}/resolve/main/model.safetensors Bearer hf_tok`,
      `hub GET /lfs/${sha256Hex(WEIGHTS)} Bearer hf_tok`,
    ]);
  });

  it("reads the token from HF_HOME/token when HF_TOKEN is not set, and from HF_TOKEN_PATH", async () => {
    const hub = await start({}, { gated: true, token: "hf_from_file" });
    const env = fakeHubEnv(hub);
    writeFileSync(join(env.HF_HOME, "token"), "hf_from_file\n");
    await hubFiles(main, ["config.json"], { env });
    const other = fakeHubEnv(hub);
    writeFileSync(join(other.HF_HOME, "elsewhere"), "  hf_from_file  ");
    await hubFiles(main, ["config.json"], { env: { ...other, HF_TOKEN_PATH: join(other.HF_HOME, "elsewhere") } });
    expect(hub.requests.filter((r) => r.method === "HEAD").map((r) => r.headers.authorization)).toEqual(["Bearer hf_from_file", "Bearer hf_from_file"]);
  });

  it("follows a renamed repository's redirect (307 to a path on the same host) and caches under the name asked for", async () => {
    const hub = await startFakeHub({
      repos: { "timm/old-name": { commit: COMMIT, files: {}, movedTo: REPO }, [REPO]: { commit: COMMIT, files: { "config.json": CONFIG } } },
    });
    const env = fakeHubEnv(hub);
    const { paths } = await hubFiles({ repo: "timm/old-name", revision: "main" }, ["config.json"], { env });
    expect(paths["config.json"]).toBe(join(env.HF_HOME, "hub", "models--timm--old-name", "snapshots", COMMIT, "config.json"));
    expect(readFileSync(paths["config.json"], "utf8")).toBe(CONFIG);
    await hub.close();
  });
});

describe("the progress bar", () => {
  it("is drawn on a terminal: the file's name, bar, percentage, bytes and rate, redrawn with \\r, ended with a newline", async () => {
    const hub = await start();
    const written: string[] = [];
    await hubFiles(main, ["model.safetensors"], { env: fakeHubEnv(hub), progress: { isTTY: true, columns: 100, write: (s) => written.push(s) } });
    const text = written.join("");
    expect(text.endsWith("\n")).toBe(true);
    const frames = text.slice(0, -1).split("\r").filter(Boolean);
    expect(frames[0]).toMatch(/^model\.safetensors \[-{30}\]   0% 0 B\/200\.0 kB 0 B\/s$/);
    expect(frames.at(-1)).toMatch(/^model\.safetensors \[#{30}\] 100% 200\.0 kB\/200\.0 kB [\d.]+ [kMG]?B\/s\s*$/);
    expect(frames.every((f) => f.length < 100)).toBe(true);
  });

  it("is not drawn where the output is not a terminal", async () => {
    const hub = await start();
    const written: string[] = [];
    await hubFiles(main, FILES, { env: fakeHubEnv(hub), progress: { isTTY: false, write: (s) => written.push(s) } });
    expect(written).toEqual([]);
  });
});
