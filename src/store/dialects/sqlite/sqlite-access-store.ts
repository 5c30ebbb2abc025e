import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { AccessRole, AccessTokenRow, SessionRow } from '../../access-store.ts';
import { KyselyAccessStore } from '../../kysely-access-store.ts';
import type { Database as Schema } from '../../schema.ts';

/**
 * The access store on SQLite: the two reads every API request makes (the tokens, the live sessions)
 * run as statements prepared once on the store's connection, not compiled by Kysely per request; the
 * writes stay portable. Same SQL as {@link KyselyAccessStore}, checked by the store contract tests.
 */
export class SqliteAccessStore extends KyselyAccessStore {
  readonly #sql: Database.Database;
  #tokens: Database.Statement | undefined;
  #sessions: Database.Statement | undefined;

  constructor(db: Kysely<Schema>, sql: Database.Database) {
    super(db);
    this.#sql = sql;
  }

  override tokens() {
    // Like the store's other raw reads, only on an idle connection (never inside another task's write).
    if (this.#sql.inTransaction) return super.tokens();
    // Prepared on first use: the tables exist only once the migrations have run.
    this.#tokens ??= this.#sql.prepare(
      'SELECT id, role, label, token_sha256, created_at, revoked_at FROM access_tokens ORDER BY created_at, id',
    );
    return Promise.resolve(this.#tokens.all() as AccessTokenRow[]);
  }

  override liveSessions(now: string) {
    if (this.#sql.inTransaction) return super.liveSessions(now);
    this.#sessions ??= this.#sql.prepare(
      `SELECT s.id_sha256, s.token_id, s.created_at, s.expires_at, t.role
       FROM sessions s JOIN access_tokens t ON t.id = s.token_id
       WHERE s.expires_at > ? AND t.revoked_at IS NULL`,
    );
    return Promise.resolve(this.#sessions.all(now) as (SessionRow & { role: AccessRole })[]);
  }
}
