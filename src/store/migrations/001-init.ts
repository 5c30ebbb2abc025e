import { type Kysely, sql } from 'kysely';

/** `binary` is the one type that differs by dialect: BLOB on SQLite, bytea on PostgreSQL. */
export const init = (binary: 'blob' | 'bytea') => ({
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('ledger_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('evidence')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('observed_at', 'text', (c) => c.notNull())
      .addColumn('collected_at', 'text', (c) => c.notNull())
      .addColumn('leaf_hash', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
    // Reading one control's evidence for a period is a range scan on (type, observed_at).
    await db.schema
      .createIndex('evidence_type_time')
      .on('evidence')
      .columns(['type', 'observed_at'])
      .execute();
    await db.schema
      .createIndex('evidence_subject_time')
      .on('evidence')
      .columns(['subject', 'observed_at'])
      .execute();
    await db.schema.createIndex('evidence_time').on('evidence').column('observed_at').execute();
    await db.schema
      .createTable('tree_nodes')
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('tree_nodes_pk', ['level', 'idx'])
      .execute();
    await db.schema
      .createTable('checkpoints')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('blobs')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('nonce', sql.raw(binary), (c) => c.notNull())
      .addColumn('ciphertext', sql.raw(binary), (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
});
