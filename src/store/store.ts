/** What the rest of Evident needs from a database; SQLite and PostgreSQL implement it identically. */
import type { EvidenceRow } from '../core/evidence/evidence-row.ts';
import type { AccessStore } from './access-store.ts';

export type { AccessRole, AccessStore, AccessTokenRow, SessionRow } from './access-store.ts';
export type { EvidenceRow };

export type NodeRow = { level: number; idx: number; hash: string };
export type CheckpointRow = { seq: number; size: number; root: string; note: string; created_at: string };
export type BlobRow = {
  sha256: string;
  key_id: string;
  nonce: Buffer;
  ciphertext: Buffer;
  size: number;
  created_at: string;
};
export type LedgerHead = { size: number; root: string };

/** One collection run of a source. `status` is running until it finishes (ok or error). */
export type RunRow = {
  id: string;
  source: string;
  collector: string;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'ok' | 'error';
  /** Items the collector returned. */
  items: number;
  /** Records new to the ledger (the rest were already held). */
  stored: number;
  error: string | null;
};

/** A page of one type's records in event-time order, after a cursor (keyset pagination). */
export type TimeOrderedQuery = {
  type: string;
  /** Inclusive lower bound on observed_at (ISO text). */
  since?: string;
  /** Exclusive upper bound on observed_at (ISO text). */
  until?: string;
  /** The last record of the previous page. */
  after?: { observed_at: string; seq: number };
  limit: number;
};

export type EvidenceFilter = {
  type?: string;
  subject?: string;
  source?: string;
  /** Inclusive lower bound on observed_at (ISO text). */
  since?: string;
  /** Exclusive upper bound on observed_at (ISO text). */
  until?: string;
  limit?: number;
  offset?: number;
  /** Newest event first (listEvidence); default oldest first. */
  newest?: boolean;
};

/** The writes of one append, inside a transaction that holds the ledger's lock. */
export interface AppendTx {
  head(): Promise<LedgerHead>;
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  nodes(refs: readonly { level: number; idx: number }[]): Promise<NodeRow[]>;
  leafHashes(from: number, to: number): Promise<string[]>;
  insertEvidence(rows: readonly EvidenceRow[]): Promise<void>;
  insertNodes(rows: readonly NodeRow[]): Promise<void>;
  /** Stores a blob unless one with the same address exists; true when stored. */
  putBlob(row: BlobRow): Promise<boolean>;
  setHead(head: LedgerHead): Promise<void>;
  insertCheckpoint(row: Omit<CheckpointRow, 'seq'>): Promise<void>;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** One appender at a time, across processes: the transaction locks the ledger head first. */
  append<T>(fn: (tx: AppendTx) => Promise<T>): Promise<T>;
  head(): Promise<LedgerHead>;
  getMeta(key: string): Promise<string | undefined>;
  /** Sets a value only if none is set; returns the value in force. */
  initMeta(key: string, value: string): Promise<string>;

  listEvidence(filter: EvidenceFilter): Promise<EvidenceRow[]>;
  countEvidence(filter: EvidenceFilter): Promise<number>;
  /** The record of `type` with the latest event time (ties: the latest in the ledger), if any. */
  latestEvidence(type: string): Promise<EvidenceRow | undefined>;
  /** Records whose id starts with `prefix` (at most `limit`). */
  findEvidence(prefix: string, limit?: number): Promise<EvidenceRow[]>;
  /** One type's records in (observed_at, seq) order, a page at a time: a range scan on (type, observed_at). */
  evidenceByTime(q: TimeOrderedQuery): Promise<EvidenceRow[]>;
  /** Records with seq in [from, to), in seq order. */
  evidenceRange(from: number, to: number): Promise<EvidenceRow[]>;
  /** Up to `limit` records with seq > `after`, in seq order (walks past gaps). */
  evidencePage(after: number, limit: number): Promise<EvidenceRow[]>;
  leafHashes(from: number, to: number): Promise<string[]>;
  nodes(refs: readonly { level: number; idx: number }[]): Promise<NodeRow[]>;
  /** Stored nodes of one level with idx in [from, to), in idx order. */
  nodeRange(level: number, from: number, to: number): Promise<NodeRow[]>;
  maxNodeLevel(): Promise<number>;
  checkpoints(): Promise<CheckpointRow[]>;
  latestCheckpoint(): Promise<CheckpointRow | undefined>;

  getBlob(sha256: string): Promise<BlobRow | undefined>;
  /** Blob addresses after `after` in order, `limit` at a time (for streaming verify and rotation). */
  blobAddresses(after: string, limit: number): Promise<string[]>;
  replaceBlobCipher(sha256: string, keyId: string, nonce: Buffer, ciphertext: Buffer): Promise<void>;

  startRun(row: RunRow): Promise<void>;
  finishRun(
    id: string,
    end: Pick<RunRow, 'finished_at' | 'status' | 'items' | 'stored' | 'error'>,
  ): Promise<void>;
  /** Runs, newest first; of one source when given. */
  listRuns(q: { source?: string; limit: number }): Promise<RunRow[]>;

  /** API access tokens and sessions. */
  readonly access: AccessStore;

  /** Dialect-level integrity check (SQLite `PRAGMA integrity_check`); problems as text, [] when sound. */
  integrityCheck(): Promise<string[]>;
  close(): Promise<void>;
}
