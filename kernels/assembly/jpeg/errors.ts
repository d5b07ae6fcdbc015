// Why a decode stopped. The decoder sets a code (and one number that details it)
// and traps; the JavaScript wrapper reads them back and throws an ImageError with
// a message. Each decode runs in a fresh instance, so a trap leaves nothing behind.

export const enum Fault {
  None = 0,
  // corrupt or truncated files
  Truncated = 1, // the file ends before the image is complete
  NotJpeg = 2, // no SOI marker at the start
  UnexpectedMarker = 3, // detail: the marker code
  BadSegmentLength = 4, // detail: the marker code
  BadFrame = 5, // frame header (SOF) with a sampling factor or quantization table index out of range (a zero size is EmptyImage)
  DuplicateFrame = 6,
  BadQuantTable = 7,
  BadHuffmanTable = 8,
  MissingHuffmanTable = 9, // detail: table class * 4 + index
  MissingQuantTable = 10, // detail: table index
  BadScan = 11, // scan header (SOS) names unknown components or bad tables
  BadProgression = 12, // spectral selection or successive approximation out of range
  BadHuffmanCode = 13,
  ScanEndsEarly = 14, // detail: the marker that interrupts the scan's data
  BadRestart = 15, // detail: the marker found where a restart marker belongs
  ScanBeforeFrame = 16,
  NoImage = 17, // EOI before any scan
  McuTooLarge = 18, // more than 10 blocks in an MCU
  EmptyImage = 19, // zero width or height (a height given by a DNL marker)
  // valid files this decoder does not read
  Arithmetic = 30,
  Lossless = 31,
  Hierarchical = 32,
  Precision = 33, // detail: the sample precision
  ComponentCount = 34, // detail: the number of components
  FractionalSampling = 35, // sampling factors that are not whole multiples of each other
  OutOfMemory = 40, // detail: pages asked for
}

let code: Fault = Fault.None;
let detail: i32 = 0;

/** Records why decoding stops, then stops it. (Inlined: no call, so hot loops keep their registers.) */
@inline
export function fail(fault: Fault, about: i32 = 0): void {
  code = fault;
  detail = about;
  unreachable();
}

export function faultCode(): i32 {
  return code;
}

export function faultDetail(): i32 {
  return detail;
}
