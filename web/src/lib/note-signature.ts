import { utf8 } from './bytes.ts';
import type { SignedNote } from './signed-note.ts';
import type { VerifierKey } from './verifier-key.ts';

export type SignatureVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Checks a signed note against one verifier key, following c2sp.org/signed-note §Signatures:
 * signatures by other keys (name and key ID not both matching) are ignored, a matching one that
 * fails rejects the note, and a note with no verified signature by the key is rejected. The
 * signature is Ed25519 (RFC 8032) over the UTF-8 note text, its final newline included.
 */
export async function verifyNoteSignature(note: SignedNote, key: VerifierKey): Promise<SignatureVerdict> {
  const mine = note.signatures.filter((s) => s.name === key.name && s.keyHash === key.keyHash);
  if (mine.length === 0) return { ok: false, reason: `the checkpoint carries no signature by ${key.name}` };
  let publicKey: CryptoKey;
  try {
    publicKey = await crypto.subtle.importKey('raw', key.publicKey, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return { ok: false, reason: 'this browser cannot check Ed25519 signatures (WebCrypto has no Ed25519)' };
  }
  const message = utf8(note.text);
  for (const s of mine) {
    const good =
      s.signature.length === 64 &&
      (await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, s.signature, message));
    if (!good) return { ok: false, reason: `the signature by ${key.name} does not verify` };
  }
  return { ok: true };
}
