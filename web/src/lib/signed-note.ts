import { base64ToBytes } from './base64.ts';
import type { Bytes } from './bytes.ts';

export type NoteSignatureLine = { name: string; keyHash: number; signature: Bytes };

/** `text` is the signed message: the note text up to and including its final newline. */
export type SignedNote = { text: string; signatures: NoteSignatureLine[] };

/** Every signature line starts with an em dash (U+2014) and a space (c2sp.org/signed-note §Format). */
const PREFIX = '\u2014 ';

/**
 * Splits a signed note (c2sp.org/signed-note §Format) at its last blank line into the text and the
 * signature lines `— <key name> <base64(4-byte key ID ‖ signature)>`. A string is a reason for
 * refusing the note.
 */
export function parseSignedNote(note: string): SignedNote | string {
  if (!note.endsWith('\n')) return 'the note does not end with a newline';
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return 'the note has no blank line before its signatures';
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block === '') return 'the note has no signature lines';
  const signatures: NoteSignatureLine[] = [];
  for (const line of block.slice(0, -1).split('\n')) {
    if (!line.startsWith(PREFIX)) return 'a signature line does not start with an em dash and a space';
    const [name, encoded, ...rest] = line.slice(PREFIX.length).split(' ');
    const bytes = encoded === undefined ? undefined : base64ToBytes(encoded);
    if (!name || rest.length > 0 || bytes === undefined || bytes.length <= 4) {
      return 'a signature line is malformed';
    }
    const keyHash = new DataView(bytes.buffer).getUint32(0);
    signatures.push({ name, keyHash, signature: bytes.slice(4) });
  }
  return { text, signatures };
}
