/**
 * Signed notes (c2sp.org/signed-note) with Ed25519 signatures: a text ending in a newline, a
 * blank line, then one line per signature, `— <key name> <base64(key ID ‖ signature)>`.
 */
import { type KeyObject, sign, verify } from 'node:crypto';
import {
  decodeBase64Strict,
  ED25519_SIGNATURE_BYTES,
  ed25519PrivateKeyObject,
  ed25519PublicKeyObject,
  hex8,
  isValidKeyName,
  isWellFormedText,
  parseSignerKey,
  parseVerifierKey,
} from './keys.ts';

/** One signature line of an opened note. `verified` is false only for keys the caller does not know. */
export type NoteSignature = { name: string; hash: number; verified: boolean };

export type OpenedNote = { body: string; signatures: NoteSignature[] };

/** Em dash U+2014 and a space begin every signature line (c2sp.org/signed-note §Format). */
const SIGNATURE_PREFIX = '\u2014 ';

/**
 * The spec requires accepting at least 16 signatures and asks for a limit; Go's note package,
 * the reference implementation, takes 100.
 */
export const MAX_SIGNATURES = 100;

/**
 * Signs `body` (the note text, ending in a newline) with each signer key, in order. Ed25519 is
 * deterministic, so the same body and key always give the same note.
 */
export function signNote(body: string, signerKeys: string | readonly string[]): string {
  assertNoteText(body, 'note text');
  if (!body.endsWith('\n')) throw new Error('note text must end with a newline');
  const keys = typeof signerKeys === 'string' ? [signerKeys] : signerKeys;
  if (keys.length === 0) throw new Error('signNote needs at least one signer key');
  if (keys.length > MAX_SIGNATURES) throw new Error(`a note carries at most ${MAX_SIGNATURES} signatures`);
  const message = Buffer.from(body, 'utf8');
  let lines = '';
  for (const text of keys) {
    const key = parseSignerKey(text);
    // §Ed25519 signatures: RFC 8032 Ed25519 over the note text, its final newline included.
    const signature = sign(null, message, ed25519PrivateKeyObject(key.seed));
    const keyId = Buffer.alloc(4);
    keyId.writeUInt32BE(key.hash);
    lines += `${SIGNATURE_PREFIX}${key.name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
  }
  return `${body}\n${lines}`;
}

/**
 * Parses a signed note and checks its signatures against the known verifier keys, following
 * c2sp.org/signed-note §Signatures: a signature from an unknown key (name and key ID not both
 * matching) is kept but marked unverified; one from a known key that fails to verify rejects
 * the whole note; and a note with no verified signature is rejected. Every rejection, and every
 * malformed note, is a thrown Error.
 */
export function openNote(note: string | Uint8Array, verifierKeys: readonly string[]): OpenedNote {
  const text = typeof note === 'string' ? note : decodeUtf8(note);
  assertNoteText(text, 'signed note');
  if (!text.endsWith('\n')) throw new Error('malformed note: it must end with a newline');
  // §Format: "the text is separated from the signatures by the last empty line in the note".
  const split = text.lastIndexOf('\n\n');
  if (split < 0) throw new Error('malformed note: no blank line between the text and the signatures');
  const body = text.slice(0, split + 1);
  const block = text.slice(split + 2);
  if (block === '') throw new Error('malformed note: no signature lines after the blank line');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) {
    throw new Error(`malformed note: more than ${MAX_SIGNATURES} signatures`);
  }

  const known = knownKeys(verifierKeys);
  const message = Buffer.from(body, 'utf8');
  const signatures: NoteSignature[] = [];
  for (const [index, line] of lines.entries()) {
    const { name, hash, signature } = parseSignatureLine(line, index + 1);
    const key = known.get(`${name}+${hex8(hash)}`);
    if (!key) {
      // §Signatures: verifiers MUST ignore signatures from unknown keys.
      signatures.push({ name, hash, verified: false });
      continue;
    }
    const ok = signature.length === ED25519_SIGNATURE_BYTES && verify(null, message, key.key, signature);
    // §Signatures: a signature from a known key that fails to verify SHOULD reject the note.
    if (!ok) throw new Error(`signature by ${name}+${hex8(hash)} does not verify`);
    signatures.push({ name, hash, verified: true });
  }
  // §Signatures: if no signature from a known key verifies, the note MUST be rejected.
  if (!signatures.some((s) => s.verified)) {
    const names = signatures.map((s) => `${s.name}+${hex8(s.hash)}`).join(', ');
    throw new Error(`note has no signature from a known key (signed by ${names})`);
  }
  return { body, signatures };
}

/**
 * §Format: a signed note is valid UTF-8 (here: no lone surrogate, which could not be encoded)
 * and contains no ASCII control character other than newline.
 */
export function assertNoteText(text: string, what: string): void {
  if (!isWellFormedText(text)) throw new Error(`${what} contains a lone surrogate (not valid UTF-8)`);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) {
      throw new Error(`${what} contains control character U+${c.toString(16).padStart(4, '0')}`);
    }
  }
}

/** `ignoreBOM` keeps a leading U+FEFF as text, so that the bytes verified are the bytes given. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('malformed note: not valid UTF-8');
  }
}

function parseSignatureLine(line: string, number: number): { name: string; hash: number; signature: Buffer } {
  const where = `malformed note: signature line ${number}`;
  if (!line.startsWith(SIGNATURE_PREFIX)) {
    throw new Error(`${where} does not start with an em dash and a space`);
  }
  const rest = line.slice(SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  const name = space < 0 ? rest : rest.slice(0, space);
  if (space < 0 || !isValidKeyName(name)) throw new Error(`${where} has no valid key name`);
  const decoded = decodeBase64Strict(rest.slice(space + 1));
  if (!decoded) throw new Error(`${where} (${name}) is not canonical base64`);
  // §Format: base64 of 4+n bytes, the key ID then the signature (n > 0).
  if (decoded.length <= 4) throw new Error(`${where} (${name}) is too short to hold a key ID and signature`);
  return { name, hash: decoded.readUInt32BE(0), signature: decoded.subarray(4) };
}

type KnownKey = { publicKey: Buffer; key: KeyObject };

/** The verifier keys by `<name>+<key ID>`, the tuple that identifies a key (§Signatures). */
function knownKeys(verifierKeys: readonly string[]): Map<string, KnownKey> {
  const known = new Map<string, KnownKey>();
  for (const text of verifierKeys) {
    const { name, hash, publicKey } = parseVerifierKey(text);
    const id = `${name}+${hex8(hash)}`;
    const existing = known.get(id);
    if (!existing) known.set(id, { publicKey, key: ed25519PublicKeyObject(publicKey) });
    // Two different keys under one name and key ID would make the outcome depend on list order.
    else if (!existing.publicKey.equals(publicKey)) throw new Error(`ambiguous verifier keys for ${id}`);
  }
  return known;
}
