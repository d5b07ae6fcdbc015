// The frame: the image size and its components (SOF), the colour-space hints
// (JFIF, Adobe), and the sizes of each component at a chosen output scale, as
// libjpeg-turbo computes them (jdinput.c, jdmaster.c).
import { fail, Fault } from "./errors";
import { nextByte, nextU16 } from "./input";

@unmanaged
export class Component {
  id: i32;
  h: i32; // sampling factors
  v: i32;
  quantIndex: i32;
  quant: usize; // the table latched at the component's first scan
  quantLatched: bool;
  dcTable: usize;
  acTable: usize;
  lastDc: i32;
  widthInBlocks: i32; // blocks that hold image samples
  heightInBlocks: i32;
  blocksPerLine: i32; // padded to whole MCUs
  blockRows: i32;
  coefficients: usize; // every block's coefficients, when the scans must all be read first
  recordBytes: i32; // the bytes kept of each block there
  blockSize: i32; // the scaled IDCT's output size: 1, 2, 4 or 8
  sampledWidth: i32; // samples after the scaled IDCT (libjpeg's downsampled_width)
  sampledHeight: i32;
  rowsPerIMcu: i32;
  stride: i32;
  ring: usize; // the sample rows of the last three iMCU rows
  ringRows: i32;
  upsampling: i32;
  hExpand: i32;
  vExpand: i32;
  upsampled: usize; // one output row of this component when it is upsampled
}

const COMPONENT_BYTES: usize = 128;
const COMPONENTS = memory.data(4 * 128);
const QUANT_COPIES = memory.data(4 * 128);

export function component(index: i32): Component {
  return changetype<Component>(COMPONENTS + <usize>index * COMPONENT_BYTES);
}

export function latchedQuantCopy(index: i32): usize {
  return QUANT_COPIES + <usize>index * 128;
}

export let width: i32 = 0;
export let height: i32 = 0;
export let componentCount: i32 = 0;
export let progressive: bool = false;
export let maxH: i32 = 1;
export let maxV: i32 = 1;
export let mcusPerLine: i32 = 0;
export let mcuRows: i32 = 0; // also the number of iMCU rows
export let sawJfif: bool = false;
export let sawAdobe: bool = false;
export let adobeTransform: i32 = 0;

export function noteJfif(): void {
  sawJfif = true;
}

export function noteAdobe(transform: i32): void {
  sawAdobe = true;
  adobeTransform = transform;
}

/** Reads a SOF0, SOF1 or SOF2 segment of `length` bytes (its length field included). */
export function readFrameHeader(marker: i32, length: i32, isProgressive: bool): void {
  if (componentCount) fail(Fault.DuplicateFrame);
  const precision = nextByte();
  height = nextU16();
  width = nextU16();
  const count = nextByte();
  if (length != 8 + 3 * count) fail(Fault.BadSegmentLength, marker);
  if (precision != 8) fail(Fault.Precision, precision);
  if (width == 0 || height == 0) fail(Fault.EmptyImage);
  if (count != 1 && count != 3 && count != 4) fail(Fault.ComponentCount, count);
  progressive = isProgressive;
  for (let i = 0; i < count; i++) {
    const c = component(i);
    c.id = nextByte();
    const factors = nextByte();
    c.h = factors >> 4;
    c.v = factors & 15;
    c.quantIndex = nextByte();
    if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 || c.quantIndex > 3) fail(Fault.BadFrame);
    maxH = max(maxH, c.h);
    maxV = max(maxV, c.v);
  }
  componentCount = count;
  mcusPerLine = divideRoundingUp(width, maxH * 8);
  mcuRows = divideRoundingUp(height, maxV * 8);
  for (let i = 0; i < count; i++) {
    const c = component(i);
    c.widthInBlocks = divideRoundingUp(width * c.h, maxH * 8);
    c.heightInBlocks = divideRoundingUp(height * c.v, maxV * 8);
    c.blocksPerLine = mcusPerLine * c.h;
    c.blockRows = mcuRows * c.v;
  }
}

// The output at scale blockSize/8.
export let outputWidth: i32 = 0;
export let outputHeight: i32 = 0;
export let minBlockSize: i32 = 8;

/**
 * Sizes for output at scale blockSize/8 (1, 2, 4 or 8). A subsampled component
 * gets a larger IDCT where that spares upsampling (jdmaster.c): its block size
 * doubles while the result still divides the frame's sampling.
 */
export function scaleComponents(blockSize: i32): void {
  minBlockSize = blockSize;
  outputWidth = divideRoundingUp(width * blockSize, 8);
  outputHeight = divideRoundingUp(height * blockSize, 8);
  for (let i = 0; i < componentCount; i++) {
    const c = component(i);
    let size = blockSize;
    while (size < 8 && (maxH * blockSize) % (c.h * size * 2) == 0 && (maxV * blockSize) % (c.v * size * 2) == 0) size *= 2;
    c.blockSize = size;
    c.sampledWidth = divideRoundingUp(width * c.h * size, maxH * 8);
    c.sampledHeight = divideRoundingUp(height * c.v * size, maxV * 8);
    c.rowsPerIMcu = c.v * size;
  }
}

/** ceil(a / b) of non-negative numbers whose product in the caller may pass 2^31 (65535 * 4 * 8 does not). */
@inline
function divideRoundingUp(a: i32, b: i32): i32 {
  return <i32>((<u32>a + <u32>b - 1) / <u32>b);
}
