// The tensors of a safetensors checkpoint that an ONNX model does not hold, bit
// for bit, under the same name (BatchNorm folded into some convolutions by the
// export, for instance). With the ONNX file they rebuild the checkpoint, as
// bench/gpu.ts does; bench/gpu-device.sh ships these alone to fit the device
// machine's transfer limit.
//   npx tsx bench/weights-beside-onnx.ts CHECKPOINT MODEL.onnx OUT
import { readFileSync, writeFileSync } from "node:fs";
import { readSafetensors, writeSafetensors } from "../compiler/weights/safetensors.ts";
import { onnxInitializers } from "./onnx-initializers.ts";

const [checkpoint, onnx, out] = process.argv.slice(2);
if (!checkpoint || !onnx || !out) {
  console.error("usage: npx tsx bench/weights-beside-onnx.ts CHECKPOINT MODEL.onnx OUT");
  process.exit(2);
}
const initializers = onnxInitializers(new Uint8Array(readFileSync(onnx)));
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (v: number, i: number) => v === b[i]);
const rest = new Map([...readSafetensors(readFileSync(checkpoint), checkpoint)].filter(([name, t]) => {
  const o = initializers.get(name);
  return !(o && o.shape.join() === t.shape.join() && same(o.data, t.data));
}));
writeFileSync(out, writeSafetensors(rest));
console.log(`${out}: ${rest.size} tensors the ONNX model lacks`);
