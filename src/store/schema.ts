import type { EvidenceRow } from '../core/evidence/evidence-row.ts';
import type { AccessTokenRow, SessionRow } from './access-store.ts';
import type { RunRow } from './store.ts';

/**
 * The tables, as Kysely sees them. Portable types only, so one migration serves SQLite and PostgreSQL:
 * times are ISO-8601 TEXT, hashes lowercase hex TEXT, booleans 0/1, JSON as TEXT; only blob ciphertext
 * is binary (BLOB / bytea).
 */
export type Database = {
  meta: { key: string; value: string };
  /** One row (id 1): the ledger's size and root; appenders lock it to take turns, across processes. */
  ledger_head: { id: number; size: number; root: string };
  /** The body is the leaf bytes; the other columns are indexed copies of its fields. */
  evidence: EvidenceRow;
  /** Hashes of complete aligned subtrees at level >= STORED_MIN_LEVEL (lower levels come from leaves). */
  tree_nodes: { level: number; idx: number; hash: string };
  checkpoints: { seq: number; size: number; root: string; note: string; created_at: string };
  blobs: {
    sha256: string;
    key_id: string;
    nonce: Buffer;
    ciphertext: Buffer;
    size: number;
    created_at: string;
  };
  collection_runs: RunRow;
  access_tokens: AccessTokenRow;
  sessions: SessionRow;
};
