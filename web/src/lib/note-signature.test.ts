/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verifyNoteSignature } from './note-signature.ts';
import { parseSignedNote, type SignedNote } from './signed-note.ts';
import { parseVerifierKey, type VerifierKey } from './verifier-key.ts';

// Published vectors of golang.org/x/mod/sumdb/note (note_test.go), the reference signed-note code.
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG =
  '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG =
  '\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

const note = (text: string): SignedNote => {
  const parsed = parseSignedNote(text);
  assert.notEqual(typeof parsed, 'string', String(parsed));
  return parsed as SignedNote;
};
const key = async (text: string): Promise<VerifierKey> => {
  const parsed = await parseVerifierKey(text);
  assert.notEqual(typeof parsed, 'string', String(parsed));
  return parsed as VerifierKey;
};

describe('signed notes checked with WebCrypto', () => {
  it('verifies the published notes, ignoring signatures by other keys', async () => {
    const both = note(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`);
    assert.equal(both.text, TEXT);
    assert.deepEqual(await verifyNoteSignature(both, await key(PETER_VKEY)), { ok: true });
    assert.deepEqual(await verifyNoteSignature(both, await key(ENOCH_VKEY)), { ok: true });
  });

  it('rejects a note the key did not sign, or whose text changed', async () => {
    const peter = await key(PETER_VKEY);
    assert.equal((await verifyNoteSignature(note(`${TEXT}\n${ENOCH_SIG}`), peter)).ok, false);
    const changed = note(`${TEXT.replace('cryptography', 'blockchain')}\n${PETER_SIG}`);
    assert.equal((await verifyNoteSignature(changed, peter)).ok, false);
  });

  it('refuses verifier keys whose ID does not commit to the key', async () => {
    assert.equal(typeof (await parseVerifierKey(PETER_VKEY.replace('c74f20a3', 'c74f20a4'))), 'string');
    assert.equal(typeof (await parseVerifierKey(PETER_VKEY.replace('PeterNeumann', 'Peter'))), 'string');
    assert.equal(typeof (await parseVerifierKey('PeterNeumann+c74f20a3')), 'string');
  });

  it('refuses malformed notes', () => {
    for (const text of [
      TEXT,
      `${TEXT}\n`,
      `${TEXT}\nPeterNeumann abc\n`,
      `${TEXT}\n${PETER_SIG.trimEnd()}`,
    ]) {
      assert.equal(typeof parseSignedNote(text), 'string', JSON.stringify(text));
    }
  });
});
