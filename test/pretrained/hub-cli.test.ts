// Pretrained weights end to end, against a local stand-in for the Hugging Face
// Hub (never the internet): the README's two commands give a named answer, the
// cache serves later compiles offline, and every way it can go wrong is one
// clear message.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../compiler/api.ts";
import { compile } from "../../compiler/compile.ts";
import { IMAGENET_1K } from "../../compiler/frontend/imagenet-1k.ts";
import { writeSafetensors } from "../../compiler/weights/safetensors.ts";
import { seededWeights } from "../../compiler/weights/seeded.ts";
import { ROOT } from "../package/package.ts";
import { fakeHubEnv, startFakeHub, type FakeHub } from "../support/fake-hub.ts";
import { mixc } from "../mixc.ts";
import { stateDict, TINY_SPEC, tinyGraph, typedFile } from "../weights/fixtures.ts";

const REPO = "timm/mixnet_m.ft_in1k";
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const LABRADOR = 208;
const PHOTO = `${ROOT}/test/fixtures-images/photo-97x131.jpg`;

/** MixNet-M with seeded weights whose classifier favours one class by far: the answer is known whatever the photo. */
function checkpoint(winner: number): Uint8Array {
  const graph = loadGraph(`${ROOT}/specs/mixnet-m.mix`);
  const weights = seededWeights(graph, 12);
  // Random features reach logits in the hundreds: the classifier is scaled down so that the bias decides.
  weights.get("classifier.weight")!.forEach((w, i, all) => (all[i] = w * 1e-3));
  weights.get("classifier.bias")![winner]! += 50;
  return writeSafetensors(new Map(graph.params.map((p) => [p.name, { shape: p.shape, data: weights.get(p.name)! }])));
}

/** config.json as timm writes it for mixnet_m.ft_in1k, with `changes` to its pretrained_cfg. */
function config(changes: Record<string, unknown> = {}): string {
  const cfg = { tag: "ft_in1k", input_size: [3, 224, 224], interpolation: "bicubic", crop_pct: 0.875, crop_mode: "center", mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], num_classes: 1000, ...changes };
  return JSON.stringify({ architecture: "mixnet_m", num_classes: 1000, num_features: 1536, pretrained_cfg: cfg });
}

/** The README's commands under "## A photo to a named class", as written there. */
function readmeCommands(): string[] {
  const readme = readFileSync(`${ROOT}/README.md`, "utf8");
  const start = readme.indexOf("\n## A photo to a named class");
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start, readme.indexOf("\n## ", start + 1)));
  if (start < 0 || !block) throw new Error('README.md: no sh block under "## A photo to a named class"');
  return block[1]!.trim().split("\n");
}

/** Runs `npx mixc ...` as this checkout's bin/mixc.js, in `cwd`, with `env` on top of a Hub-free environment. */
async function npxMixc(command: string, cwd: string, env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const args = command.replace(/^npx mixc /, "").split(" ");
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HF_") && !k.startsWith("HUGGING")));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`${ROOT}/bin/mixc.js`, ...args], { cwd, env: { ...base, ...env }, encoding: "utf8" });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

let hub: FakeHub;
const weights = checkpoint(LABRADOR);

beforeAll(async () => {
  hub = await startFakeHub({
    repos: {
      [REPO]: { commit: COMMIT, files: { "model.safetensors": weights, "config.json": config() } },
      "someone/mixnet_m-crop95": { commit: COMMIT.replace("0", "1"), files: { "model.safetensors": weights, "config.json": config({ crop_pct: 0.95 }) } },
    },
  });
});
afterAll(() => hub?.close());

describe("the README's path to a named answer", () => {
  it("two commands: compile --pretrained downloads into the cache, run names the class; offline, the cache serves the next compile", async () => {
    const commands = readmeCommands();
    expect(commands).toHaveLength(2);
    const [compileLine, runLine] = commands.map((c) => c.replace(/^npm ci && /, "").replace("specs/", `${ROOT}/specs/`));
    const dir = mkdtempSync(join(tmpdir(), "mixc-readme-"));
    writeFileSync(join(dir, "photo.jpg"), readFileSync(PHOTO));
    const env = fakeHubEnv(hub);

    const compiled = await npxMixc(compileLine!, dir, env);
    expect(compiled.err).toContain(`hf:${REPO}: model.safetensors at commit ${COMMIT.slice(0, 12)}\n`);
    expect(compiled.code).toBe(0);
    expect(hub.count("GET", "cdn")).toBe(1); // the weights, from the CDN; config.json comes from the Hub itself
    const ran = await npxMixc(runLine!, dir, env);
    expect(ran.code).toBe(0);
    expect(ran.out.split("\n")[0]).toMatch(/^1\tclass 208 \(Labrador retriever\)\t[\d.]+\t100\.00%$/);
    expect(ran.out.trim().split("\n")).toHaveLength(5);

    const requests = hub.requests.length;
    const offline = await npxMixc(compileLine!, dir, { ...env, HF_HUB_OFFLINE: "1" });
    expect(offline.code).toBe(0);
    expect(hub.requests.length).toBe(requests);
  });
});

describe("weights from the Hub", () => {
  it("the library takes weights: 'hf:ORG/REPO@COMMIT' and gives the same bundle as the file itself", async () => {
    const env = fakeHubEnv(hub);
    const fromHub = await compile(`${ROOT}/specs/mixnet-m.mix`, { weights: `hf:${REPO}@${COMMIT}`, hub: { env } });
    const dir = mkdtempSync(join(tmpdir(), "mixc-hub-"));
    writeFileSync(join(dir, "model.safetensors"), weights);
    const fromFile = await compile(`${ROOT}/specs/mixnet-m.mix`, { weights: join(dir, "model.safetensors") });
    expect(Buffer.from(fromHub.bytes).equals(Buffer.from(fromFile.bytes))).toBe(true);
    expect(fromHub.meta.labels?.[LABRADOR]).toBe("Labrador retriever");
    expect(fromHub.notes).toEqual([`hf:${REPO}@${COMMIT}: model.safetensors at commit ${COMMIT.slice(0, 12)}`]);
  });

  it("a checkpoint trained with other preprocessing is refused, naming the spec, the repository and the statement that would match", async () => {
    const r = await npxMixc(`npx mixc compile ${ROOT}/specs/mixnet-m.mix --weights hf:someone/mixnet_m-crop95 -o m.wasm`, mkdtempSync(join(tmpdir(), "mixc-")), fakeHubEnv(hub));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${ROOT}/specs/mixnet-m.mix and hf:someone/mixnet_m-crop95: the spec and the checkpoint's config.json disagree:\n` +
        "  resize: the spec's is 256; config.json's crop_pct 0.95 of the 224 crop gives 235\n" +
        "  the checkpoint's preprocessing, as a spec statement: preprocess resize=235 crop=224 mean=0.485,0.456,0.406 std=0.229,0.224,0.225\n",
    );
  });

  it("offline and not cached, or no such repository: one line naming the repository, exit 1", async () => {
    const offline = await npxMixc(`npx mixc compile ${ROOT}/specs/mixnet-m.mix --pretrained`, mkdtempSync(join(tmpdir(), "mixc-")), fakeHubEnv(hub, { HF_HUB_OFFLINE: "1" }));
    expect(offline.code).toBe(1);
    expect(offline.err).toMatch(new RegExp(`^hf:${REPO}: .*offline.*\\n$`));
    const missing = await npxMixc(`npx mixc compile ${ROOT}/specs/mixnet-m.mix --weights hf:nobody/nothing`, mkdtempSync(join(tmpdir(), "mixc-")), fakeHubEnv(hub));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^hf:nobody\/nothing: .*\n$/);
  });
});

describe("where the weights come from", () => {
  const run = (...args: string[]) => npxMixc(["npx mixc", ...args].join(" "), ROOT, fakeHubEnv(hub));

  it("none given is an error that names the spec's pretrained repository, never random weights", async () => {
    const r = await run("compile", "specs/mixnet-m.mix", "-o", join(mkdtempSync(join(tmpdir(), "mixc-")), "m.wasm"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`specs/mixnet-m.mix: no weights given: choose --pretrained, --weights FILE.safetensors|hf:ORG/REPO, or --seed N for random weights (for testing); its pretrained weights are hf:${REPO} (--pretrained)\n`);
  });

  it("--pretrained for a spec that names none says so", async () => {
    const r = await run("run", "specs/fashion-mixnet.mix", "--pretrained", "--input", "x.bin");
    expect(r).toMatchObject({ code: 2, err: "specs/fashion-mixnet.mix: --pretrained needs a 'pretrained \"hf:ORG/REPO\"' statement in the spec, and 'fashion_mixnet' has none; give --weights instead\n" });
  });

  it("a DataParallel state_dict compiles, and the CLI says what it stripped and skipped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mixc-state-dict-"));
    writeFileSync(join(dir, "tiny.mix"), TINY_SPEC);
    writeFileSync(join(dir, "w.safetensors"), typedFile(stateDict(tinyGraph(), "module.")));
    const r = await mixc("compile", join(dir, "tiny.mix"), "--weights", join(dir, "w.safetensors"), "-o", join(dir, "t.wasm"));
    expect(r.code).toBe(0);
    const notes = r.err.split("\n").filter((l) => l.startsWith(join(dir, "w.safetensors")));
    expect(notes).toEqual([
      expect.stringMatching(/: stripped the prefix 'module\.' from \d+ tensor names$/),
      expect.stringMatching(/: skipped \d+ integer buffers \(num_batches_tracked\)$/),
    ]);
  });

  it("--labels FILE replaces the spec's ImageNet names; a file of the wrong length is refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mixc-labels-"));
    writeFileSync(join(dir, "names.txt"), IMAGENET_1K.map((_, i) => `thing ${i}`).join("\n"));
    const r = await run("run", "specs/mixnet-m.mix", "--pretrained", "--labels", join(dir, "names.txt"), "--image", PHOTO, "--top", "1", "--backend", "wasm");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\tclass 208 \(thing 208\)\t/);
    writeFileSync(join(dir, "short.txt"), "cat\ndog\n");
    const short = await run("run", "specs/mixnet-m.mix", "--pretrained", "--labels", join(dir, "short.txt"), "--image", PHOTO);
    expect(short.code).toBe(1);
    expect(short.err).toContain(join(dir, "short.txt"));
    expect(short.err).toMatch(/\b2\b.*\b1000\b|\b1000\b.*\b2\b/);
  });
});
