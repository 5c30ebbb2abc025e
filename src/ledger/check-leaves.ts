import type { EvidenceRow, EvidenceTuple, LeafText } from '../core/evidence/evidence-row.ts';
import {
  contentId,
  contentIdOf,
  contentOfLeaf,
  contentOfLeafText,
  type LeafContent,
} from '../core/evidence/record-bytes.ts';
import { hashLeafText } from './merkle/hash.ts';

/** A stored record as verify reads it. */
export type LeafRow = EvidenceRow;

export type LeafProblem = { item: string; problem: string };

/** What checking a page of records found: their leaf hashes (32 bytes each, in order) and problems. */
export type CheckedLeaves = { hashes: Uint8Array; problems: LeafProblem[]; artifacts: string[] };

/** Where {@link checkLeafTuples} writes: leaf hashes from `at` on (32 bytes each), problems, artifacts. */
export type LeafSink = { hashes: Buffer; at: number; problems: LeafProblem[]; artifacts: string[] };

/**
 * Re-derives what each record claims: its leaf hash from its bytes, its id from its content, and its
 * columns from the record itself. The leaf hashes are returned for the tree, whatever they are: the
 * tree and the checkpoints then show how far any damage reaches.
 */
export function checkLeaves(rows: readonly LeafRow[]): CheckedLeaves {
  const sink: LeafSink = { hashes: Buffer.alloc(rows.length * 32), at: 0, problems: [], artifacts: [] };
  for (const row of rows) checkLeaf(row, sink);
  return { hashes: sink.hashes, problems: sink.problems, artifacts: sink.artifacts };
}

/** {@link checkLeaves} for records read as tuples, writing into `sink` (advances `sink.at`). */
export function checkLeafTuples(rows: readonly EvidenceTuple[], sink: LeafSink): void {
  for (const [seq, id, type, source, subject, observed_at, collected_at, leaf_hash, body] of rows)
    checkLeaf({ seq, id, type, source, subject, observed_at, collected_at, leaf_hash, body }, sink);
}

/**
 * Checks one record read as {@link LeafText}, writing its leaf hash into `sink`. Returns false, having
 * written nothing, when the leaf does not end with the text its columns make (a column differs, or a
 * value needs escaping): the caller then checks the whole row with {@link checkLeafTuples}, which says
 * what differs.
 */
export function checkLeafText(row: LeafText, sink: LeafSink): boolean {
  const [seq, leafHash, body, collectedAt, suffix] = row;
  const cut = contentOfLeafText(body, suffix, collectedAt);
  if (!cut) return false;
  checkLeafHash(seq, cut.id, body, leafHash, sink);
  checkContent(seq, cut, sink);
  return true;
}

/** How a problem names a record. */
const nameOf = (seq: number, id: string) => `record #${seq} (${id.slice(0, 12)})`;

/** The leaf hash of the record's bytes, written into `sink` for the tree and compared with the recorded one. */
function checkLeafHash(seq: number, id: string, body: string, recorded: string, sink: LeafSink): void {
  const hash = hashLeafText(body);
  sink.hashes.write(hash, sink.at * 32, 32, 'hex');
  sink.at++;
  if (hash !== recorded)
    sink.problems.push({
      item: nameOf(seq, id),
      problem: 'its bytes differ from those the ledger recorded (leaf hash mismatch)',
    });
}

/** The content cut out of a leaf must hash to the id the leaf holds; its artifacts are collected. */
function checkContent(seq: number, cut: LeafContent, sink: LeafSink): void {
  const id = contentId(cut.content);
  if (id !== cut.id)
    sink.problems.push({
      item: nameOf(seq, cut.id),
      problem: `content hashes to ${id.slice(0, 12)}…, not to its id`,
    });
  if (cut.artifacts !== '[]')
    for (const a of JSON.parse(cut.artifacts) as { sha256: string }[]) sink.artifacts.push(a.sha256);
}

function checkLeaf(row: LeafRow, sink: LeafSink): void {
  const { problems, artifacts } = sink;
  checkLeafHash(row.seq, row.id, row.body, row.leaf_hash, sink);
  // The fast path: the leaf is laid out as import writes it and agrees with its columns, so its
  // content is cut out and re-hashed without parsing. Anything else is parsed to say what differs.
  const cut = contentOfLeaf(row.body, row);
  if (cut) {
    checkContent(row.seq, { ...cut, id: row.id }, sink);
    return;
  }
  try {
    const leaf = JSON.parse(row.body) as Record<string, unknown> & { artifacts?: { sha256: string }[] };
    const id = contentIdOf(leaf as never);
    if (leaf.id !== id)
      problems.push({
        item: nameOf(row.seq, row.id),
        problem: `content hashes to ${id.slice(0, 12)}…, not to its id`,
      });
    for (const col of ['id', 'type', 'source', 'subject', 'observed_at', 'collected_at'] as const) {
      if (leaf[col] !== row[col])
        problems.push({
          item: nameOf(row.seq, row.id),
          problem: `column ${col} is "${row[col]}" but the record says "${String(leaf[col])}"`,
        });
    }
    for (const a of leaf.artifacts ?? []) artifacts.push(a.sha256);
  } catch (e) {
    problems.push({ item: nameOf(row.seq, row.id), problem: `not valid JSON: ${(e as Error).message}` });
  }
}
