import type { EvidenceRow } from '../core/evidence/evidence-row.ts';
import { contentId, contentIdOf, contentOfLeaf } from '../core/evidence/record-bytes.ts';
import { hashLeafText } from './merkle/hash.ts';

/** A stored record as verify reads it. */
export type LeafRow = EvidenceRow;

export type LeafProblem = { item: string; problem: string };

/** What checking a page of records found: their leaf hashes (32 bytes each, in order) and problems. */
export type CheckedLeaves = { hashes: Uint8Array; problems: LeafProblem[]; artifacts: string[] };

/**
 * Re-derives what each record claims: its leaf hash from its bytes, its id from its content, and its
 * columns from the record itself. The leaf hashes are returned for the tree, whatever they are: the
 * tree and the checkpoints then show how far any damage reaches.
 */
export function checkLeaves(rows: readonly LeafRow[]): CheckedLeaves {
  const hashes = new Uint8Array(rows.length * 32);
  const problems: LeafProblem[] = [];
  const artifacts: string[] = [];
  rows.forEach((row, i) => {
    const leafHash = hashLeafText(row.body);
    hashes.set(Buffer.from(leafHash, 'hex'), i * 32);
    const name = () => `record #${row.seq} (${row.id.slice(0, 12)})`;
    if (leafHash !== row.leaf_hash)
      problems.push({
        item: name(),
        problem: 'its bytes differ from those the ledger recorded (leaf hash mismatch)',
      });
    // The fast path: the leaf is laid out as import writes it and agrees with its columns, so its
    // content is cut out and re-hashed without parsing. Anything else is parsed to say what differs.
    const cut = contentOfLeaf(row.body, row);
    if (cut) {
      const id = contentId(cut.content);
      if (id !== row.id)
        problems.push({ item: name(), problem: `content hashes to ${id.slice(0, 12)}…, not to its id` });
      if (cut.artifacts !== '[]')
        for (const a of JSON.parse(cut.artifacts) as { sha256: string }[]) artifacts.push(a.sha256);
      return;
    }
    try {
      const leaf = JSON.parse(row.body) as Record<string, unknown> & { artifacts?: { sha256: string }[] };
      const id = contentIdOf(leaf as never);
      if (leaf.id !== id)
        problems.push({ item: name(), problem: `content hashes to ${id.slice(0, 12)}…, not to its id` });
      for (const col of ['id', 'type', 'source', 'subject', 'observed_at', 'collected_at'] as const) {
        if (leaf[col] !== row[col])
          problems.push({
            item: name(),
            problem: `column ${col} is "${row[col]}" but the record says "${String(leaf[col])}"`,
          });
      }
      for (const a of leaf.artifacts ?? []) artifacts.push(a.sha256);
    } catch (e) {
      problems.push({ item: name(), problem: `not valid JSON: ${(e as Error).message}` });
    }
  });
  return { hashes, problems, artifacts };
}
