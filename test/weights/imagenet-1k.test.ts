// The ImageNet-1k class names that ship with mixc: torchvision's list, whole
// and unedited (the checksum was taken from torchvision 0.14.1's _meta.py).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { IMAGENET_1K } from "../../compiler/frontend/imagenet-1k.ts";
import { LABEL_SETS } from "../../compiler/frontend/label-sets.ts";

describe("IMAGENET_1K", () => {
  it("has 1000 distinct, non-empty names with no stray whitespace", () => {
    expect(IMAGENET_1K).toHaveLength(1000);
    expect(new Set(IMAGENET_1K).size).toBe(1000);
    for (const name of IMAGENET_1K) expect(name, JSON.stringify(name)).toMatch(/^\S(.*\S)?$/);
  });

  it("has the names torchvision gives at known indices", () => {
    const known: [number, string][] = [
      [0, "tench"],
      [1, "goldfish"],
      [134, "crane bird"],
      [208, "Labrador retriever"],
      [281, "tabby"],
      [517, "crane"],
      [639, "maillot tank suit"],
      [999, "toilet tissue"],
    ];
    for (const [index, name] of known) expect(IMAGENET_1K[index], `class ${index}`).toBe(name);
  });

  it("is torchvision's list exactly: sha256 of the names joined with newlines", () => {
    // From Debian python3-torchvision 0.14.1-2: hashlib.sha256("\n".join(_IMAGENET_CATEGORIES).encode()).hexdigest()
    expect(createHash("sha256").update(IMAGENET_1K.join("\n")).digest("hex")).toBe("0b0f9fee7c952f257418d62aa701f023a9da13b443a14f5c4291e5724d92967c");
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(IMAGENET_1K)).toBe(true);
    expect(Object.isFrozen(LABEL_SETS)).toBe(true);
  });

  it("is the label set a spec names as imagenet-1k", () => {
    expect(Object.keys(LABEL_SETS)).toEqual(["imagenet-1k"]);
    expect(LABEL_SETS["imagenet-1k"]).toBe(IMAGENET_1K);
  });
});
