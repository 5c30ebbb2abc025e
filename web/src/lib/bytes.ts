/**
 * Byte arrays backed by a plain ArrayBuffer: the only kind WebCrypto's BufferSource accepts
 * under TypeScript's DOM typings.
 */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Byte equality. Hashes, roots and signatures are public, so timing does not matter here. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text) as Bytes;
}
