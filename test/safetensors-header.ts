// A safetensors file's tensor names and shapes, from its header: what a
// graph's parameters are compared with to show it asks for a checkpoint's tensors.
import { readFileSync } from "node:fs";

export function headerShapes(path: string): Record<string, number[]> {
  const bytes = readFileSync(path);
  const length = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + length).toString("utf8")) as Record<string, { shape: number[] }>;
  return Object.fromEntries(Object.entries(header).filter(([name]) => name !== "__metadata__").map(([name, t]) => [name, t.shape]));
}
