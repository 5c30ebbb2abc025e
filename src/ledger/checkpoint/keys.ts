/**
 * Ed25519 keys for signed notes (c2sp.org/signed-note), in the text encodings of Go's
 * golang.org/x/mod/sumdb/note, which every note tool reads:
 *
 *   verifier key  <name>+<key ID as 8 hex digits>+<base64(0x01 ‖ 32-byte public key)>
 *   signer key    PRIVATE+KEY+<name>+<key ID as 8 hex digits>+<base64(0x01 ‖ 32-byte seed)>
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';

/** Signature type identifier of Ed25519 (c2sp.org/signed-note §Signature types). */
export const ED25519_SIGNATURE_TYPE = 0x01;
export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SEED_BYTES = 32;
export const ED25519_SIGNATURE_BYTES = 64;

/** A parsed verifier key. `hash` is the 32-bit key ID, as carried in every signature. */
export type VerifierKey = { name: string; hash: number; publicKey: Buffer };

/** A parsed signer key. The seed is secret: never log or print it. */
export type SignerKey = { name: string; hash: number; publicKey: Buffer; seed: Buffer };

export type KeyPair = { signerKey: string; verifierKey: string };

const SIGNER_PREFIX = 'PRIVATE+KEY+';

// Node has no raw Ed25519 import, so raw keys travel in the fixed DER wrappers of RFC 8410 §4
// (SubjectPublicKeyInfo) and §7 (PKCS #8 OneAsymmetricKey), which end with the 32 raw bytes.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * c2sp.org/signed-note §Format: key names are non-empty and contain no Unicode space and no
 * plus. Control characters are refused too, because a signed note may not contain any.
 */
export function isValidKeyName(name: string): boolean {
  if (name === '' || !isWellFormedText(name)) return false;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 0x20) return false;
  return !/[\p{White_Space}+]/u.test(name);
}

/**
 * The key ID of an Ed25519 key (c2sp.org/signed-note §Ed25519 signatures):
 * the first four bytes, big-endian, of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key).
 */
export function keyHash(name: string, publicKey: Uint8Array): number {
  if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) {
    throw new Error(`an Ed25519 public key is ${ED25519_PUBLIC_KEY_BYTES} bytes, not ${publicKey.length}`);
  }
  const digest = createHash('sha256')
    .update(name, 'utf8')
    .update(Uint8Array.of(0x0a, ED25519_SIGNATURE_TYPE))
    .update(publicKey)
    .digest();
  return digest.readUInt32BE(0);
}

/** A fresh Ed25519 key pair for `name`, as signer and verifier key strings. */
export function generateSigner(name: string): KeyPair {
  assertKeyName(name);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = rawSeed(privateKey);
  return {
    signerKey: encodeSignerKey(name, seed),
    verifierKey: encodeVerifierKey(name, publicKeyOfSeed(seed)),
  };
}

export function encodeVerifierKey(name: string, publicKey: Uint8Array): string {
  assertKeyName(name);
  const hash = keyHash(name, publicKey);
  return `${name}+${hex8(hash)}+${typedKey(publicKey)}`;
}

export function encodeSignerKey(name: string, seed: Uint8Array): string {
  assertKeyName(name);
  if (seed.length !== ED25519_SEED_BYTES) {
    throw new Error(`an Ed25519 seed is ${ED25519_SEED_BYTES} bytes, not ${seed.length}`);
  }
  const hash = keyHash(name, publicKeyOfSeed(seed));
  return `${SIGNER_PREFIX}${name}+${hex8(hash)}+${typedKey(seed)}`;
}

export function parseVerifierKey(text: string): VerifierKey {
  const { name, hash, key } = splitKey(text, 'verifier key');
  if (key.length !== ED25519_PUBLIC_KEY_BYTES) {
    throw new Error(`invalid verifier key for ${name}: public key is ${key.length} bytes, not 32`);
  }
  if (keyHash(name, key) !== hash) {
    throw new Error(`invalid verifier key for ${name}: key ID ${hex8(hash)} does not match the key`);
  }
  return { name, hash, publicKey: key };
}

export function parseSignerKey(text: string): SignerKey {
  // Messages here never quote the text: it is a secret.
  if (!text.startsWith(SIGNER_PREFIX)) throw new Error('invalid signer key: it must start with PRIVATE+KEY+');
  const { name, hash, key } = splitKey(text.slice(SIGNER_PREFIX.length), 'signer key');
  if (key.length !== ED25519_SEED_BYTES) {
    throw new Error(`invalid signer key for ${name}: seed is ${key.length} bytes, not 32`);
  }
  // The key ID commits to the public key, so it can only be checked once that is derived.
  const publicKey = publicKeyOfSeed(key);
  if (keyHash(name, publicKey) !== hash) {
    throw new Error(`invalid signer key for ${name}: key ID ${hex8(hash)} does not match the key`);
  }
  return { name, hash, publicKey, seed: key };
}

/** `<name>+<8 hex>+<base64(type ‖ key)>`; the name cannot hold a plus, the base64 can. */
function splitKey(text: string, what: string): { name: string; hash: number; key: Buffer } {
  const plus = text.indexOf('+');
  const name = plus < 0 ? text : text.slice(0, plus);
  if (!isValidKeyName(name)) throw new Error(`invalid ${what}: bad key name`);
  const hash16 = text.slice(plus + 1, plus + 9);
  if (plus < 0 || !/^[0-9a-f]{8}$/.test(hash16) || text[plus + 9] !== '+') {
    throw new Error(`invalid ${what} for ${name}: expected <name>+<8 lowercase hex digits>+<base64 key>`);
  }
  const encoded = decodeBase64Strict(text.slice(plus + 10));
  if (!encoded || encoded.length === 0) {
    throw new Error(`invalid ${what} for ${name}: key is not canonical base64`);
  }
  if (encoded[0] !== ED25519_SIGNATURE_TYPE) {
    throw new Error(`invalid ${what} for ${name}: unsupported signature type 0x${hex2(encoded[0]!)}`);
  }
  return { name, hash: Number.parseInt(hash16, 16), key: encoded.subarray(1) };
}

/**
 * Standard, padded base64 (RFC 4648 §4) in its one canonical spelling, or undefined. Buffer's
 * decoder skips junk and ignores unused trailing bits, which would let one signature or root be
 * written several ways; re-encoding and comparing refuses every other spelling.
 */
export function decodeBase64Strict(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

export function ed25519PublicKeyObject(publicKey: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

export function ed25519PrivateKeyObject(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

function publicKeyOfSeed(seed: Uint8Array): Buffer {
  const spki = createPublicKey(ed25519PrivateKeyObject(seed)).export({ format: 'der', type: 'spki' });
  return unwrap(spki, SPKI_PREFIX);
}

function rawSeed(privateKey: KeyObject): Buffer {
  return unwrap(privateKey.export({ format: 'der', type: 'pkcs8' }), PKCS8_PREFIX);
}

function unwrap(der: Buffer, prefix: Buffer): Buffer {
  if (der.length !== prefix.length + 32 || !der.subarray(0, prefix.length).equals(prefix)) {
    throw new Error('unexpected DER encoding of an Ed25519 key');
  }
  return der.subarray(prefix.length);
}

function assertKeyName(name: string): void {
  if (!isValidKeyName(name)) {
    throw new Error(`invalid key name ${JSON.stringify(name)}: it must be non-empty, without spaces or '+'`);
  }
}

/** `String.prototype.isWellFormed` (ES2024, in Node 20) is not in this project's ES2023 lib. */
export function isWellFormedText(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

export const hex8 = (n: number): string => n.toString(16).padStart(8, '0');
const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
/** base64(signature type ‖ key): the key data of both encodings. */
const typedKey = (key: Uint8Array): string =>
  Buffer.concat([Uint8Array.of(ED25519_SIGNATURE_TYPE), key]).toString('base64');
