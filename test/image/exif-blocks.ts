// EXIF blocks for tests: a TIFF block holding an orientation, and the JPEG
// segments that carry it.

export const SHORT = 3;
export const LONG = 4;

/** A TIFF block with one IFD0 holding `entries` ([tag, type, count, value]), in either byte order. */
export function tiff(little: boolean, entries: [number, number, number, number][], ifdAt = 8): Uint8Array {
  const view = new DataView(new ArrayBuffer(ifdAt + 2 + 12 * entries.length + 4));
  view.setUint16(0, little ? 0x4949 : 0x4d4d);
  view.setUint16(2, 42, little);
  view.setUint32(4, ifdAt, little);
  view.setUint16(ifdAt, entries.length, little);
  entries.forEach(([tag, type, count, value], i) => {
    const at = ifdAt + 2 + 12 * i;
    view.setUint16(at, tag, little);
    view.setUint16(at + 2, type, little);
    view.setUint32(at + 4, count, little);
    if (type === SHORT) view.setUint16(at + 8, value, little);
    else view.setUint32(at + 8, value, little);
  });
  return new Uint8Array(view.buffer);
}

export const orientationTiff = (o: number, little = true, type = SHORT) => tiff(little, [[0x010f, 2, 1, 0], [0x0112, type, 1, o]]);

export const segment = (marker: number, body: Uint8Array) => new Uint8Array([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 255, ...body]);
export const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
const JFIF = segment(0xe0, new Uint8Array([...ascii("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0]));
const SCAN = new Uint8Array([0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34]);

/** The markers of a JPEG up to its first scan (enough for the tag): SOI, JFIF, the given segments, SOS. */
export const jpegWith = (...segments: Uint8Array[]) => new Uint8Array([0xff, 0xd8, ...JFIF, ...segments.flatMap((s) => [...s]), ...SCAN]);
export const exifSegment = (block: Uint8Array) => segment(0xe1, new Uint8Array([...ascii("Exif\0\0"), ...block]));

