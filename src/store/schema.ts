/**
 * The tables, as Kysely sees them. Portable types only, so one migration serves SQLite and PostgreSQL:
 * times are ISO-8601 TEXT, hashes lowercase hex TEXT, booleans 0/1, JSON as TEXT; only blob ciphertext
 * is binary (BLOB / bytea).
 */
export type Database = {
  meta: { key: string; value: string };
  /** One row (id 1): the ledger's size and root; appenders lock it to take turns, across processes. */
  ledger_head: { id: number; size: number; root: string };
  evidence: {
    /** The leaf index in the ledger. */
    seq: number;
    id: string;
    type: string;
    source: string;
    subject: string;
    observed_at: string;
    collected_at: string;
    leaf_hash: string;
    /** The leaf bytes: RFC 8785 canonical JSON of the record. */
    body: string;
  };
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
};
