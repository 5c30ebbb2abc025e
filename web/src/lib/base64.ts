import type { Bytes } from './bytes.ts';

/**
 * Standard padded base64 (RFC 4648 §4) in its one canonical spelling, or undefined. Re-encoding and
 * comparing refuses junk characters and non-zero unused bits, as the ledger's own decoder does
 * (src/ledger/checkpoint/keys.ts), so a root or signature cannot be written two ways.
 */
export function base64ToBytes(text: string): Bytes | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return bytesToBase64(out) === text ? out : undefined;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
