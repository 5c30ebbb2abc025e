import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export type BlobKey = { id: string; key: Buffer };
export type EncryptedBlob = {
  sha256: string;
  key_id: string;
  nonce: Buffer;
  ciphertext: Buffer;
  size: number;
};

const TAG_BYTES = 16;

/** Key ids are a digest prefix: they name a key without revealing it. */
export const keyIdOf = (key: Buffer): string =>
  `k${createHash('sha256').update(key).digest('hex').slice(0, 15)}`;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Binding the address as AAD means a ciphertext moved under another address fails to decrypt. */
const aad = (sha256: string) => Buffer.from(`evident-blob:${sha256}`);

/**
 * AES-256-GCM with a fresh 96-bit nonce per encryption (NIST SP 800-38D §8.2.2: random IVs are safe far
 * beyond any blob count we will see per key); the 16-byte tag is appended to the ciphertext.
 */
export function encryptBlob(
  plaintext: Uint8Array,
  key: BlobKey,
  sha256 = sha256Hex(plaintext),
): EncryptedBlob {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce);
  cipher.setAAD(aad(sha256));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { sha256, key_id: key.id, nonce, ciphertext, size: plaintext.length };
}

/** Decrypts and checks the plaintext still hashes to its address; throws a plain Error saying what failed. */
export function decryptBlob(blob: Omit<EncryptedBlob, 'size'>, keys: ReadonlyMap<string, Buffer>): Buffer {
  const key = keys.get(blob.key_id);
  if (!key)
    throw new Error(`blob ${blob.sha256} is encrypted under key ${blob.key_id}, which is not available`);
  if (!Buffer.isBuffer(blob.ciphertext) || !Buffer.isBuffer(blob.nonce)) {
    throw new Error(`blob ${blob.sha256}: ciphertext or nonce is not binary data (altered)`);
  }
  if (blob.ciphertext.length < TAG_BYTES) throw new Error(`blob ${blob.sha256}: ciphertext is truncated`);
  const decipher = createDecipheriv('aes-256-gcm', key, blob.nonce);
  decipher.setAAD(aad(blob.sha256));
  decipher.setAuthTag(blob.ciphertext.subarray(blob.ciphertext.length - TAG_BYTES));
  let plaintext: Buffer;
  try {
    plaintext = Buffer.concat([decipher.update(blob.ciphertext.subarray(0, -TAG_BYTES)), decipher.final()]);
  } catch {
    throw new Error(
      `blob ${blob.sha256}: ciphertext, nonce or key does not authenticate (altered or wrong key)`,
    );
  }
  const actual = sha256Hex(plaintext);
  if (actual !== blob.sha256)
    throw new Error(`blob ${blob.sha256}: decrypts to content hashing to ${actual}`);
  return plaintext;
}
