// `mixc compile --target worker` misused or pointed at a bad place: one line and
// an exit code, nothing half-written.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mixc } from "../mixc.ts";
import { checkWorkerBuilt, tinySpec, tmp } from "./fixtures.ts";

describe("mixc compile --target worker", () => {
  it("names the targets on an unknown one (exit 2)", async () => {
    expect(await mixc("compile", tinySpec(), "--target", "edge")).toEqual({ code: 2, out: "", err: "mixc: unknown target 'edge'; the targets are all (WebAssembly and WebGPU), wasm and worker (an edge worker project)\n" });
  });

  it("says why it cannot make the folder (exit 1)", async () => {
    checkWorkerBuilt();
    const file = join(tmp(), "taken");
    writeFileSync(file, "a file, not a folder");
    const r = await mixc("compile", tinySpec(), "--seed", "1", "--target", "worker", "-o", file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`cannot create directory ${file}: a file of that name is in the way\n`);
  });

  it("writes NAME-worker/ here by default", async () => {
    checkWorkerBuilt();
    const dir = tmp();
    const spec = join(dir, "net.mix");
    writeFileSync(spec, readFileSync(tinySpec(), "utf8"));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await mixc("compile", spec, "--seed", "1", "--target", "worker")).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(join(dir, "net-worker")).sort()).toEqual(["config.capnp", "jpeg.wasm", "model.relaxed.wasm", "model.wasm", "worker.js", "wrangler.toml"]);
  });
});
