import { base64ToBytes } from './base64.ts';
import type { Bytes } from './bytes.ts';
import { HASH_SIZE } from './sha256.ts';

export type CheckpointBody = { origin: string; size: number; root: Bytes; extensions: string[] };

/**
 * A checkpoint's note text (c2sp.org/tlog-checkpoint §Note text): origin, tree size in canonical
 * decimal, padded base64 of the 32-byte root, then optional extension lines, each line non-empty and
 * ending in a newline. Parsed as strictly as src/ledger/checkpoint/checkpoint.ts writes it.
 */
export function parseCheckpointBody(body: string): CheckpointBody | string {
  if (!body.endsWith('\n')) return 'the checkpoint does not end with a newline';
  const lines = body.slice(0, -1).split('\n');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (origin === undefined || sizeText === undefined || rootText === undefined) {
    return 'the checkpoint has fewer than three lines';
  }
  if (lines.includes('')) return 'the checkpoint has an empty line';
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    return `the checkpoint's tree size ${JSON.stringify(sizeText)} is not a canonical decimal`;
  }
  const root = base64ToBytes(rootText);
  if (root?.length !== HASH_SIZE) return "the checkpoint's root is not the base64 of 32 bytes";
  return { origin, size: Number(sizeText), root, extensions };
}
