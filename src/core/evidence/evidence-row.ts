/**
 * A stored evidence record as the database holds it: the record's leaf bytes (`body`, RFC 8785 JSON)
 * and the columns indexed for queries, which verify checks against the body.
 */
export type EvidenceRow = {
  /** The leaf index in the ledger. */
  seq: number;
  id: string;
  type: string;
  source: string;
  subject: string;
  observed_at: string;
  collected_at: string;
  leaf_hash: string;
  body: string;
};

/**
 * The same record as a tuple, in this column order (as better-sqlite3 returns rows in raw mode): verify's
 * workers read millions and skip building an object for each.
 */
export type EvidenceTuple = [
  seq: number,
  id: string,
  type: string,
  source: string,
  subject: string,
  observed_at: string,
  collected_at: string,
  leaf_hash: string,
  body: string,
];

/**
 * A record as verify's workers read it: the five columns a leaf ends with already written by the
 * database into the text the leaf must end with (see `leafSuffix` in record-bytes.ts), and its
 * collection time.
 */
export type LeafText = [seq: number, leaf_hash: string, body: string, collected_at: string, suffix: string];

/**
 * Reads records and tree nodes in ranges on a connection of its own: what a store hands verify (its
 * workers and the calling thread each open one), so the ledger and the store share one description.
 */
export type RecordRangeReader = {
  /** Records with seq in [after + 1, to), at most `limit`, in seq order, as verify checks them first. */
  leafPage(after: number, to: number, limit: number): LeafText[];
  /** One record as a tuple, if it exists. */
  row(seq: number): EvidenceTuple | undefined;
  /** The stored nodes of `level` with index in [from, to), in index order, as [index, hash]. */
  nodes(level: number, from: number, to: number): [idx: number, hash: string][];
  close(): void;
};
