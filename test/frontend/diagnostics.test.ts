// The frontend's diagnostics: each bad input is a small valid network with a
// line or two edited, and the test asserts every diagnostic it gets (line,
// column and exact message), so a cascade of extra errors fails it as surely as
// a missing one. Also: every shipped spec compiles cleanly, and the rendered
// form of a diagnostic.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSpec, formatDiagnostic } from "../../compiler/frontend/index.ts";
import { IMAGENET_EVAL } from "../../runtime/preprocess.ts";

/** The template. Line numbers below refer to it (an edit that adds lines says so). */
const VALID = `network tiny {
  input 3x32x32
  stem k=3 s=2 c=8 act=relu
  stage act=relu {
    ds k=3 c=8
  }
  stage act=swish {
    ir k=3,5 e=6 c=16 s=2 se=0.25
  }
  head c=64 act=relu
  pool avg
  classifier classes=10
}
`;
//  1 network tiny {
//  2   input 3x32x32
//  3   stem k=3 s=2 c=8 act=relu          8 channels out of the stem
//  4   stage act=relu {
//  5     ds k=3 c=8                       8 -> 8
//  6   }
//  7   stage act=swish {
//  8     ir k=3,5 e=6 c=16 s=2 se=0.25    8 -> 48 -> 16
//  9   }
// 10   head c=64 act=relu
// 11   pool avg
// 12   classifier classes=10
// 13 }

/** An absolute name, so that base specs resolve to the same paths on every machine. */
const FILE = "/specs/t.mix";

/** VALID with the given lines replaced; "" empties a line and keeps the numbering, "\n" in a text adds lines. */
function edit(lines: Record<number, string>): string {
  return VALID.split("\n")
    .map((l, i) => lines[i + 1] ?? l)
    .join("\n");
}

/** VALID with `text` inserted after line `n` (the lines after it move down by one). */
function after(n: number, text: string): string {
  return edit({ [n]: `${VALID.split("\n")[n - 1]}\n${text}` });
}

interface Expected {
  line: number;
  col: number;
  message: string;
  /** Only for a diagnostic in another file than FILE (a base spec). */
  file?: string;
}

interface Case {
  name: string;
  text: string;
  readFile?: (path: string) => string;
  expected: Expected[];
}

/** A readFile over in-memory files, failing as node's readFileSync does for a missing one. */
function memoryFiles(files: Record<string, string>): (path: string) => string {
  return (path) => {
    const text = files[path];
    if (text !== undefined) return text;
    const error = new Error(`ENOENT: no such file or directory, open '${path}'`) as NodeJS.ErrnoException;
    error.code = "ENOENT";
    throw error;
  };
}

const VALUE = 'a value (a number, a name, a shape such as 3x224x224 or a "string")';

const cases: Case[] = [
  // ---- kernels, channels and splits
  {
    name: "an even kernel size",
    text: edit({ 5: "    ds k=4 c=8" }),
    expected: [{ line: 5, col: 10, message: "kernel size 4 must be odd (padding is centred on the kernel)" }],
  },
  {
    name: "a kernel size of 0 (out of range, not merely even)",
    text: edit({ 5: "    ds k=0 c=8" }),
    expected: [{ line: 5, col: 10, message: "kernel sizes must be at least 1, got 0" }],
  },
  {
    name: "a stem with a list of kernels",
    text: edit({ 3: "  stem k=3,5 s=2 c=8 act=relu" }),
    expected: [{ line: 3, col: 12, message: "kernel size takes one value, got 2" }],
  },
  {
    name: "more kernel groups than channels (k=3,5,7,9,11 on 4 input channels)",
    text: edit({ 5: "    ds k=3 c=4", 8: "    ds k=3,5,7,9,11 c=16" }),
    expected: [{ line: 8, col: 10, message: "4 channels cannot be split into 5 kernel groups (a group would be empty)" }],
  },
  {
    name: "expand_groups larger than the input channels",
    text: edit({ 8: "    ir k=3 e=6 c=16 expand_groups=16" }),
    expected: [{ line: 8, col: 35, message: "8 channels cannot be split into 16 expansion groups (a group would be empty)" }],
  },
  {
    name: "project_groups larger than the output channels",
    text: edit({ 8: "    ir k=3 e=6 c=4 project_groups=8" }),
    expected: [{ line: 8, col: 35, message: "4 channels cannot be split into 8 projection groups (a group would be empty)" }],
  },
  {
    name: "non-integer output channels",
    text: edit({ 5: "    ds k=3 c=8.5" }),
    expected: [{ line: 5, col: 14, message: "output channels must be a whole number, got 8.5" }],
  },
  {
    name: "zero output channels",
    text: edit({ 5: "    ds k=3 c=0" }),
    expected: [{ line: 5, col: 14, message: "output channels must be at least 1, got 0" }],
  },
  {
    name: "a quoted kernel size",
    text: edit({ 5: '    ds k="3" c=8' }),
    expected: [{ line: 5, col: 10, message: 'kernel sizes must be whole numbers, got "3"' }],
  },

  // ---- activations, strides, residuals, repeats, SE
  {
    name: "an unknown activation with no close match",
    text: edit({ 3: "  stem k=3 s=2 c=8 act=mish" }),
    expected: [{ line: 3, col: 24, message: "unknown activation 'mish' (expected relu, relu6, swish, sigmoid, hswish or hsigmoid)" }],
  },
  {
    name: "a misspelt activation (two letters swapped) gets a suggestion",
    text: edit({ 7: "  stage act=swihs {" }),
    expected: [{ line: 7, col: 13, message: "unknown activation 'swihs' (expected relu, relu6, swish, sigmoid, hswish or hsigmoid); did you mean 'swish'?" }],
  },
  {
    name: "a number where an activation name is needed",
    text: edit({ 3: "  stem k=3 s=2 c=8 act=6" }),
    expected: [{ line: 3, col: 24, message: "activation must be relu, relu6, swish, sigmoid, hswish or hsigmoid, got 6" }],
  },
  {
    name: "stride 3",
    text: edit({ 3: "  stem k=3 s=3 c=8 act=relu" }),
    expected: [{ line: 3, col: 14, message: "stride must be 1 or 2, got 3" }],
  },
  {
    name: "residual=yes with stride 2",
    text: edit({ 8: "    ir k=3 e=6 c=8 s=2 residual=yes" }),
    expected: [{ line: 8, col: 33, message: "a residual connection needs stride 1, but this block has stride 2" }],
  },
  {
    name: "residual=yes with unequal channels",
    text: edit({ 8: "    ir k=3 e=6 c=16 residual=yes" }),
    expected: [{ line: 8, col: 30, message: "a residual connection needs equal input and output channels, but this block maps 8 to 16" }],
  },
  {
    name: "repeat=0",
    text: edit({ 8: "    ir k=3 e=6 c=16 repeat=0" }),
    expected: [{ line: 8, col: 28, message: "repeat count must be at least 1, got 0" }],
  },
  {
    name: "a fractional repeat",
    text: edit({ 8: "    ir k=3 e=6 c=16 repeat=1.5" }),
    expected: [{ line: 8, col: 28, message: "repeat count must be a whole number, got 1.5" }],
  },
  {
    name: "an SE ratio above 1",
    text: edit({ 8: "    ir k=3 e=6 c=16 se=1.5" }),
    expected: [{ line: 8, col: 24, message: "squeeze-and-excitation ratio must be at most 1, got 1.5" }],
  },
  {
    name: "an SE ratio that rounds to 0 channels",
    text: edit({ 8: "    ir k=3 e=6 c=16 se=0.01" }),
    expected: [{ line: 8, col: 24, message: "se=0.01 of 8 channels rounds to 0 channels" }],
  },

  // ---- network statements and their values
  {
    name: "a negative width",
    text: after(2, "  width -1"),
    expected: [{ line: 3, col: 9, message: "width multiplier must be positive, got -1" }],
  },
  {
    name: "two values for width",
    text: after(2, "  width 1 2"),
    expected: [{ line: 3, col: 11, message: "'width' takes one value" }],
  },
  {
    name: "an input shape of rank 2",
    text: edit({ 2: "  input 3x224" }),
    expected: [{ line: 2, col: 9, message: "input shape (channels x height x width) must look like 3x224x224, got 3x224" }],
  },
  {
    name: "an input shape with a zero dimension",
    text: edit({ 2: "  input 3x0x32" }),
    expected: [{ line: 2, col: 9, message: "input shape (channels x height x width) dimensions must be between 1 and 65536, got 3x0x32" }],
  },
  {
    name: "a number where the network's name is needed",
    text: edit({ 1: "network 42 {" }),
    expected: [{ line: 1, col: 9, message: "network name must be a name, got 42" }],
  },
  {
    name: "a string where a word is needed",
    text: edit({ 11: '  pool "avg"' }),
    expected: [{ line: 11, col: 8, message: 'pooling must be avg, got "avg"' }],
  },

  // ---- statements and attributes: unknown, repeated, missing, misplaced
  {
    name: "a misspelt statement keyword gets a suggestion",
    text: edit({ 7: "  satge act=swish {" }),
    expected: [{ line: 7, col: 3, message: "unknown statement 'satge' inside 'network'; did you mean 'stage'?" }],
  },
  {
    name: "a misspelt required statement is not also reported missing",
    text: edit({ 10: "  haed c=64 act=relu" }),
    expected: [{ line: 10, col: 3, message: "unknown statement 'haed' inside 'network'; did you mean 'head'?" }],
  },
  {
    name: "a misspelt attribute gets a suggestion",
    text: edit({ 8: "    ir k=3 e=6 c=16 expnad_groups=2" }),
    expected: [{ line: 8, col: 21, message: "unknown attribute 'expnad_groups' for 'ir'; did you mean 'expand_groups'?" }],
  },
  {
    name: "attributes spelt out get the short one, by what the schema says it is, and are not also reported missing",
    text: edit({ 3: "  stem kernel=3 s=2 c=8 activation=relu", 8: "    ir k=3 expansion=6 channels=16 stride=2 repeats=2" }),
    expected: [
      { line: 3, col: 8, message: "unknown attribute 'kernel' for 'stem'; did you mean 'k' (kernel size)?" },
      { line: 3, col: 25, message: "unknown attribute 'activation' for 'stem'; did you mean 'act' (activation)?" },
      { line: 8, col: 12, message: "unknown attribute 'expansion' for 'ir'; did you mean 'e' (expansion ratio)?" },
      { line: 8, col: 24, message: "unknown attribute 'channels' for 'ir'; did you mean 'c' (output channels)?" },
      { line: 8, col: 36, message: "unknown attribute 'stride' for 'ir'; did you mean 's' (stride)?" },
      { line: 8, col: 45, message: "unknown attribute 'repeats' for 'ir'; did you mean 'repeat'?" },
    ],
  },
  {
    name: "timm's names are matched word by word; a word two attributes share gets no guess",
    text: edit({ 8: "    ir kernel_size=3 e=6 out_channels=16 ratio=0.25" }),
    expected: [
      { line: 8, col: 8, message: "unknown attribute 'kernel_size' for 'ir'; did you mean 'k' (kernel sizes)?" },
      { line: 8, col: 26, message: "unknown attribute 'out_channels' for 'ir'; did you mean 'c' (output channels)?" },
      { line: 8, col: 42, message: "unknown attribute 'ratio' for 'ir'" },
    ],
  },
  {
    name: "an attribute given twice",
    text: edit({ 8: "    ir k=3 e=6 c=16 c=24" }),
    expected: [{ line: 8, col: 21, message: "attribute 'c' given twice" }],
  },
  {
    name: "input given twice",
    text: after(2, "  input 3x32x32"),
    expected: [{ line: 3, col: 3, message: "'input' given twice (first at line 2)" }],
  },
  {
    name: "a second network",
    text: `${VALID}network other {\n}\n`,
    expected: [{ line: 14, col: 1, message: "'network' given twice (first at line 1)" }],
  },
  {
    name: "no stem",
    text: edit({ 3: "" }),
    expected: [{ line: 1, col: 1, message: "'network' has no 'stem' statement" }],
  },
  {
    name: "no classifier",
    text: edit({ 12: "" }),
    expected: [{ line: 1, col: 1, message: "'network' has no 'classifier' statement" }],
  },
  {
    name: "an empty file",
    text: "",
    expected: [{ line: 1, col: 1, message: "the file has no 'network' statement" }],
  },
  {
    name: "ir without e=",
    text: edit({ 8: "    ir k=3 c=16" }),
    expected: [{ line: 8, col: 5, message: "'ir' needs e=<expansion ratio>" }],
  },
  {
    name: "a block statement outside a stage",
    text: after(9, "  ds k=3 c=16"),
    expected: [{ line: 10, col: 3, message: "'ds' is a block and belongs inside a 'stage { ... }'" }],
  },
  {
    name: "a network statement inside a stage",
    text: after(5, "    width 2"),
    expected: [{ line: 6, col: 5, message: "'width' belongs in the network's block, not inside a stage" }],
  },
  {
    name: "a network statement after the network",
    text: `${VALID}width 2\n`,
    expected: [{ line: 14, col: 1, message: "'width' belongs inside 'network NAME { ... }'" }],
  },
  {
    name: "a network without its 'network' line: one error for the statements out of place",
    text: edit({ 1: "" }),
    expected: [
      { line: 1, col: 1, message: "the file has no 'network' statement" },
      { line: 2, col: 3, message: "'input' belongs inside 'network NAME { ... }', as do the 6 statements after it" },
      { line: 13, col: 1, message: "unexpected '}': no block is open here" },
    ],
  },
  {
    name: "a stage without a block",
    text: edit({ 8: "" }),
    expected: [{ line: 7, col: 3, message: "'stage' has no blocks; a stage needs at least one 'ds' or 'ir'" }],
  },
  {
    name: "a stage without braces",
    text: edit({ 4: "  stage act=relu", 5: "", 6: "" }),
    expected: [{ line: 4, col: 3, message: "'stage' needs a block: stage ... { ... }" }],
  },
  {
    name: "ir with a block",
    text: edit({ 8: "    ir k=3 e=6 c=16 { }" }),
    expected: [{ line: 8, col: 5, message: "'ir' takes no block" }],
  },

  // ---- syntax
  {
    name: "an unexpected character",
    text: edit({ 5: "    ds k=3 c=8 @" }),
    expected: [{ line: 5, col: 16, message: "unexpected character '@'" }],
  },
  {
    name: "a missing value in a list (k=3,,5)",
    text: edit({ 8: "    ir k=3,,5 e=6 c=16" }),
    expected: [{ line: 8, col: 12, message: `expected ${VALUE} but found ','` }],
  },
  {
    name: "a missing value before the next attribute (e= c=16)",
    text: edit({ 8: "    ir k=3 e= c=16" }),
    expected: [{ line: 8, col: 15, message: `expected ${VALUE} but found 'c'` }],
  },
  {
    name: "a missing value at the end of a line",
    text: edit({ 8: "    ir k=3 c=16 e=" }),
    expected: [{ line: 8, col: 19, message: `expected ${VALUE} but found end of line` }],
  },
  {
    name: "a missing '}' at the end of the file",
    text: edit({ 13: "" }),
    expected: [{ line: 12, col: 24, message: "expected '}' to close the block, but the file ended" }],
  },
  {
    name: "a network missing its '{': one error, not one for each statement then outside it or missing from it",
    text: edit({ 1: "network tiny" }),
    expected: [{ line: 1, col: 1, message: "'network tiny' is missing its '{': the statements from line 2 on belong inside it" }],
  },
  {
    name: "a stage missing its '{': one error, not 'needs a block', a block outside a stage and a '}' too many",
    text: edit({ 4: "  stage act=relu" }),
    expected: [{ line: 4, col: 3, message: "'stage' on line 4 is missing its '{': the blocks from line 5 on belong inside it" }],
  },
  {
    name: "the last stage missing its '{'",
    text: edit({ 7: "  stage act=swish" }),
    expected: [{ line: 7, col: 3, message: "'stage' on line 7 is missing its '{': the blocks from line 8 on belong inside it" }],
  },
  {
    name: "both stages missing their '{'",
    text: edit({ 4: "  stage act=relu", 7: "  stage act=swish" }),
    expected: [
      { line: 4, col: 3, message: "'stage' on line 4 is missing its '{': the blocks from line 5 on belong inside it" },
      { line: 7, col: 3, message: "'stage' on line 7 is missing its '{': the blocks from line 8 on belong inside it" },
    ],
  },
  {
    name: "a stage missing its '}'",
    text: edit({ 6: "" }),
    expected: [{ line: 7, col: 3, message: "'stage' is inside the stage opened on line 4; is that stage missing its '}'?" }],
  },
  {
    name: "the last stage missing its '}'",
    text: edit({ 9: "" }),
    expected: [{ line: 10, col: 3, message: "'head' is inside the stage opened on line 7; is that stage missing its '}'?" }],
  },
  {
    name: "a stage and the network both missing their '}'",
    text: edit({ 9: "", 13: "" }),
    expected: [
      { line: 10, col: 3, message: "'head' is inside the stage opened on line 7; is that stage missing its '}'?" },
      { line: 12, col: 24, message: "expected '}' to close the block, but the file ended" },
    ],
  },
  {
    name: "a network missing its '}' and a network statement in a closed stage: two mistakes",
    text: edit({ 8: "    width 2", 13: "" }),
    expected: [
      { line: 8, col: 5, message: "'width' belongs in the network's block, not inside a stage" },
      { line: 12, col: 24, message: "expected '}' to close the block, but the file ended" },
    ],
  },
  {
    name: "an extra '}' that closes the network early",
    text: after(6, "  }"),
    expected: [{ line: 7, col: 3, message: "this '}' closes 'network tiny', but the 'stage' on line 8 belongs inside it; is the '}' one too many?" }],
  },
  {
    name: "an extra '}' that closes a stage early",
    text: after(4, "  }"),
    expected: [{ line: 5, col: 3, message: "this '}' closes the stage opened on line 4, but the 'ds' on line 6 belongs inside it; is the '}' one too many?" }],
  },
  {
    name: "an extra '}' at the end and a block after a stage: two mistakes, not one '}' early",
    text: `${after(6, "  ds k=3 c=8")}}\n`,
    expected: [
      { line: 7, col: 3, message: "'ds' is a block and belongs inside a 'stage { ... }'" },
      { line: 15, col: 1, message: "unexpected '}': no block is open here" },
    ],
  },
  {
    name: "an extra '}' at the end",
    text: `${VALID}}\n`,
    expected: [{ line: 14, col: 1, message: "unexpected '}': no block is open here" }],
  },

  // ---- base specs
  {
    name: "base without a readFile",
    text: after(1, '  base "other.mix"'),
    expected: [{ line: 2, col: 8, message: "a base spec can only be read when the spec comes from a file" }],
  },
  {
    name: "base naming a missing file",
    text: after(1, '  base "other.mix"'),
    readFile: memoryFiles({}),
    expected: [{ line: 2, col: 8, message: "cannot read base spec /specs/other.mix: no such file" }],
  },
  {
    name: "base naming a missing file: one error, not one more for each statement it would have given",
    text: 'network derived {\n  base "nope.mix"\n  width 2\n}\n',
    readFile: memoryFiles({}),
    expected: [{ line: 2, col: 8, message: "cannot read base spec /specs/nope.mix: no such file" }],
  },
  {
    name: "a base spec missing its network's '{': one error, in the base",
    text: 'network derived {\n  base "b.mix"\n  width 2\n}\n',
    readFile: memoryFiles({ "/specs/b.mix": VALID.replace("network tiny {", "network tiny") }),
    expected: [{ file: "/specs/b.mix", line: 1, col: 1, message: "'network tiny' is missing its '{': the statements from line 2 on belong inside it" }],
  },
  {
    name: "base specs that base each other",
    text: after(1, '  base "b.mix"'),
    readFile: memoryFiles({ "/specs/b.mix": 'network b {\n  base "t.mix"\n}\n' }),
    expected: [{ file: "/specs/b.mix", line: 2, col: 8, message: "base specs form a cycle: /specs/t.mix -> /specs/b.mix -> /specs/t.mix" }],
  },
  {
    name: "an error in an inherited statement points into the base spec",
    text: 'network derived {\n  base "base.mix"\n  width 2\n}\n',
    readFile: memoryFiles({ "/specs/base.mix": edit({ 10: "  head c=0 act=relu" }) }),
    expected: [{ file: "/specs/base.mix", line: 10, col: 10, message: "output channels must be at least 1, got 0" }],
  },

  // ---- depth, pretrained weights and labels
  {
    name: "a depth multiplier of 0 and a rounding that timm has not",
    text: after(2, "  depth 0 trunc=floor"),
    expected: [
      { line: 3, col: 9, message: "depth multiplier must be positive, got 0" },
      { line: 3, col: 17, message: "unknown rounding of a stage's scaled repeats 'floor' (expected ceil or round)" },
    ],
  },
  {
    name: "a depth multiplier past 16",
    text: after(2, "  depth 20"),
    expected: [{ line: 3, col: 9, message: "depth multiplier must be at most 16, got 20" }],
  },
  {
    name: "pretrained weights without quotes",
    text: after(2, "  pretrained timm"),
    expected: [{ line: 3, col: 14, message: "Hub reference must be a quoted string, as \"hf:ORG/REPO\", got 'timm'" }],
  },
  {
    name: "pretrained weights that are not on the Hub",
    text: after(2, '  pretrained "timm/mixnet_m.ft_in1k"'),
    expected: [{ line: 3, col: 14, message: 'Hub reference "timm/mixnet_m.ft_in1k" must start with "hf:" (the Hugging Face Hub), as "hf:timm/mixnet_m.ft_in1k"' }],
  },
  {
    name: "pretrained weights with no organisation",
    text: after(2, '  pretrained "hf:mixnet_m"'),
    expected: [{ line: 3, col: 14, message: 'Hub reference "hf:mixnet_m" must name its repository as ORG/REPO, got "mixnet_m"' }],
  },
  {
    name: "pretrained weights whose names climb out of the cache",
    text: after(2, '  pretrained "hf:../mixnet_m"\n  pretrained "hf:timm/mixnet_m@../../x"'),
    expected: [
      { line: 3, col: 14, message: `Hub reference "hf:../mixnet_m" has a bad repository name "..": a name holds letters, digits, '_', '-' and '.', starts and ends with a letter or digit, and has no '--' or '..'` },
      { line: 4, col: 3, message: "'pretrained' given twice (first at line 3)" },
    ],
  },
  {
    name: "a revision that climbs out of the cache",
    text: after(2, '  pretrained "hf:timm/mixnet_m@../../x"'),
    expected: [{ line: 3, col: 14, message: `Hub reference "hf:timm/mixnet_m@../../x" has a bad revision "../../x": a branch, tag or commit holds letters, digits, '_', '-' and '.', with '/' between names, and no '..'` }],
  },
  {
    name: "an unknown label set",
    text: after(2, "  labels imagenet-21k"),
    expected: [{ line: 3, col: 10, message: "unknown label set 'imagenet-21k' (expected imagenet-1k); did you mean 'imagenet-1k'?" }],
  },
  {
    name: "a label set for another number of classes",
    text: after(2, "  labels imagenet-1k"),
    expected: [{ line: 3, col: 10, message: "labels imagenet-1k names 1000 classes, but the classifier has 10" }],
  },
  {
    name: "a network name with a '-' (a word, but not a name)",
    text: edit({ 1: "network my-net {" }),
    expected: [{ line: 1, col: 9, message: "network name may hold letters, digits and '_', not '-', got 'my-net'" }],
  },

  // ---- several errors in one input: all reported, nothing spurious
  {
    name: "several errors on one line and across the file",
    text: edit({
      3: "  stem k=4 s=3 c=8 act=rleu",
      5: "    ds k=3 c=8 @ se=2",
      11: "  pool max\n  pool avg", // adds a line: the classifier is on line 13
    }),
    expected: [
      { line: 3, col: 10, message: "kernel size 4 must be odd (padding is centred on the kernel)" },
      { line: 3, col: 14, message: "stride must be 1 or 2, got 3" },
      { line: 3, col: 24, message: "unknown activation 'rleu' (expected relu, relu6, swish, sigmoid, hswish or hsigmoid); did you mean 'relu'?" },
      { line: 5, col: 16, message: "unexpected character '@'" },
      { line: 5, col: 21, message: "squeeze-and-excitation ratio must be at most 1, got 2" },
      { line: 11, col: 8, message: "unknown pooling 'max' (expected avg)" },
      { line: 12, col: 3, message: "'pool' given twice (first at line 11)" },
    ],
  },
  {
    name: "a syntax error, a missing attribute, a bad residual and a misspelt statement",
    text: edit({
      5: "    ds k=3,,5 c=8",
      8: "    ir k=3,5 c=16 s=2 se=0.25 residual=yes",
      10: "  haed c=64 act=relu",
    }),
    expected: [
      { line: 5, col: 12, message: `expected ${VALUE} but found ','` },
      { line: 8, col: 5, message: "'ir' needs e=<expansion ratio>" },
      { line: 8, col: 40, message: "a residual connection needs stride 1, but this block has stride 2" },
      { line: 8, col: 40, message: "a residual connection needs equal input and output channels, but this block maps 8 to 16" },
      { line: 10, col: 3, message: "unknown statement 'haed' inside 'network'; did you mean 'head'?" },
    ],
  },
  {
    name: "a missing '}' and errors in the statements after it (still checked where they belong)",
    text: edit({ 6: "", 8: "    ir k=3,5 e=6 c=16 s=2 se=0.25 residul=yes", 10: "  head c=0 act=relu", 12: "  classifier classes=10 @" }),
    expected: [
      { line: 7, col: 3, message: "'stage' is inside the stage opened on line 4; is that stage missing its '}'?" },
      { line: 8, col: 35, message: "unknown attribute 'residul' for 'ir'; did you mean 'residual'?" },
      { line: 10, col: 10, message: "output channels must be at least 1, got 0" },
      { line: 12, col: 25, message: "unexpected character '@'" },
    ],
  },
  {
    name: "an extra '}' and errors in the statements after it",
    text: edit({ 6: "  }\n  }", 8: "    ir k=3,5 e=6 c=16 s=2 se=0.25 act=sigmiod", 11: "  pool avg avg" }),
    expected: [
      { line: 7, col: 3, message: "this '}' closes 'network tiny', but the 'stage' on line 8 belongs inside it; is the '}' one too many?" },
      { line: 9, col: 39, message: "unknown activation 'sigmiod' (expected relu, relu6, swish, sigmoid, hswish or hsigmoid); did you mean 'sigmoid'?" },
      { line: 12, col: 12, message: "'pool' takes one value" },
    ],
  },
  // ---- image preprocessing
  {
    name: "a preprocess crop that is not the input's size",
    text: after(2, "  preprocess resize=36 crop=28 mean=0.5,0.5,0.5 std=0.2,0.2,0.2"),
    expected: [{ line: 3, col: 29, message: "crop 28 does not match the input 3x32x32: the 28x28 crop is what the network reads" }],
  },
  {
    name: "a preprocess crop larger than its resize",
    text: after(2, "  preprocess resize=28 crop=32 mean=0.5,0.5,0.5 std=0.2,0.2,0.2"),
    expected: [{ line: 3, col: 29, message: "crop 32 is larger than resize 28: the crop is cut from the resized image" }],
  },
  {
    name: "gray preprocessing for an RGB input, with one mean and one std",
    text: after(2, "  preprocess resize=32 crop=32 mean=0.3 std=0.3 color=gray"),
    expected: [{ line: 3, col: 55, message: "color=gray makes 1 channel, but the input has 3" }],
  },
  {
    name: "a mean per channel missing, a std that is not positive",
    text: after(2, "  preprocess resize=32 crop=32 mean=0.5,0.5 std=0.2,0,0.2"),
    expected: [
      { line: 3, col: 37, message: "mean needs 3 values, one per rgb channel, got 2" },
      { line: 3, col: 53, message: "std per channel must be positive, got 0" },
    ],
  },
  {
    name: "preprocessing for an input that is no image (one error, not one per mean and std)",
    text: edit({ 2: "  input 2x32x32\n  preprocess resize=32 crop=32 mean=0.5 std=0.2" }),
    expected: [{ line: 3, col: 3, message: "an image gives 1 channel (color=gray) or 3 (color=rgb), but the input has 2" }],
  },
  {
    name: "a colour mode misspelt (no guess at its channels)",
    text: edit({ 2: "  input 1x32x32\n  preprocess resize=32 crop=32 mean=0.5 std=0.2 color=grey" }),
    expected: [{ line: 3, col: 55, message: "unknown colour mode 'grey' (expected rgb or gray); did you mean 'gray'?" }],
  },
  {
    name: "a preprocess statement without its sizes",
    text: after(2, "  preprocess mean=0.5,0.5,0.5 std=0.2,0.2,0.2"),
    expected: [
      { line: 3, col: 3, message: "'preprocess' needs resize=<resize (the shorter side, or HxW to cover)>" },
      { line: 3, col: 3, message: "'preprocess' needs crop=<crop (the centred square's side, or HxW)>" },
    ],
  },
];

const strip = (diagnostics: { file: string; line: number; col: number; message: string }[]): Expected[] =>
  diagnostics.map(({ file, line, col, message }) => (file === FILE ? { line, col, message } : { file, line, col, message }));

describe("diagnostics of bad inputs", () => {
  it("the template is valid", () => {
    const result = parseSpec(VALID, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.network?.blocks.map((b) => [b.cin, b.mid, b.cout])).toEqual([
      [8, 8, 8],
      [8, 48, 16],
    ]);
  });

  it("has at least 30 cases, each with a distinct input", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.text + (c.readFile ? "+files" : ""))).size).toBe(cases.length);
  });

  it.each(cases)("$name", ({ text, readFile, expected }) => {
    const result = parseSpec(text, FILE, readFile);
    expect(strip(result.diagnostics)).toEqual(expected);
    expect(result.network).toBeUndefined();
  });
});

describe("image preprocessing", () => {
  const network = (text: string) => parseSpec(text, FILE).network!;

  it("is the spec's preprocess statement, gray by default for one channel", () => {
    const gray = network(edit({ 2: "  input 1x28x28\n  preprocess resize=32 crop=28 mean=0.286 std=0.353" }));
    expect(gray.preprocessing).toEqual({ resize: 32, crop: 28, color: "gray", mean: [0.286], std: [0.353], interpolation: "bicubic" });
  });

  it("defaults to timm's ImageNet evaluation for an RGB input, square or not, and to none for other inputs", () => {
    expect(network(VALID).preprocessing).toEqual({ ...IMAGENET_EVAL, resize: 36, crop: 32 });
    expect(network(edit({ 2: "  input 3x224x224" })).preprocessing).toBe(IMAGENET_EVAL);
    expect(network(edit({ 2: "  input 1x28x28" })).preprocessing).toBeNull();
    // timm's ResizeKeepRatio to floor(32 / 0.875) x floor(48 / 0.875), bilinear (test/image/preprocess-statement.test.ts has more)
    expect(network(edit({ 2: "  input 3x32x48" })).preprocessing).toEqual({ ...IMAGENET_EVAL, resize: [36, 54], crop: [32, 48], interpolation: "bilinear" });
  });
});

describe("pretrained weights and labels", () => {
  const BASE = edit({ 2: '  input 3x32x32\n  pretrained "hf:acme/tiny.in1k@v1.0"\n  labels imagenet-1k', 12: "  classifier classes=1000" });
  const derived = (lines: string) => parseSpec(`network derived {\n  base "base.mix"\n${lines}}\n`, FILE, memoryFiles({ "/specs/base.mix": BASE })).network!;

  it("are the spec's Hub reference as written and its label set's name, or null", () => {
    expect(parseSpec(BASE, FILE).network).toMatchObject({ pretrained: "hf:acme/tiny.in1k@v1.0", labels: "imagenet-1k" });
    expect(parseSpec(VALID, FILE).network).toMatchObject({ pretrained: null, labels: null });
  });

  it("a spec built on another takes its labels but never its pretrained weights", () => {
    expect(derived("  width 2\n")).toMatchObject({ pretrained: null, labels: "imagenet-1k" });
    expect(derived('  width 2\n  pretrained "hf:acme/wide@refs/pr/1"\n')).toMatchObject({ pretrained: "hf:acme/wide@refs/pr/1", labels: "imagenet-1k" });
  });

  it("each shipped ImageNet spec names timm's weights for it on the Hub and the ImageNet-1k labels", () => {
    const read = (name: string) => {
      const path = join(import.meta.dirname, "../../specs", name);
      return parseSpec(readFileSync(path, "utf8"), path, (p) => readFileSync(p, "utf8")).network!;
    };
    const expected: Record<string, string | null> = {
      "mixnet-s.mix": "hf:timm/mixnet_s.ft_in1k",
      "mixnet-m.mix": "hf:timm/mixnet_m.ft_in1k",
      "mixnet-l.mix": "hf:timm/mixnet_l.ft_in1k",
      "mixnet-xl.mix": "hf:timm/mixnet_xl.ra_in1k",
      "tf-mixnet-s.mix": "hf:timm/tf_mixnet_s.in1k",
      "tf-mixnet-m.mix": "hf:timm/tf_mixnet_m.in1k",
      "tf-mixnet-l.mix": "hf:timm/tf_mixnet_l.in1k",
      "efficientnet-b0.mix": "hf:timm/efficientnet_b0.ra_in1k",
      "mobilenet-v2.mix": "hf:timm/mobilenetv2_100.ra_in1k",
      "mobilenetv3-large.mix": "hf:timm/mobilenetv3_large_100.ra_in1k",
      "fashion-mixnet.mix": null,
    };
    const specs = readdirSync(join(import.meta.dirname, "../../specs")).filter((f) => f.endsWith(".mix"));
    expect(specs.sort()).toEqual(Object.keys(expected).sort());
    for (const [name, pretrained] of Object.entries(expected)) {
      const network = read(name);
      expect({ name, pretrained: network.pretrained, labels: network.labels }).toEqual({ name, pretrained, labels: pretrained ? "imagenet-1k" : null });
      // timm's pretrained_cfg for every one of them is its default: 224 crop of a 256 resize, bicubic, ImageNet mean and std.
      if (pretrained) expect(network.preprocessing).toEqual(IMAGENET_EVAL);
    }
  });
});

describe("the shipped specs", () => {
  const dir = join(import.meta.dirname, "../../specs");
  const specs = readdirSync(dir).filter((f) => f.endsWith(".mix"));

  it("are all there", () => {
    expect(specs.length).toBeGreaterThanOrEqual(8);
  });

  it.each(specs)("%s compiles with no diagnostics", (name) => {
    const path = join(dir, name);
    const result = parseSpec(readFileSync(path, "utf8"), path, (p) => readFileSync(p, "utf8"));
    expect(result.diagnostics.map((d) => formatDiagnostic(d, result.sources))).toEqual([]);
    expect(result.network?.blocks.length).toBeGreaterThan(0);
  });
});

describe("formatDiagnostic", () => {
  it("renders file:line:col, the message, the source line and a caret under the whole list", () => {
    const result = parseSpec(edit({ 5: "    ds k=3 c=4", 8: "    ds k=3,5,7,9,11 c=16" }), FILE);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, result.sources))).toEqual([
      [
        "/specs/t.mix:8:10: error: 4 channels cannot be split into 5 kernel groups (a group would be empty)",
        "      ds k=3,5,7,9,11 c=16",
        "           ^~~~~~~~~~",
      ].join("\n"),
    ]);
  });

  it("keeps the tabs before the caret, so that it lines up under a tab-indented line", () => {
    const result = parseSpec(edit({ 5: "\tds k=4 c=8" }), FILE);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, result.sources))).toEqual([
      ["/specs/t.mix:5:7: error: kernel size 4 must be odd (padding is centred on the kernel)", "  \tds k=4 c=8", "  \t     ^"].join("\n"),
    ]);
  });

  it("points just past the last token when the file ends too early", () => {
    const result = parseSpec(edit({ 13: "" }), FILE);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, result.sources))).toEqual([
      ["/specs/t.mix:12:24: error: expected '}' to close the block, but the file ended", "    classifier classes=10", "                         ^"].join("\n"),
    ]);
  });
});
