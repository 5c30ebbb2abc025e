import type { Bytes } from './bytes.ts';

export const HASH_SIZE = 32;

/** SHA-256 by WebCrypto, available in browsers on secure origins (and localhost) and in Node 20. */
export async function sha256(bytes: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}
