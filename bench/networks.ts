// The networks `npm run bench` and bench/threads.ts time, and where each one's
// weights, input and ONNX peer come from: S, M and MobileNetV3 from their fixtures
// in ../shared; MixNet-L, which has no shared fixture or ONNX model, from seeded
// weights (seed 1) on MixNet-M's input, its peers running an ONNX export of the same
// network and weights (onnx-export/, checked against mixc's reference first).
import { existsSync, readFileSync } from "node:fs";
import { hasTorch, peerExport, PYTHON } from "./onnx-export/export.ts";

export const SHARED = new URL("../../shared/", import.meta.url).pathname;

export interface Network {
  name: string;
  spec: string;
  /** Whether ../shared has its fixture (weights, input) and ONNX model. */
  fixture: boolean;
}

export const NETWORKS: readonly Network[] = [
  { name: "mixnet_s", spec: "specs/mixnet-s.mix", fixture: true },
  { name: "mixnet_m", spec: "specs/mixnet-m.mix", fixture: true },
  { name: "mixnet_l", spec: "specs/mixnet-l.mix", fixture: false },
  { name: "mobilenetv3_large_100", spec: "specs/mobilenetv3-large.mix", fixture: true },
];

/** Exits, saying why, where ../shared is missing, or where a network's ONNX peer must be exported and PyTorch is missing. */
export function needReferences(command: string, networks: readonly Network[] = NETWORKS): void {
  if (!existsSync(`${SHARED}fixtures`)) {
    console.error(`${command} needs the reference models in ${SHARED} (fixtures/ and onnx/)`);
    process.exit(1);
  }
  const exported = networks.filter((n) => !n.fixture);
  if (exported.length && !hasTorch()) {
    console.error(`${command} exports ${exported.map((n) => n.name).join(", ")} to ONNX with PyTorch, which ${PYTHON} lacks: install Debian's python3-torch`);
    process.exit(1);
  }
}

const fixtureDir = (n: Network) => `${SHARED}fixtures/${n.fixture ? n.name : "mixnet_m"}`;

export const weightsOf = (n: Network) => (n.fixture ? { weights: `${fixtureDir(n)}/weights.safetensors` } : { seed: 1 });

export function inputOf(n: Network): Float32Array {
  const b = readFileSync(`${fixtureDir(n)}/input.bin`);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

const exports = new Map<string, Promise<string>>();

/** The ONNX model its peers run: the shared one, or a checked export (made once per process); undefined where the shared one is missing. */
export async function onnxOf(n: Network): Promise<string | undefined> {
  if (!n.fixture && !exports.has(n.spec)) exports.set(n.spec, peerExport(n.spec));
  const onnx = n.fixture ? `${SHARED}onnx/${n.name}.onnx` : await exports.get(n.spec)!;
  return existsSync(onnx) ? onnx : undefined;
}
