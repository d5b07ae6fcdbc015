// The EXIF Orientation of a JPEG or PNG file: TIFF tag 0x0112 in IFD0 of a JPEG's
// APP1 "Exif\0\0" segment or of a PNG's eXIf chunk (which browsers honour when it
// comes before the image data). It says how the stored pixels must be turned to
// show the photo upright. Anything missing or malformed reads as 1, the pixels as
// stored: a bad EXIF block must never fail a decode.

/** 1 as stored; 2 mirrored; 3 turned 180 degrees; 4 flipped; 5 transposed; 6 to turn 90 degrees clockwise; 7 transverse; 8 to turn 90 degrees anticlockwise. */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;
const LONG = 4;

export function exifOrientation(bytes: Uint8Array): Orientation {
  const tiff = jpegExif(bytes) ?? pngExif(bytes);
  return tiff ? tiffOrientation(tiff) : 1;
}

/** The TIFF block of the first APP1 "Exif\0\0" segment before the first scan. */
function jpegExif(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // start of scan, end of image
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (end > bytes.length) return undefined;
    const body = bytes.subarray(at + 4, end);
    if (marker === 0xe1 && startsWith(body, "Exif\0\0")) return body.subarray(6);
    at = end;
  }
  return undefined;
}

/** The body of an eXIf chunk before the image data. */
function pngExif(bytes: Uint8Array): Uint8Array | undefined {
  if (!startsWith(bytes, "\x89PNG\r\n\x1a\n")) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length; ) {
    const end = at + 12 + view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === "IDAT" || type === "IEND" || end > bytes.length) return undefined;
    if (type === "eXIf") return bytes.subarray(at + 8, end - 4);
    at = end;
  }
  return undefined;
}

/** Tag 0x0112 of IFD0, a SHORT (or a LONG, which some writers use) from 1 to 8. */
function tiffOrientation(tiff: Uint8Array): Orientation {
  if (tiff.length < 8) return 1;
  const little = startsWith(tiff, "II*\0");
  if (!little && !startsWith(tiff, "MM\0*")) return 1;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return 1;
  const entries = view.getUint16(ifd, little);
  for (let i = 0, at = ifd + 2; i < entries && at + 12 <= tiff.length; i++, at += 12) {
    if (view.getUint16(at, little) !== ORIENTATION_TAG) continue;
    const type = view.getUint16(at + 2, little);
    const value = type === SHORT ? view.getUint16(at + 8, little) : type === LONG ? view.getUint32(at + 8, little) : 0;
    return view.getUint32(at + 4, little) >= 1 && value >= 1 && value <= 8 ? (value as Orientation) : 1;
  }
  return 1;
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  return bytes.length >= text.length && [...text].every((c, i) => bytes[i] === c.charCodeAt(0));
}
