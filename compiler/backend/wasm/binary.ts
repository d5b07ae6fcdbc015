// The few WebAssembly binary structures mixc writes itself: an active data
// segment (weights are far too large to go through the text format) and
// custom sections (metadata, the WebGPU program).

function leb128(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function section(id: number, payload: Uint8Array): Uint8Array {
  const header = [id, ...leb128(payload.length)];
  const out = new Uint8Array(header.length + payload.length);
  out.set(header);
  out.set(payload, header.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** sleb128 of a non-negative i32, for the i32.const of a segment offset. */
function sleb128(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

/** A data section (id 11) with one active segment for memory 0 at `offset`. */
export function dataSection(offset: number, data: Uint8Array): Uint8Array {
  const head = new Uint8Array([1, 0x00, 0x41, ...sleb128(offset), 0x0b, ...leb128(data.length)]);
  return section(11, concat([head, data]));
}

export function customSection(name: string, payload: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  return section(0, concat([new Uint8Array(leb128(nameBytes.length)), nameBytes, payload]));
}

export { concat };
