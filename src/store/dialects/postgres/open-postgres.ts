import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { KyselyStore } from '../../kysely-store.ts';
import type { Database as Schema } from '../../schema.ts';

/** PostgreSQL through a pg pool; appenders serialise on a row lock of the ledger head. */
export async function openPostgres(url: string): Promise<KyselyStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const store = new KyselyStore(db, 'postgres', async (trx) => {
    await sql`SELECT size FROM ledger_head WHERE id = 1 FOR UPDATE`.execute(trx);
  });
  await migrateLocked(store, db);
  return store;
}

/** Two processes opening a fresh database at once must not both run the migrations. */
async function migrateLocked(store: KyselyStore, db: Kysely<Schema>): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(4180)`.execute(conn);
    try {
      await store.migrate();
    } finally {
      await sql`SELECT pg_advisory_unlock(4180)`.execute(conn);
    }
  });
}
