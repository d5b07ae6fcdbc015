// Every WGSL shader mixc generates, f32 and f16 variants, compiled by naga (wgpu's
// WGSL front end and validator, as WebAssembly: npm naga-wasm): an independent WGSL
// implementation beside Dawn's Tint, which compiles the f16 variants only where an
// adapter has shader-f16 (lavapipe: precision.test.ts). naga-wasm validates with every naga
// capability enabled (f64, i64 and subgroups pass) and takes no flags, so each
// shader's needs are also read from the SPIR-V that naga writes for it: float32
// shaders may declare only Shader; f16 variants only what naga declares for any use
// of f16. Needs no GPU.
import { NagaError, nagaVersion, parseWgsl, validate, writeSpirv } from "naga-wasm";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../compiler/api.ts";
import { gpuDispatches, gpuShaders } from "../../compiler/backend/kernel-table.ts";
import { runPipeline } from "../../compiler/pipeline.ts";
import { SPECS } from "../specs.ts";
import { NETWORKS, writeSpec } from "./kernel-cases.ts";

const CAPABILITY_NAMES: Record<number, string> = { 1: "Shader", 9: "Float16", 10: "Float64", 4433: "StorageBuffer16BitAccess", 4434: "UniformAndStorageBuffer16BitAccess", 4436: "StorageInputOutput16" };
const F32_NEEDS = ["Shader"];
const F16_NEEDS = ["Shader", "Float16", "StorageBuffer16BitAccess", "UniformAndStorageBuffer16BitAccess", "StorageInputOutput16"];

/** The OpCapability operands of a SPIR-V module, by name. */
function spirvCapabilities(words: Uint32Array): string[] {
  const names: string[] = [];
  // After the 5-word header each instruction's first word is (word count << 16) | opcode; OpCapability is 17.
  for (let i = 5; i < words.length; i += words[i]! >>> 16) {
    if ((words[i]! & 0xffff) === 17) names.push(CAPABILITY_NAMES[words[i + 1]!] ?? `SPIR-V capability ${words[i + 1]}`);
  }
  return names;
}

/** What naga finds wrong with a shader for WebGPU (with shader-f16 where `f16`): its report, or needs beyond that; undefined if nothing. */
function nagaProblem(code: string, f16: boolean): string | undefined {
  let module: ReturnType<typeof parseWgsl> | undefined;
  let info: ReturnType<typeof validate> | undefined;
  try {
    module = parseWgsl(code);
    info = validate(module);
    const needs = spirvCapabilities(writeSpirv(module, info));
    const allowed = f16 ? F16_NEEDS : F32_NEEDS;
    if (needs.join() !== allowed.join()) return `needs the SPIR-V capabilities ${needs.join(", ")}; a WebGPU${f16 ? " shader-f16" : ""} shader may need only ${allowed.join(", ")}`;
    return undefined;
  } catch (e) {
    if (e instanceof NagaError) return `naga ${e.kind} error:\n${e.formatted}`;
    throw e;
  } finally {
    info?.free();
    module?.free();
  }
}

interface Shader {
  name: string;
  f16: boolean;
}

/** Every distinct WGSL source (f16 variants included) of the shipped specs and the kernel sweep, each with where it was first seen. */
function generatedShaders(): { byCode: Map<string, Shader>; nameClashes: string[] } {
  const specs = [...SPECS, ...Object.entries(NETWORKS).map(([name, body]) => writeSpec(name, body))];
  const byCode = new Map<string, Shader>();
  const nameClashes: string[] = [];
  for (const spec of specs) {
    const graph = runPipeline({ graph: loadGraph(spec) }).graph;
    const shipped = new Map(gpuShaders(graph).map((s) => [s.name, s]));
    for (const { shader: s } of graph.ops.flatMap((op) => gpuDispatches(graph, op))) {
      // The bundle keeps one shader per name: every dispatch of that name must have its code.
      const kept = shipped.get(s.name)!;
      if (kept.code() !== s.code() || kept.f16?.() !== s.f16?.()) nameClashes.push(`${spec}: ${s.name}`);
      if (!byCode.has(s.code())) byCode.set(s.code(), { name: `${spec}: ${s.name}`, f16: false });
      if (s.f16 && !byCode.has(s.f16())) byCode.set(s.f16(), { name: `${spec}: ${s.name}, f16 variant`, f16: true });
    }
  }
  return { byCode, nameClashes };
}

const { byCode, nameClashes } = generatedShaders();
const count = (f16: boolean) => [...byCode.values()].filter((s) => s.f16 === f16).length;

describe(`WGSL under naga ${nagaVersion}`, () => {
  it(`compiles every generated shader: ${count(false)} float32 and ${count(true)} f16 variants`, () => {
    expect(count(true)).toBeGreaterThan(0);
    const failures = [...byCode].flatMap(([code, s]) => {
      const problem = nagaProblem(code, s.f16);
      return problem === undefined ? [] : [`${s.name}: ${problem}`];
    });
    expect(failures, failures.join("\n\n")).toEqual([]);
  });

  it("one name, one shader: the bundle keeps a shader per name", () => {
    expect(nameClashes).toEqual([]);
  });

  const anyF16 = [...byCode].find(([, s]) => s.f16)![0];
  const anyF32 = [...byCode].find(([, s]) => !s.f16)![0];
  const broken = (code: string, from: string, to: string) => {
    expect(code).toContain(from);
    return code.replace(from, to);
  };

  it("rejects broken shaders: an f16 sum added to float32 without conversion, f16 without `enable f16`, a typo", () => {
    expect(nagaProblem(broken(anyF16, "vec4<f32>(v.x * w0", "(v.x * w0"), true)).toMatch(/naga parse error:[^]*f16/);
    expect(nagaProblem(broken(anyF16, "enable f16;\n", ""), true)).toMatch(/the `f16` enable extension is not enabled/);
    expect(nagaProblem(broken(anyF32, "@compute", "@compte"), false)).toMatch(/naga parse error:[^]*compte/);
  });

  it("rejects what naga accepts but WebGPU has not: f64, and f16 in a float32 shader", () => {
    const f64 = "@compute @workgroup_size(1) fn main() { var a: f64 = 1.0lf; }";
    expect(nagaProblem(f64, false)).toBe("needs the SPIR-V capabilities Shader, Float64; a WebGPU shader may need only Shader");
    expect(nagaProblem(anyF16, false)).toMatch(/needs the SPIR-V capabilities Shader, Float16, .*; a WebGPU shader may need only Shader$/);
  });
});
