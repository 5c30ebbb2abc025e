import type { Kysely } from 'kysely';

/** Every collection run: which source, when, how many items, and the error when it failed. */
export const collectionRuns = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('collection_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('collector', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('items', 'integer', (c) => c.notNull())
      .addColumn('stored', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .execute();
    await db.schema
      .createIndex('collection_runs_source_time')
      .on('collection_runs')
      .columns(['source', 'started_at'])
      .execute();
  },
};
