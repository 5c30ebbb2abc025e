import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  encodeSignerKey,
  encodeVerifierKey,
  generateSigner,
  isValidKeyName,
  keyHash,
  parseSignerKey,
  parseVerifierKey,
} from './keys.ts';

// Published test keys of golang.org/x/mod/sumdb/note (note_test.go and the package doc).
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
// The Go checksum database key, as shipped in cmd/go/internal/modfetch/key.go.
const SUMDB_VKEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

describe('signed-note keys', () => {
  it('parses the published verifier keys and recomputes their key IDs', () => {
    for (const [vkey, name, hash] of [
      [PETER_VKEY, 'PeterNeumann', 0xc74f20a3],
      [ENOCH_VKEY, 'EnochRoot', 0xaf0cfe78],
      [SUMDB_VKEY, 'sum.golang.org', 0x033de0ae],
    ] as const) {
      const key = parseVerifierKey(vkey);
      assert.equal(key.name, name);
      assert.equal(key.hash, hash);
      assert.equal(key.publicKey.length, 32);
      assert.equal(keyHash(name, key.publicKey), hash);
      assert.equal(encodeVerifierKey(name, key.publicKey), vkey);
    }
  });

  it('parses the published signer key, whose public key is the verifier key', () => {
    const signer = parseSignerKey(PETER_SKEY);
    assert.equal(signer.name, 'PeterNeumann');
    assert.equal(signer.hash, 0xc74f20a3);
    assert.deepEqual(signer.publicKey, parseVerifierKey(PETER_VKEY).publicKey);
    assert.equal(encodeSignerKey('PeterNeumann', signer.seed), PETER_SKEY);
  });

  it('generates a matching signer and verifier key pair', () => {
    const { signerKey, verifierKey } = generateSigner('example.com/evident-log');
    const signer = parseSignerKey(signerKey);
    const verifier = parseVerifierKey(verifierKey);
    assert.equal(signer.name, 'example.com/evident-log');
    assert.equal(signer.hash, verifier.hash);
    assert.deepEqual(signer.publicKey, verifier.publicKey);
    assert.notEqual(generateSigner('example.com/evident-log').signerKey, signerKey);
  });

  it('refuses every truncation and every single-character change of a verifier key', () => {
    // The same manglings golang.org/x/mod/sumdb/note's TestNewVerifier applies.
    for (let i = 0; i <= PETER_VKEY.length; i++) {
      for (let j = i + 1; j <= PETER_VKEY.length; j++) {
        if (i === 0 && j === PETER_VKEY.length) continue;
        assert.throws(() => parseVerifierKey(PETER_VKEY.slice(i, j)), `slice ${i}..${j}`);
      }
    }
    for (let i = 0; i < PETER_VKEY.length; i++) {
      const changed =
        PETER_VKEY.slice(0, i) + String.fromCharCode(PETER_VKEY.charCodeAt(i) + 1) + PETER_VKEY.slice(i + 1);
      assert.throws(() => parseVerifierKey(changed), `change at ${i}`);
    }
    // Go's two further cases: a key of the wrong length and an unknown algorithm, each with a key
    // ID recomputed to match, so only the key data is at fault. The first is refused even sooner
    // here: its final "Y=" leaves unused bits set, so it is not canonical base64.
    assert.throws(
      () => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=='),
      /not canonical base64/,
    );
    const short = Buffer.concat([Buffer.of(1), parseVerifierKey(PETER_VKEY).publicKey.subarray(1)]);
    assert.throws(
      () => parseVerifierKey(`PeterNeumann+c74f20a3+${short.toString('base64')}`),
      /public key is 31 bytes/,
    );
    assert.throws(
      () => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'),
      /unsupported signature type 0x65/,
    );
  });

  it('refuses every truncation and every single-character change of a signer key, without echoing it', () => {
    const seed = PETER_SKEY.slice(PETER_SKEY.lastIndexOf('+') + 2);
    const refuses = (text: string, what: string) =>
      assert.throws(
        () => parseSignerKey(text),
        (e: unknown) => e instanceof Error && !e.message.includes(seed),
        what,
      );
    for (let i = 0; i <= PETER_SKEY.length; i++) {
      for (let j = i + 1; j <= PETER_SKEY.length; j++) {
        if (i !== 0 || j !== PETER_SKEY.length) refuses(PETER_SKEY.slice(i, j), `slice ${i}..${j}`);
      }
    }
    for (let i = 0; i < PETER_SKEY.length; i++) {
      const changed =
        PETER_SKEY.slice(0, i) + String.fromCharCode(PETER_SKEY.charCodeAt(i) + 1) + PETER_SKEY.slice(i + 1);
      refuses(changed, `change at ${i}`);
    }
  });

  it('refuses key IDs in uppercase hex and key data in non-canonical base64', () => {
    assert.throws(() => parseVerifierKey(PETER_VKEY.replace('c74f20a3', 'C74F20A3')), /8 lowercase hex/);
    assert.throws(() => parseVerifierKey(PETER_VKEY.replace('/', '_')), /canonical base64/);
    assert.throws(() => parseVerifierKey(`${PETER_VKEY}=`), /canonical base64/);
    assert.throws(() => parseVerifierKey(PETER_VKEY.replace('ARpc', 'ARp c')), /canonical base64/);
  });

  it('accepts key names without spaces or plus signs only', () => {
    for (const name of ['PeterNeumann', 'example.com/log42', 'ünïcödé', 'a'])
      assert.ok(isValidKeyName(name), name);
    for (const name of [
      '',
      'a b',
      'a+b',
      'a\tb',
      'a\nb',
      'a\u00a0b',
      'a\u0085b',
      'a\u2028b',
      'a\u3000b',
      'a\u0001b',
      'a\ud800',
    ]) {
      assert.ok(!isValidKeyName(name), JSON.stringify(name));
      assert.throws(() => generateSigner(name), /invalid key name/);
    }
  });

  it('refuses raw keys of the wrong length', () => {
    assert.throws(() => keyHash('a', new Uint8Array(31)), /32 bytes, not 31/);
    assert.throws(() => encodeSignerKey('a', new Uint8Array(33)), /32 bytes, not 33/);
  });
});
