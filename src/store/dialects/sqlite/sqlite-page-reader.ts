import Database from 'better-sqlite3';
import type { EvidenceTuple } from '../../../core/evidence/evidence-row.ts';
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

/** Reads records in ledger order from a SQLite evidence file on a connection of its own (read-only). */
export type PageReader = {
  /** Records with seq in [from, to), at most `limit`, after `after`, in seq order, as tuples. */
  page(after: number, to: number, limit: number): EvidenceTuple[];
  close(): void;
};

/**
 * Opened by verify's worker threads, each on its own read-only connection, so reading the records is
 * spread over the workers too (WAL lets them read while nothing, or an importer, writes).
 */
export function openPageReader(file: string): PageReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Mapped rather than read page by page: about a third less CPU per record here. Only verify's
  // readers map the file; nothing shrinks it while they read (no VACUUM runs beside a verify).
  db.pragma('mmap_size = 2147418112');
  const query = db
    .prepare(`SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?`)
    .raw(true);
  return {
    page: (after, to, limit) => query.all(after, to, limit) as EvidenceTuple[],
    close: () => db.close(),
  };
}
