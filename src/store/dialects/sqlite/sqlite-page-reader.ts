import Database from 'better-sqlite3';
import type { EvidenceRow } from '../../store.ts';

/** An evidence row as better-sqlite3 returns it in raw mode, columns in {@link EVIDENCE_COLUMNS} order. */
export type RawEvidenceRow = [number, string, string, string, string, string, string, string, string];

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
]: RawEvidenceRow): EvidenceRow => ({
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
  /** Records with seq in [from, to), at most `limit`, after `after`, in seq order. */
  page(after: number, to: number, limit: number): EvidenceRow[];
  close(): void;
};

/**
 * Opened by verify's worker threads, each on its own read-only connection, so reading the records is
 * spread over the workers too (WAL lets them read while nothing, or an importer, writes).
 */
export function openPageReader(file: string): PageReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const query = db
    .prepare(`SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?`)
    .raw(true);
  return {
    page(after, to, limit) {
      const rows = query.all(after, to, limit) as [
        number,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ][];
      return rows.map(([seq, id, type, source, subject, observed_at, collected_at, leaf_hash, body]) => ({
        seq,
        id,
        type,
        source,
        subject,
        observed_at,
        collected_at,
        leaf_hash,
        body,
      }));
    },
    close: () => db.close(),
  };
}
