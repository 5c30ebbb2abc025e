import Database from 'better-sqlite3';
import type { EvidenceTuple, LeafText, RecordRangeReader } from '../../../core/evidence/evidence-row.ts';
import { LEAF_SUFFIX } from '../../../core/evidence/record-bytes.ts';
import type { EvidenceRow } from '../../store.ts';

export const EVIDENCE_COLUMNS = 'seq, id, type, source, subject, observed_at, collected_at, leaf_hash, body';

/** Rows read as arrays and made objects here: better-sqlite3's own row objects cost twice as much. */
export const evidenceRowOf = ([
  seq,
  id,
  type,
  source,
  subject,
  observed_at,
  collected_at,
  leaf_hash,
  body,
]: EvidenceTuple): EvidenceRow => ({
  seq,
  id,
  type,
  source,
  subject,
  observed_at,
  collected_at,
  leaf_hash,
  body,
});

/**
 * The text a sound leaf ends with, built by SQLite from the record's columns as it reads them (the
 * columns as they are, unescaped; verify's check refuses values that would need escaping).
 */
export const LEAF_SUFFIX_SQL = [
  ...LEAF_SUFFIX.parts.flatMap(([separator, field]) => [`'${separator}'`, field]),
  `'${LEAF_SUFFIX.end}'`,
].join(' || ');

/**
 * Opened by verify on each worker thread and on the calling thread, each its own read-only connection,
 * so reading the records is spread over them (WAL lets them read while nothing, or an importer, writes).
 */
export function openPageReader(file: string): RecordRangeReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Mapped rather than read page by page: about a third less CPU per record here. Only verify's
  // readers map the file; nothing shrinks it while they read (no VACUUM runs beside a verify).
  db.pragma('mmap_size = 2147418112');
  const leafPage = db
    .prepare(
      `SELECT seq, leaf_hash, body, collected_at, ${LEAF_SUFFIX_SQL} FROM evidence WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?`,
    )
    .raw(true);
  const row = db.prepare(`SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE seq = ?`).raw(true);
  const nodes = db
    .prepare('SELECT idx, hash FROM tree_nodes WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx')
    .raw(true);
  return {
    leafPage: (after, to, limit) => leafPage.all(after, to, limit) as LeafText[],
    row: (seq) => row.get(seq) as EvidenceTuple | undefined,
    nodes: (level, from, to) => nodes.all(level, from, to) as [number, string][],
    close: () => db.close(),
  };
}
