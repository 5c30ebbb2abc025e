import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database as Schema } from '../../schema.ts';
import { SqliteStore } from './sqlite-store.ts';

/**
 * SQLite on a file: WAL so readers never block the writer, synchronous=FULL so a commit that returned
 * survives a power cut (https://www.sqlite.org/pragma.html#pragma_synchronous), foreign keys on, and a
 * long busy timeout so a second process waits for the writer instead of failing.
 */
export async function openSqlite(file: string): Promise<SqliteStore> {
  mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file, { timeout: 600_000 });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  // A write as the transaction's first statement takes SQLite's write lock at once, so two appenders
  // queue on busy_timeout instead of one failing to upgrade a read snapshot (SQLITE_BUSY_SNAPSHOT).
  const store = new SqliteStore(
    db,
    database,
    async (trx) => {
      await sql`UPDATE ledger_head SET size = size WHERE id = 1`.execute(trx);
    },
    file,
  );
  // Kysely's SQLite migrator runs DDL outside a transaction and its lock is a no-op, so a process killed
  // mid-migration, or two processes migrating a new file at once, could leave a half-made schema. One
  // IMMEDIATE transaction makes the migration atomic and serialises it across processes.
  database.exec('BEGIN IMMEDIATE');
  try {
    await store.migrate();
    database.exec('COMMIT');
  } catch (error) {
    if (database.inTransaction) database.exec('ROLLBACK');
    throw error;
  }
  return store;
}
