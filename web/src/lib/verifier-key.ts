import { base64ToBytes } from './base64.ts';
import { type Bytes, concatBytes, utf8 } from './bytes.ts';
import { sha256 } from './sha256.ts';

export type VerifierKey = { name: string; keyHash: number; publicKey: Bytes };

/** Signature type of Ed25519 in c2sp.org/signed-note §Signature types. */
const ED25519 = 0x01;

/**
 * A verifier key `<name>+<key ID, 8 lowercase hex>+<base64(0x01 ‖ 32-byte public key)>` (the encoding
 * of Go's sumdb/note, written by src/ledger/checkpoint/keys.ts). The key ID must be the first four
 * bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key) (§Ed25519 signatures). A string is the reason for refusal.
 */
export async function parseVerifierKey(text: string): Promise<VerifierKey | string> {
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+(.+)$/.exec(text.trim());
  if (!match) return 'the verifier key is not <name>+<8 hex>+<base64 key>';
  const [, name, hex, encoded] = match as unknown as [string, string, string, string];
  const typed = base64ToBytes(encoded);
  if (typed?.length !== 33 || typed[0] !== ED25519) return 'the verifier key is not an Ed25519 key';
  const publicKey = typed.slice(1);
  const keyHash = Number.parseInt(hex, 16);
  const digest = await sha256(concatBytes(utf8(name), Uint8Array.of(0x0a, ED25519), publicKey));
  if (new DataView(digest.buffer).getUint32(0) !== keyHash) {
    return "the verifier key's ID does not match its public key";
  }
  return { name, keyHash, publicKey };
}
