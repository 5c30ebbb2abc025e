import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decryptBlob, encryptBlob, keyIdOf, sha256Hex } from './blob-cipher.ts';

const key = randomBytes(32);
const k = { id: keyIdOf(key), key };
const keys = new Map([[k.id, key]]);

describe('blob encryption', () => {
  it('round-trips any content and addresses it by the SHA-256 of the plaintext', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const blob = encryptBlob(bytes, k);
        assert.equal(blob.sha256, sha256Hex(bytes));
        assert.equal(blob.size, bytes.length);
        assert.ok(!Buffer.from(blob.ciphertext).includes(Buffer.from(bytes)) || bytes.length < 4);
        assert.deepEqual(decryptBlob(blob, keys), Buffer.from(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects any single flipped bit of ciphertext or nonce, another address, or another key', () => {
    const blob = encryptBlob(Buffer.from('{"scanner":"trivy"}'), k);
    for (let i = 0; i < blob.ciphertext.length; i++) {
      const ciphertext = Buffer.from(blob.ciphertext);
      ciphertext[i]! ^= 1 << (i % 8);
      assert.throws(() => decryptBlob({ ...blob, ciphertext }, keys), /does not authenticate/);
    }
    const nonce = Buffer.from(blob.nonce);
    nonce[0]! ^= 1;
    assert.throws(() => decryptBlob({ ...blob, nonce }, keys), /does not authenticate/);
    assert.throws(
      () => decryptBlob({ ...blob, sha256: sha256Hex(Buffer.from('x')) }, keys),
      /does not authenticate/,
    );
    const other = randomBytes(32);
    assert.throws(() => decryptBlob(blob, new Map([[k.id, other]])), /does not authenticate/);
    assert.throws(() => decryptBlob(blob, new Map()), /not available/);
  });
});
