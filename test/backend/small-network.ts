// A small network with every kind of packed weights, for the tests of weight
// storage: stem, MixConv depthwise, grouped and SE-gated pointwise, SE with 5
// and 2 reduced channels (so W2 starts off a 16-byte boundary), classifier.
import { specFile } from "../spec-file.ts";

export const SMALL = specFile(
  `network small_mixed {
  input 3x17x13
  stem k=5 s=2 c=10 act=relu6
  stage act=swish {
    ds k=3,5 c=10 se=0.5
    ir k=3,5,7 e=2.2 c=14 expand_groups=2 project_groups=2 se=0.25
  }
  head c=30 act=relu
  pool avg
  classifier classes=19
}
`,
  "small.mix",
);
export const smallInput = new Float32Array(3 * 17 * 13).map((_, i) => Math.fround(Math.cos(i * 0.37) * 1.5));
