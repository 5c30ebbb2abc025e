import { type Kysely, Migrator, sql, type Transaction } from 'kysely';
import type { AccessStore } from './access-store.ts';
import { KyselyAccessStore } from './kysely-access-store.ts';
import { migrationProvider } from './migrations/migrations.ts';
import type { Database } from './schema.ts';
import type {
  AppendTx,
  EvidenceFilter,
  EvidenceRow,
  LedgerHead,
  NodeRow,
  RunRow,
  Store,
  TimeOrderedQuery,
} from './store.ts';

/** Rows per INSERT statement: few enough parameters for any SQLite build, enough to amortise a statement. */
const CHUNK = 400;

type Db = Kysely<Database>;

const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

function filtered(db: Db, f: EvidenceFilter) {
  let q = db.selectFrom('evidence');
  if (f.type) q = q.where('type', '=', f.type);
  if (f.subject) q = q.where('subject', '=', f.subject);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.since) q = q.where('observed_at', '>=', f.since);
  if (f.until) q = q.where('observed_at', '<', f.until);
  return q;
}

async function nodesOf(db: Db | Transaction<Database>, refs: readonly { level: number; idx: number }[]) {
  if (!refs.length) return [];
  const rows: NodeRow[] = [];
  for (const part of chunks(refs, 200)) {
    rows.push(
      ...(await db
        .selectFrom('tree_nodes')
        .select(['level', 'idx', 'hash'])
        .where((eb) => eb.or(part.map((r) => eb.and([eb('level', '=', r.level), eb('idx', '=', r.idx)]))))
        .execute()),
    );
  }
  return rows;
}

const leafHashesOf = async (db: Db | Transaction<Database>, from: number, to: number) =>
  (
    await db
      .selectFrom('evidence')
      .select('leaf_hash')
      .where('seq', '>=', from)
      .where('seq', '<', to)
      .orderBy('seq')
      .execute()
  ).map((r) => r.leaf_hash);

const EMPTY_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * The Store over any Kysely dialect. Dialect folders only build the Kysely instance and say how to
 * lock; everything else, including the migrations, is shared.
 */
export class KyselyStore implements Store {
  readonly access: AccessStore;

  constructor(
    readonly db: Db,
    readonly dialect: 'sqlite' | 'postgres',
    private readonly lockHead: (tx: Transaction<Database>) => Promise<void>,
  ) {
    this.access = new KyselyAccessStore(db);
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider(this.dialect === 'postgres' ? 'bytea' : 'blob'),
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(
        `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
    await this.db
      .insertInto('ledger_head')
      .values({ id: 1, size: 0, root: EMPTY_ROOT })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  append<T>(fn: (tx: AppendTx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await this.lockHead(trx);
      return fn(this.appendTx(trx));
    });
  }

  /** The writes of one append inside `trx`; a dialect may replace hot paths with its own statements. */
  protected appendTx(trx: Transaction<Database>): AppendTx {
    return {
      head: async () =>
        trx.selectFrom('ledger_head').select(['size', 'root']).where('id', '=', 1).executeTakeFirstOrThrow(),
      existingIds: async (ids) => {
        const found = new Set<string>();
        for (const part of chunks(ids)) {
          const rows = await trx.selectFrom('evidence').select('id').where('id', 'in', part).execute();
          for (const r of rows) found.add(r.id);
        }
        return found;
      },
      nodes: (refs) => nodesOf(trx, refs),
      leafHashes: (from, to) => leafHashesOf(trx, from, to),
      insertEvidence: async (rows) => {
        for (const part of chunks(rows)) await trx.insertInto('evidence').values(part).execute();
      },
      insertNodes: async (rows) => {
        for (const part of chunks(rows)) await trx.insertInto('tree_nodes').values(part).execute();
      },
      putBlob: async (row) => {
        const r = await trx
          .insertInto('blobs')
          .values(row)
          .onConflict((oc) => oc.column('sha256').doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
      },
      setHead: async (head: LedgerHead) => {
        await trx.updateTable('ledger_head').set(head).where('id', '=', 1).execute();
      },
      insertCheckpoint: async (row) => {
        const last = await trx
          .selectFrom('checkpoints')
          .select((eb) => eb.fn.max('seq').as('m'))
          .executeTakeFirst();
        await trx
          .insertInto('checkpoints')
          .values({ ...row, seq: Number(last?.m ?? -1) + 1 })
          .execute();
      },
    };
  }

  head() {
    return this.db
      .selectFrom('ledger_head')
      .select(['size', 'root'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
  }

  async getMeta(key: string) {
    return (await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())
      ?.value;
  }

  async initMeta(key: string, value: string) {
    await this.db
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return (await this.getMeta(key)) ?? value;
  }

  listEvidence(f: EvidenceFilter): Promise<EvidenceRow[]> {
    const order = f.newest ? 'desc' : 'asc';
    return filtered(this.db, f)
      .selectAll()
      .orderBy('observed_at', order)
      .orderBy('seq', order)
      .limit(f.limit ?? 1000)
      .offset(f.offset ?? 0)
      .execute();
  }

  async countEvidence(f: EvidenceFilter) {
    const r = await filtered(this.db, f)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  latestEvidence(type: string) {
    return this.db
      .selectFrom('evidence')
      .selectAll()
      .where('type', '=', type)
      .orderBy('observed_at', 'desc')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  findEvidence(prefix: string, limit = 2) {
    // Ids are lowercase hex, so a range scan on the unique index finds a prefix without LIKE escaping.
    return this.db
      .selectFrom('evidence')
      .selectAll()
      .where('id', '>=', prefix)
      .where('id', '<', `${prefix}g`)
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  evidenceByTime(q: TimeOrderedQuery): Promise<EvidenceRow[]> {
    let query = this.db.selectFrom('evidence').selectAll().where('type', '=', q.type);
    if (q.since) query = query.where('observed_at', '>=', q.since);
    if (q.until) query = query.where('observed_at', '<', q.until);
    const after = q.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('observed_at', '>', after.observed_at),
          eb.and([eb('observed_at', '=', after.observed_at), eb('seq', '>', after.seq)]),
        ]),
      );
    }
    return query.orderBy('observed_at').orderBy('seq').limit(q.limit).execute();
  }

  evidenceRange(from: number, to: number) {
    return this.db
      .selectFrom('evidence')
      .selectAll()
      .where('seq', '>=', from)
      .where('seq', '<', to)
      .orderBy('seq')
      .execute();
  }

  evidencePage(after: number, limit: number) {
    return this.db
      .selectFrom('evidence')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(limit)
      .execute();
  }

  leafHashes(from: number, to: number) {
    return leafHashesOf(this.db, from, to);
  }

  nodes(refs: readonly { level: number; idx: number }[]) {
    return nodesOf(this.db, refs);
  }

  nodeRange(level: number, from: number, to: number) {
    return this.db
      .selectFrom('tree_nodes')
      .select(['level', 'idx', 'hash'])
      .where('level', '=', level)
      .where('idx', '>=', from)
      .where('idx', '<', to)
      .orderBy('idx')
      .execute();
  }

  async maxNodeLevel() {
    const r = await this.db
      .selectFrom('tree_nodes')
      .select((eb) => eb.fn.max('level').as('m'))
      .executeTakeFirst();
    return r?.m == null ? -1 : Number(r.m);
  }

  checkpoints() {
    return this.db.selectFrom('checkpoints').selectAll().orderBy('seq').execute();
  }

  latestCheckpoint() {
    return this.db.selectFrom('checkpoints').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  }

  getBlob(sha256: string) {
    return this.db.selectFrom('blobs').selectAll().where('sha256', '=', sha256).executeTakeFirst();
  }

  async blobAddresses(after: string, limit: number) {
    const rows = await this.db
      .selectFrom('blobs')
      .select('sha256')
      .where('sha256', '>', after)
      .orderBy('sha256')
      .limit(limit)
      .execute();
    return rows.map((r) => r.sha256);
  }

  async replaceBlobCipher(sha256: string, keyId: string, nonce: Buffer, ciphertext: Buffer) {
    await this.db
      .updateTable('blobs')
      .set({ key_id: keyId, nonce, ciphertext })
      .where('sha256', '=', sha256)
      .execute();
  }

  async startRun(row: RunRow) {
    await this.db.insertInto('collection_runs').values(row).execute();
  }

  async finishRun(id: string, end: Pick<RunRow, 'finished_at' | 'status' | 'items' | 'stored' | 'error'>) {
    await this.db.updateTable('collection_runs').set(end).where('id', '=', id).execute();
  }

  listRuns(q: { source?: string; limit: number }): Promise<RunRow[]> {
    let query = this.db.selectFrom('collection_runs').selectAll();
    if (q.source) query = query.where('source', '=', q.source);
    return query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute() as Promise<
      RunRow[]
    >;
  }

  async integrityCheck(): Promise<string[]> {
    if (this.dialect !== 'sqlite') return [];
    const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(this.db);
    const messages = rows.map((r) => r.integrity_check);
    return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
  }

  close() {
    return this.db.destroy();
  }
}
