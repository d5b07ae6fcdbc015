// The photos npm run bench:image times and compares, made by PIL (scripts/make-photos.py)
// into a temporary folder, with PIL's preprocessing of each (the reference).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makePhotos, type PhotoJob, type SaveOptions } from "../../test/image/make-photos.ts";

export interface Photo {
  name: string;
  type: "image/jpeg" | "image/png";
  width: number;
  height: number;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface ComparedPhoto extends Photo {
  /** PIL's convert("RGB"), bicubic resize of the shorter side and centre crop: crop x crop x 3 bytes. */
  reference: Uint8Array;
}

interface Spec extends SaveOptions {
  name: string;
  scene: number;
  size: [number, number];
}

const TWELVE_MP: [number, number] = [4032, 3024];
const TIMED = {
  jpeg12: { name: "12 MP JPEG", scene: 1, size: TWELVE_MP },
  progressive12: { name: "12 MP progressive JPEG", scene: 1, size: TWELVE_MP, progressive: true },
  jpeg2: { name: "2 MP JPEG", scene: 2, size: [1632, 1224] },
  png12: { name: "12 MP PNG", scene: 1, size: TWELVE_MP, format: "png" },
} satisfies Record<string, Spec>;
/** Beside the timed JPEGs: other sizes, orientations and subsamplings. */
const MORE_COMPARED: Spec[] = [
  { name: "12 MP portrait JPEG, 4:4:4, quality 95", scene: 3, size: [3024, 4032], subsampling: "4:4:4", quality: 95 },
  { name: "8 MP JPEG, 4:2:2, quality 80", scene: 4, size: [3264, 2448], subsampling: "4:2:2", quality: 80 },
  { name: "5 MP JPEG, odd size", scene: 5, size: [2593, 1939] },
];

export async function makeBenchPhotos(resize: number, crop: number): Promise<{ timed: Record<keyof typeof TIMED, Photo>; compared: ComparedPhoto[] }> {
  const dir = mkdtempSync(join(tmpdir(), "mixc-bench-image-"));
  const file = (s: Spec) => join(dir, `${s.name.replace(/\W+/g, "-")}.${s.format === "png" ? "png" : "jpg"}`);
  const specs: Spec[] = [...Object.values(TIMED), ...MORE_COMPARED];
  const jpegs = specs.filter((s) => s.format !== "png");
  const jobs: PhotoJob[] = [
    ...specs.map((s) => ({ ...s, out: file(s) })),
    ...jpegs.map((s) => ({ reference: file(s), resize, crop, out: `${file(s)}.rgb` })),
  ];
  // The references read the photos: photos first.
  await makePhotos(jobs.filter((j) => !("reference" in j)));
  await makePhotos(jobs.filter((j) => "reference" in j));
  const photo = (s: Spec): Photo => ({
    name: s.name,
    type: s.format === "png" ? "image/png" : "image/jpeg",
    width: s.size[0],
    height: s.size[1],
    bytes: new Uint8Array(readFileSync(file(s))),
  });
  const timed = Object.fromEntries(Object.entries(TIMED).map(([k, s]) => [k, photo(s)])) as Record<keyof typeof TIMED, Photo>;
  const compared = jpegs.map((s) => ({ ...photo(s), reference: new Uint8Array(readFileSync(`${file(s)}.rgb`)) }));
  return { timed, compared };
}
