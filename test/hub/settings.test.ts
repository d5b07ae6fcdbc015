// The Hub client's settings come from the environment as huggingface_hub reads
// them: the cache folder, the endpoint, the token (variable or file), offline
// mode, symlinks and timeouts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hubCacheDir, hubSettings } from "../../compiler/hub/settings.ts";

describe("the cache folder", () => {
  it.each([
    [{ HF_HUB_CACHE: "/c/hub", HF_HOME: "/h" }, "/c/hub"],
    [{ HUGGINGFACE_HUB_CACHE: "/legacy", HF_HOME: "/h" }, "/legacy"],
    [{ HF_HUB_CACHE: "/new", HUGGINGFACE_HUB_CACHE: "/legacy" }, "/new"],
    [{ HF_HOME: "/h" }, "/h/hub"],
    [{ HF_HOME: "~/hf", HOME: "/home/u" }, "/home/u/hf/hub"],
    [{ XDG_CACHE_HOME: "/x" }, "/x/huggingface/hub"],
    [{ HOME: "/home/u" }, "/home/u/.cache/huggingface/hub"],
    [{ HF_HUB_CACHE: "", HF_HOME: "/h" }, "/h/hub"],
  ])("%j -> %s", (env, dir) => {
    expect(hubCacheDir(env)).toBe(dir);
  });

  it("is ~/.cache/huggingface/hub with nothing set", () => {
    expect(hubCacheDir({})).toBe(join(homedir(), ".cache", "huggingface", "hub"));
  });
});

describe("the token", () => {
  const home = () => mkdtempSync(join(tmpdir(), "mixc-hub-"));

  it("is HF_TOKEN, else HUGGING_FACE_HUB_TOKEN, else HF_HOME/token, else HF_TOKEN_PATH's file; trimmed", () => {
    const h = home();
    writeFileSync(join(h, "token"), "\n hf_file \r\n");
    writeFileSync(join(h, "other"), "hf_path");
    expect(hubSettings({ HF_HOME: h, HF_TOKEN: " hf_env\n", HUGGING_FACE_HUB_TOKEN: "hf_old" }).token).toBe("hf_env");
    expect(hubSettings({ HF_HOME: h, HUGGING_FACE_HUB_TOKEN: "hf_old" }).token).toBe("hf_old");
    expect(hubSettings({ HF_HOME: h }).token).toBe("hf_file");
    expect(hubSettings({ HF_HOME: h, HF_TOKEN_PATH: join(h, "other") }).token).toBe("hf_path");
    expect(hubSettings({ HF_HOME: home() }).token).toBeUndefined();
    expect(hubSettings({ HF_HOME: h, HF_TOKEN: "  " }).token).toBe("hf_file");
  });

  it("is not read at all offline", () => {
    expect(hubSettings({ HF_HOME: home(), HF_TOKEN: "hf_x", HF_HUB_OFFLINE: "1" }).token).toBeUndefined();
  });
});

describe("the rest", () => {
  it.each([
    ["1", true],
    ["ON", true],
    ["yes", true],
    ["True", true],
    ["0", false],
    ["", false],
    ["no", false],
  ])("HF_HUB_OFFLINE=%j is offline: %s", (value, offline) => {
    expect(hubSettings({ HF_HOME: "/h", HF_HUB_OFFLINE: value }).offline).toBe(offline);
  });

  it("TRANSFORMERS_OFFLINE counts where HF_HUB_OFFLINE is not set", () => {
    expect(hubSettings({ HF_HOME: "/h", TRANSFORMERS_OFFLINE: "1" }).offline).toBe(true);
  });

  it("the endpoint defaults to huggingface.co, loses trailing slashes, and must be http(s) without credentials", () => {
    expect(hubSettings({ HF_HOME: "/h" }).endpoint).toBe("https://huggingface.co");
    expect(hubSettings({ HF_HOME: "/h", HF_ENDPOINT: "http://mirror.test:8080/hub//" }).endpoint).toBe("http://mirror.test:8080/hub");
    expect(() => hubSettings({ HF_HOME: "/h", HF_ENDPOINT: "ftp://x" })).toThrow('HF_ENDPOINT "ftp://x" is not an http:// or https:// address without a user name or password');
    expect(() => hubSettings({ HF_HOME: "/h", HF_ENDPOINT: "https://u:p@x" })).toThrow("is not an http:// or https:// address");
    expect(() => hubSettings({ HF_HOME: "/h", HF_ENDPOINT: "huggingface.co" })).toThrow("is not an http:// or https:// address");
  });

  it("timeouts are huggingface_hub's 10 s unless HF_HUB_ETAG_TIMEOUT / HF_HUB_DOWNLOAD_TIMEOUT say otherwise", () => {
    expect(hubSettings({ HF_HOME: "/h" })).toMatchObject({ headTimeoutMs: 10_000, idleTimeoutMs: 10_000 });
    expect(hubSettings({ HF_HOME: "/h", HF_HUB_ETAG_TIMEOUT: "3", HF_HUB_DOWNLOAD_TIMEOUT: "0.5" })).toMatchObject({ headTimeoutMs: 3000, idleTimeoutMs: 500 });
    expect(hubSettings({ HF_HOME: "/h", HF_HUB_ETAG_TIMEOUT: "soon", HF_HUB_DOWNLOAD_TIMEOUT: "-1" })).toMatchObject({ headTimeoutMs: 10_000, idleTimeoutMs: 10_000 });
  });

  it("HF_HUB_DISABLE_SYMLINKS makes copies", () => {
    expect(hubSettings({ HF_HOME: "/h" }).copyFiles).toBe(false);
    expect(hubSettings({ HF_HOME: "/h", HF_HUB_DISABLE_SYMLINKS: "1" }).copyFiles).toBe(true);
  });
});
