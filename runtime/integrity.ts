// A bundle's integrity, checked on its bytes before they are compiled. The
// metadata's `hash` is the sha256 of the whole file with the hash's own 64
// hex digits written as '0's (format 2; format 1 hashed the sections before
// the metadata only), so a flipped bit anywhere (code, weights, a custom
// section, the metadata, a section header) is caught, and so is a file cut
// short or added to. A compiled WebAssembly.Module has no bytes left to hash:
// it is trusted as the caller compiled it (its metadata is still read and
// checked), so verify the bytes with verifyBundle before compiling them.
import { BundleError, META_SECTION, parseMeta, type BundleMeta } from "./bundle-format.ts";

const MAGIC = [0x00, 0x61, 0x73, 0x6d];
const VERSION = [1, 0, 0, 0];
const CUSTOM = 0;
const HEX_DIGITS = 64;
export const HASH_PLACEHOLDER = "0".repeat(HEX_DIGITS);

export interface Section {
  id: number;
  /** Where the section starts (its id byte), and where its contents start and end. */
  start: number;
  contents: number;
  end: number;
  name?: string;
}

/** An unsigned LEB128 u32 at `at`: its value and where the next field starts. */
function u32(bytes: Uint8Array, at: number, what: string): [number, number] {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (at + i >= bytes.length) throw truncated(bytes, `in the ${what}`);
    const b = bytes[at + i]!;
    value += (b & 0x7f) * 2 ** (7 * i);
    if (!(b & 0x80)) return [value, at + i + 1];
  }
  throw new BundleError(`corrupt mixc bundle: the ${what} at byte ${at} is not a valid number`);
}

const truncated = (bytes: Uint8Array, where: string) => new BundleError(`truncated mixc bundle: the file ends ${where} after ${bytes.length} bytes`);

/** The module's sections, each checked to lie within the file. */
export function sections(bytes: Uint8Array): Section[] {
  const found: Section[] = [];
  for (let at = 8; at < bytes.length; ) {
    const start = at;
    const id = bytes[at]!;
    const [size, contents] = u32(bytes, at + 1, `size of section ${found.length}`);
    const end = contents + size;
    if (end > bytes.length) throw truncated(bytes, `inside section ${found.length} (${size} bytes from byte ${contents})`);
    const section: Section = { id, start, contents, end };
    if (id === CUSTOM) {
      const [length, name] = u32(bytes, contents, `name of section ${found.length}`);
      if (name + length > end) throw new BundleError(`corrupt mixc bundle: the name of section ${found.length} runs past its end`);
      section.name = new TextDecoder().decode(bytes.subarray(name, name + length));
      section.contents = name + length;
    }
    found.push(section);
    at = end;
  }
  return found;
}

/** Where the hash's hex digits are in the metadata: in its last `"hash":"..."` (the writer puts the key last; quotes inside strings are escaped). */
export function hashDigits(metadata: Uint8Array, hex: string): number {
  const key = new TextEncoder().encode(`"hash":"${hex}"`);
  outer: for (let i = metadata.length - key.length; i >= 0; i--) {
    for (let j = 0; j < key.length; j++) if (metadata[i + j] !== key[j]) continue outer;
    return i + key.length - 1 - HEX_DIGITS;
  }
  return -1;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Checks a bundle's structure and hash; returns its metadata, or throws a BundleError saying what is wrong. */
export async function verifyBundle(bytes: Uint8Array): Promise<BundleMeta> {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new BundleError("not a mixc bundle: not a WebAssembly file");
  if (VERSION.some((b, i) => bytes[4 + i] !== b)) throw new BundleError(`not a mixc bundle: WebAssembly binary version ${bytes[4]}, not 1`);
  const all = sections(bytes);
  const metas = all.filter((s) => s.id === CUSTOM && s.name === META_SECTION);
  if (metas.length !== 1) throw new BundleError(metas.length ? "corrupt mixc bundle: it has two metadata sections" : "not a mixc bundle: the WebAssembly module has no mixc metadata section");
  const section = metas[0]!;
  const metadata = bytes.subarray(section.contents, section.end);
  const meta = parseMeta(metadata);
  if (section !== all.at(-1)) throw new BundleError("corrupt mixc bundle: sections follow its metadata, which a mixc bundle ends with");
  if (typeof meta.hash !== "string" || !/^[0-9a-f]{64}$/.test(meta.hash)) throw new BundleError("corrupt mixc bundle: its metadata has no sha256 hash");
  let covered = bytes.subarray(0, section.start);
  if (meta.format >= 2) {
    const at = hashDigits(metadata, meta.hash);
    covered = new Uint8Array(bytes); // a copy: a Node Buffer's slice() would be a view, and the fill below would change the caller's bytes
    covered.fill(HASH_PLACEHOLDER.charCodeAt(0), section.contents + at, section.contents + at + HEX_DIGITS);
  }
  const actual = await sha256(covered);
  if (actual !== meta.hash) {
    throw new BundleError(`corrupt mixc bundle: its sha256 is ${actual.slice(0, 12)}..., its metadata says ${meta.hash.slice(0, 12)}...: the file was damaged or modified after compiling`);
  }
  return meta;
}
