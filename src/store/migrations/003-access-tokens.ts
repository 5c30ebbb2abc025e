import type { Kysely } from 'kysely';

/** API access tokens (SHA-256 only) and the sessions opened with them (docs/api.md). */
export const accessTokens = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('access_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('token_sha256', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id_sha256', 'text', (c) => c.primaryKey())
      .addColumn('token_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_token').on('sessions').column('token_id').execute();
  },
};
