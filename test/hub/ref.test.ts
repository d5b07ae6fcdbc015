// Hub references as the CLI and the library take them, "hf:ORG/REPO[@REVISION]",
// and file names in a repository: anything that could climb out of the cache
// is refused with a user error naming it.
import { describe, expect, it } from "vitest";
import { UserError } from "../../compiler/errors.ts";
import { checkRepoFile, isHubRef, parseHubRef } from "../../compiler/hub/ref.ts";

describe("parseHubRef", () => {
  it.each([
    ["hf:timm/mixnet_m.ft_in1k", { repo: "timm/mixnet_m.ft_in1k", revision: "main" }],
    ["hf:timm/tf_mixnet_s.in1k@v1.0", { repo: "timm/tf_mixnet_s.in1k", revision: "v1.0" }],
    ["hf:a-b/c_d@0123456789abcdef0123456789abcdef01234567", { repo: "a-b/c_d", revision: "0123456789abcdef0123456789abcdef01234567" }],
    ["hf:org/repo@refs/pr/1", { repo: "org/repo", revision: "refs/pr/1" }],
  ])("%s", (text, ref) => {
    expect(parseHubRef(text)).toEqual(ref);
  });

  it.each([
    "hf:../x",
    "hf:a/b@../../x",
    "hf:a/b@/abs",
    "hf:a/b@a//b",
    "hf:a/b@x/..",
    "hf:a/..",
    "hf:./b",
    "hf:a/b/c",
    "hf:repo-without-org",
    "hf:a--b/c",
    "hf:a/b..c",
    "hf:a/-b",
    "hf:a/b.",
    "hf:a/b.git",
    "hf:a\\b/c",
    "hf:a/b@x\\y",
    "hf:a/b@x\ny",
    "hf:a/b c",
    `hf:a/${"x".repeat(100)}`,
    "hf:",
    "hf:a/b@",
    "timm/mixnet_m",
  ])("refuses %j, naming it", (text) => {
    let error: unknown;
    try {
      parseHubRef(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const shown = text.replace(/\n/g, "\\x0a");
    expect((error as Error).message.startsWith(`Hub reference "${shown}": `)).toBe(true);
    expect((error as Error).message).not.toContain("\n");
  });

  it("isHubRef tells a Hub reference from a file path", () => {
    expect(isHubRef("hf:timm/mixnet_m.ft_in1k")).toBe(true);
    expect(isHubRef("hf:broken")).toBe(true);
    expect(isHubRef("weights/model.safetensors")).toBe(false);
    expect(isHubRef("./hf:x")).toBe(false);
  });
});

describe("checkRepoFile", () => {
  const ref = { repo: "a/b", revision: "main" };
  it.each(["model.safetensors", "config.json", "onnx/model.onnx", "a.b/c-d_e"])("accepts %j", (file) => {
    expect(() => checkRepoFile(ref, file)).not.toThrow();
  });
  it.each(["", "..", "../x", "a/../b", "/abs", "a/", "a//b", ".", "a\\b", "c:x", "a\u0000b", "x".repeat(256)])("refuses %j", (file) => {
    expect(() => checkRepoFile(ref, file)).toThrow(/^hf:a\/b: file name ".*" is not a relative path inside the repository$/);
  });
});
