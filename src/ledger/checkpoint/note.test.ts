import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateSigner } from './keys.ts';
import { MAX_SIGNATURES, openNote, signNote } from './note.ts';

// Published vectors of golang.org/x/mod/sumdb/note (note_test.go TestSign and TestOpen).
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG =
  '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG =
  '\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';
const PETER_NOTE = `${TEXT}\n${PETER_SIG}`;

const peter = { name: 'PeterNeumann', hash: 0xc74f20a3 };
const enoch = { name: 'EnochRoot', hash: 0xaf0cfe78 };

describe('signed notes', () => {
  it('reproduces the published PeterNeumann signature exactly (Ed25519 is deterministic)', () => {
    assert.equal(signNote(TEXT, PETER_SKEY), PETER_NOTE);
  });

  it('opens the published PeterNeumann note', () => {
    assert.deepEqual(openNote(PETER_NOTE, [PETER_VKEY]), {
      body: TEXT,
      signatures: [{ ...peter, verified: true }],
    });
    assert.deepEqual(openNote(Buffer.from(PETER_NOTE, 'utf8'), [PETER_VKEY]).body, TEXT);
  });

  it('reports a signature by a key it was not given as unverified', () => {
    const note = `${TEXT}\n${PETER_SIG}${ENOCH_SIG}`;
    assert.deepEqual(openNote(note, [PETER_VKEY]).signatures, [
      { ...peter, verified: true },
      { ...enoch, verified: false },
    ]);
    assert.deepEqual(openNote(note, [PETER_VKEY, ENOCH_VKEY]).signatures, [
      { ...peter, verified: true },
      { ...enoch, verified: true },
    ]);
    // Listing the same key twice is harmless.
    assert.equal(openNote(note, [ENOCH_VKEY, ENOCH_VKEY]).signatures[1]?.verified, true);
  });

  it('rejects a note with no signature from a known key', () => {
    assert.throws(
      () => openNote(PETER_NOTE, []),
      /no signature from a known key \(signed by PeterNeumann\+c74f20a3\)/,
    );
    assert.throws(() => openNote(PETER_NOTE, [ENOCH_VKEY]), /no signature from a known key/);
    // Go's TestOpen: another name, or another key ID, makes the signature one from an unknown key.
    assert.throws(
      () => openNote(PETER_NOTE.replace('PeterNeumann', 'CarmenSandiego'), [PETER_VKEY]),
      /no signature/,
    );
    assert.throws(() => openNote(PETER_NOTE.replace('x08g', 'xxxx'), [PETER_VKEY]), /no signature/);
  });

  it('rejects the whole note when a known key’s signature does not verify', () => {
    // Go's TestOpen "invalid signature": four base64 characters spliced into the signature.
    const spliced = `${TEXT}\n${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}`;
    assert.throws(
      () => openNote(spliced, [PETER_VKEY]),
      /signature by PeterNeumann\+c74f20a3 does not verify/,
    );
    const otherText = `${TEXT.replace('cryptography', 'blockchain')}\n${PETER_SIG}`;
    assert.throws(() => openNote(otherText, [PETER_VKEY]), /does not verify/);
  });

  it('fails on any single-byte change to a signed note', () => {
    const bytes = Buffer.from(PETER_NOTE, 'utf8');
    assert.doesNotThrow(() => openNote(bytes, [PETER_VKEY]));
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [0x01, 0x02, 0x20, 0x80]) {
        const changed = Buffer.from(bytes);
        changed[i]! ^= flip;
        assert.throws(() => openNote(changed, [PETER_VKEY]), `byte ${i} ^ 0x${flip.toString(16)}`);
      }
    }
  });

  it('never reports a changed signature line as verified', () => {
    // With two known signers a change to one line can leave the other verifying; the changed
    // one must then not count (it either fails the note or becomes a signature of an unknown key).
    const note = `${TEXT}\n${PETER_SIG}${ENOCH_SIG}`;
    const bytes = Buffer.from(note, 'utf8');
    const enochStart = Buffer.byteLength(`${TEXT}\n${PETER_SIG}`);
    for (let i = enochStart; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i]! ^= 0x01;
      try {
        const opened = openNote(changed, [PETER_VKEY, ENOCH_VKEY]);
        assert.deepEqual(
          opened.signatures.filter((s) => s.verified),
          [{ ...peter, verified: true }],
          `byte ${i}`,
        );
      } catch {
        // Refusing the note is the other acceptable outcome.
      }
    }
  });

  it('rejects malformed notes', () => {
    const malformed: [string | Uint8Array, RegExp][] = [
      // Go's TestOpen bad messages.
      [TEXT, /no blank line/],
      [`${TEXT}\n`, /no signature lines/],
      [`${TEXT}\n${PETER_SIG.slice(0, -1)}`, /must end with a newline/],
      [`\u0001${TEXT}\n${PETER_SIG}`, /control character U\+0001/],
      [Buffer.concat([Buffer.from([0xff]), Buffer.from(`${TEXT}\n${PETER_SIG}`)]), /not valid UTF-8/],
      [
        `${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'Bad Name')}`,
        /signature line 1 \(Bad\) is not canonical base64/,
      ],
      [`${TEXT}\n${PETER_SIG}Unexpected line.\n`, /signature line 2 does not start with an em dash/],
      // Further cases.
      [`${TEXT}\n${PETER_SIG.replace('\u2014', '-')}`, /does not start with an em dash/],
      [`${TEXT}\n${PETER_SIG.replace('\u2014 ', '\u2014')}`, /does not start with an em dash and a space/],
      [`${TEXT}\n${PETER_SIG.replace('=\n', '\n')}`, /not canonical base64/],
      [`${TEXT}\n${PETER_SIG.replace('x08go', 'x08g_')}`, /not canonical base64/],
      [`${TEXT}\n${PETER_SIG.replace(' x08go', '  x08go')}`, /not canonical base64/],
      [`${TEXT}\n\u2014 PeterNeumann\n`, /has no valid key name/],
      [`${TEXT}\n\u2014  x08go=\n`, /has no valid key name/],
      [`${TEXT}\n\u2014 PeterNeumann x08gow==\n`, /too short/],
      [`${TEXT}\n${PETER_SIG}`.replaceAll('\n', '\r\n'), /control character U\+000d/],
      [`${TEXT}\n${PETER_SIG.repeat(MAX_SIGNATURES + 1)}`, /more than 100 signatures/],
      [`${TEXT}\n${PETER_SIG}`.replace('cryptography', 'crypto\ud800'), /lone surrogate/],
    ];
    for (const [note, message] of malformed) {
      assert.throws(() => openNote(note, [PETER_VKEY]), message, JSON.stringify(String(note)));
    }
  });

  it('accepts as many signatures as the limit allows', () => {
    assert.equal(
      openNote(`${TEXT}\n${PETER_SIG.repeat(MAX_SIGNATURES)}`, [PETER_VKEY]).signatures.length,
      100,
    );
  });

  it('signs with several keys in order and opens with any of them', () => {
    const a = generateSigner('a.example/log');
    const b = generateSigner('b.example/witness');
    const note = signNote('hello\n', [a.signerKey, b.signerKey]);
    const opened = openNote(note, [b.verifierKey]);
    assert.equal(opened.body, 'hello\n');
    assert.deepEqual(
      opened.signatures.map((s) => [s.name, s.verified]),
      [
        ['a.example/log', false],
        ['b.example/witness', true],
      ],
    );
  });

  it('refuses to sign text that could not be opened again', () => {
    assert.throws(() => signNote('no final newline', PETER_SKEY), /must end with a newline/);
    assert.throws(() => signNote('', PETER_SKEY), /must end with a newline/);
    assert.throws(() => signNote('tab\there\n', PETER_SKEY), /control character U\+0009/);
    assert.throws(() => signNote('x\ud800\n', PETER_SKEY), /lone surrogate/);
    assert.throws(() => signNote('x\n', []), /at least one signer key/);
    assert.throws(() => signNote('x\n', PETER_VKEY), /must start with PRIVATE\+KEY\+/);
  });

  it('round-trips any note text, including empty lines and lines that look like signatures', () => {
    const { signerKey, verifierKey } = generateSigner('example.com/log');
    const line = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constant(''),
      fc.constant('\u2014 example.com/log AAAA'),
    );
    const body = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => `${lines.join('\n')}\n`);
    fc.assert(
      fc.property(body, (text) => {
        const opened = openNote(signNote(text, signerKey), [verifierKey]);
        assert.equal(opened.body, text);
        assert.equal(opened.signatures.length, 1);
        assert.equal(opened.signatures[0]?.verified, true);
      }),
    );
  });

  it('keeps a leading byte order mark as part of the signed text', () => {
    const { signerKey, verifierKey } = generateSigner('example.com/log');
    const note = signNote('\ufeffbom\n', signerKey);
    assert.equal(openNote(Buffer.from(note, 'utf8'), [verifierKey]).body, '\ufeffbom\n');
  });
});
