/**
 * Checkpoint bodies (c2sp.org/tlog-checkpoint §Note text): the note text a log signs to commit
 * to its Merkle tree head.
 *
 *   <origin>
 *   <tree size, decimal>
 *   <base64 root hash>
 *   [extension lines]
 */
import { decodeBase64Strict } from './keys.ts';
import { assertNoteText } from './note.ts';

/** An RFC 6962 / RFC 9162 SHA-256 Merkle tree root. */
export const ROOT_HASH_BYTES = 32;

export type Checkpoint = {
  origin: string;
  /** Number of leaves. Kept as a number, so limited to 2^53 - 1 leaves. */
  size: number;
  root: Buffer;
  extensions: string[];
};

export type CheckpointInput = {
  origin: string;
  size: number;
  root: Uint8Array;
  extensions?: readonly string[];
};

/** The checkpoint body, final newline included, ready for signNote. */
export function formatCheckpoint(checkpoint: CheckpointInput): string {
  const { origin, size, root, extensions = [] } = checkpoint;
  assertLine(origin, 'origin');
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new Error(`checkpoint tree size must be a non-negative safe integer, not ${size}`);
  }
  if (root.length !== ROOT_HASH_BYTES) {
    throw new Error(`checkpoint root hash must be ${ROOT_HASH_BYTES} bytes, not ${root.length}`);
  }
  for (const line of extensions) assertLine(line, 'extension line');
  const rootBase64 = Buffer.from(root.buffer, root.byteOffset, root.length).toString('base64');
  return [origin, String(size), rootBase64, ...extensions].map((line) => `${line}\n`).join('');
}

/**
 * Parses a checkpoint body strictly, so that a checkpoint has exactly one spelling: the size
 * without leading zeros, the root in canonical padded base64 of exactly 32 bytes, every line
 * non-empty and the body ending in a newline.
 */
export function parseCheckpoint(body: string): Checkpoint {
  assertNoteText(body, 'checkpoint');
  if (!body.endsWith('\n')) throw new Error('malformed checkpoint: it must end with a newline');
  const lines = body.slice(0, -1).split('\n');
  // §Note text: "a sequence of at least three non-empty lines".
  if (lines.length < 3) throw new Error('malformed checkpoint: fewer than three lines');
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]];
  const empty = lines.indexOf('');
  // §Note text 1 and 4: the origin and any extension line MUST be non-empty.
  if (empty >= 0) throw new Error(`malformed checkpoint: line ${empty + 1} is empty`);
  // §Note text 2: ASCII decimal, no leading zeroes unless the tree is empty.
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) {
    throw new Error(`malformed checkpoint: tree size ${JSON.stringify(sizeText)} is not a canonical decimal`);
  }
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) {
    throw new Error(`checkpoint tree size ${sizeText} is beyond 2^53 - 1, which this ledger does not handle`);
  }
  // §Note text 3: the base64 (RFC 4648 §4, padded) of the root hash.
  const root = decodeBase64Strict(rootText);
  if (!root) throw new Error('malformed checkpoint: root hash is not canonical base64');
  if (root.length !== ROOT_HASH_BYTES) {
    throw new Error(`malformed checkpoint: root hash is ${root.length} bytes, not ${ROOT_HASH_BYTES}`);
  }
  return { origin, size, root, extensions };
}

function assertLine(line: string, what: string): void {
  if (line === '') throw new Error(`checkpoint ${what} must not be empty`);
  if (line.includes('\n')) throw new Error(`checkpoint ${what} must not contain a newline`);
  assertNoteText(line, `checkpoint ${what}`);
}
