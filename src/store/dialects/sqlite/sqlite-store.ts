import type Database from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { EvidenceTuple } from '../../../core/evidence/evidence-row.ts';
import type { AccessStore } from '../../access-store.ts';
import { KyselyStore } from '../../kysely-store.ts';
import type { Database as Schema } from '../../schema.ts';
import type { AppendTx, NodeRow } from '../../store.ts';
import { SqliteAccessStore } from './sqlite-access-store.ts';
import { EVIDENCE_COLUMNS, evidenceRowOf } from './sqlite-page-reader.ts';

/** Node lookups per statement: a proof of a 2^32-leaf log needs 64. */
const MAX_NODES_PER_QUERY = 64;

/**
 * The Store on SQLite. Everything goes through Kysely except the hot paths of import, verify and
 * proofs, which run as cached prepared statements on the same better-sqlite3 connection: one row per
 * statement execution is about twice as fast as multi-row VALUES built per batch (docs/performance.md).
 * Inside an append they run in the append's transaction (same connection); outside one they are used
 * only when the connection is idle, so they never read another task's uncommitted writes.
 */
export class SqliteStore extends KyselyStore {
  override readonly access: AccessStore;
  readonly #sql: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(
    db: Kysely<Schema>,
    database: Database.Database,
    lockHead: (tx: Transaction<Schema>) => Promise<void>,
    readonly file: string,
  ) {
    super(db, 'sqlite', lockHead);
    this.#sql = database;
    this.access = new SqliteAccessStore(db, database);
  }

  /**
   * How verify opens more readers on this database, one per worker thread and one for the calling
   * thread (it spreads the reading of records over them): the module to load and the argument of its
   * `openPageReader`.
   */
  parallelReader(): { module: string; arg: string } {
    return { module: new URL('./sqlite-page-reader.ts', import.meta.url).href, arg: this.file };
  }

  #prepare(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (!statement) {
      statement = this.#sql.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  #nodes(refs: readonly { level: number; idx: number }[]): NodeRow[] {
    if (!refs.length) return [];
    if (refs.length > MAX_NODES_PER_QUERY) {
      return [
        ...this.#nodes(refs.slice(0, MAX_NODES_PER_QUERY)),
        ...this.#nodes(refs.slice(MAX_NODES_PER_QUERY)),
      ];
    }
    // One statement for a whole proof's nodes (row-value IN), prepared once per count.
    const values = Array.from({ length: refs.length }, () => '(?, ?)').join(', ');
    const query = this.#prepare(
      `SELECT level, idx, hash FROM tree_nodes WHERE (level, idx) IN (VALUES ${values})`,
    );
    return query.all(...refs.flatMap((r) => [r.level, r.idx])) as NodeRow[];
  }

  #leafHashes(from: number, to: number): string[] {
    return this.#prepare('SELECT leaf_hash FROM evidence WHERE seq >= ? AND seq < ? ORDER BY seq')
      .pluck()
      .all(from, to) as string[];
  }

  protected override appendTx(trx: Transaction<Schema>): AppendTx {
    const tx = super.appendTx(trx);
    return {
      ...tx,
      existingIds: async (ids) => {
        const one = this.#prepare('SELECT 1 FROM evidence WHERE id = ?').pluck();
        const found = new Set<string>();
        for (const id of ids) if (one.get(id) !== undefined) found.add(id);
        return found;
      },
      nodes: async (refs) => this.#nodes(refs),
      leafHashes: async (from, to) => this.#leafHashes(from, to),
      insertEvidence: async (rows) => {
        const insert = this.#prepare(
          `INSERT INTO evidence (${EVIDENCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        for (const r of rows)
          insert.run(
            r.seq,
            r.id,
            r.type,
            r.source,
            r.subject,
            r.observed_at,
            r.collected_at,
            r.leaf_hash,
            r.body,
          );
      },
      insertNodes: async (rows) => {
        const insert = this.#prepare('INSERT INTO tree_nodes (level, idx, hash) VALUES (?, ?, ?)');
        for (const r of rows) insert.run(r.level, r.idx, r.hash);
      },
    };
  }

  /** True when no transaction is open on the connection, so a raw read sees only committed data. */
  get #idle(): boolean {
    return !this.#sql.inTransaction;
  }

  /** Read on every API request (the dashboard's cache key) and by every command. */
  override head() {
    if (!this.#idle) return super.head();
    const head = this.#prepare('SELECT size, root FROM ledger_head WHERE id = 1').get() as
      | { size: number; root: string }
      | undefined;
    return head ? Promise.resolve(head) : super.head();
  }

  override nodes(refs: readonly { level: number; idx: number }[]) {
    return this.#idle ? Promise.resolve(this.#nodes(refs)) : super.nodes(refs);
  }

  override leafHashes(from: number, to: number) {
    return this.#idle ? Promise.resolve(this.#leafHashes(from, to)) : super.leafHashes(from, to);
  }

  override evidencePage(after: number, limit: number) {
    if (!this.#idle) return super.evidencePage(after, limit);
    const query = this.#prepare(
      `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE seq > ? ORDER BY seq LIMIT ?`,
    );
    return Promise.resolve((query.raw(true).all(after, limit) as EvidenceTuple[]).map(evidenceRowOf));
  }
}
