// The JPEG decoder's interface to JavaScript. One instance decodes one file:
//   readHeader()          reads the file (through the "env.read" import) up to its first scan;
//   imageWidth(), imageHeight(), isProgressive() describe it;
//   plan(blockSize)       sizes the decode at scale blockSize/8 and returns the bytes of memory it needs;
//   decode()              grows memory to that and writes RGBA pixels at pixels(), outputWidth() x outputHeight().
// On a corrupt or unsupported file it traps, and faultCode() / faultDetail() say why (errors.ts).
import { height, outputHeight as scaledHeight, outputWidth as scaledWidth, progressive, width as frameWidth } from "./frame";
import { readMarkers, readStart } from "./markers";
import { outputAddress } from "./decoder";

export { faultCode, faultDetail } from "./errors";
export { decode, plan } from "./decoder";

export function readHeader(): void {
  readStart();
  readMarkers(0);
}

export function imageWidth(): i32 {
  return frameWidth;
}

export function imageHeight(): i32 {
  return height;
}

export function isProgressive(): bool {
  return progressive;
}

export function outputWidth(): i32 {
  return scaledWidth;
}

export function outputHeight(): i32 {
  return scaledHeight;
}

export function pixels(): usize {
  return outputAddress();
}
