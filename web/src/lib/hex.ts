import type { Bytes } from './bytes.ts';

/**
 * Lowercase hex, the only spelling the API uses for hashes (docs/cli.md: "All hashes are lowercase
 * hex"). Anything else is refused rather than normalised, so one hash has one spelling.
 */
export function hexToBytes(hex: string): Bytes | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
