import type { Kysely } from 'kysely';
import type { AccessRole, AccessStore, AccessTokenRow, SessionRow } from './access-store.ts';
import type { Database } from './schema.ts';

/** The AccessStore over any Kysely dialect (portable SQL only, like the rest of KyselyStore). */
export class KyselyAccessStore implements AccessStore {
  constructor(private readonly db: Kysely<Database>) {}

  async addToken(row: AccessTokenRow) {
    const r = await this.db
      .insertInto('access_tokens')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  tokens() {
    return this.db
      .selectFrom('access_tokens')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute() as Promise<AccessTokenRow[]>;
  }

  revokeToken(id: string, at: string) {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('access_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      await trx.deleteFrom('sessions').where('token_id', '=', id).execute();
      return (await trx.selectFrom('access_tokens').selectAll().where('id', '=', id).executeTakeFirst()) as
        | AccessTokenRow
        | undefined;
    });
  }

  async addSession(row: SessionRow) {
    await this.db.insertInto('sessions').values(row).execute();
  }

  async liveSessions(now: string) {
    const rows = await this.db
      .selectFrom('sessions')
      .innerJoin('access_tokens', 'access_tokens.id', 'sessions.token_id')
      .select([
        'sessions.id_sha256',
        'sessions.token_id',
        'sessions.created_at',
        'sessions.expires_at',
        'access_tokens.role',
      ])
      .where('sessions.expires_at', '>', now)
      .where('access_tokens.revoked_at', 'is', null)
      .execute();
    return rows as (SessionRow & { role: AccessRole })[];
  }

  async deleteSession(idSha256: string) {
    await this.db.deleteFrom('sessions').where('id_sha256', '=', idSha256).execute();
  }

  async deleteExpiredSessions(now: string) {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }
}
