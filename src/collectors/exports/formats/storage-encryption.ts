import type { ExportFormat } from '../export-format.ts';
import { AS_OF, snapshot } from './snapshot.ts';

const SUBJECT = 'storage';

export const storageEncryptionFormat: ExportFormat = {
  type: 'storage_encryption',
  summary:
    'A storage encryption inventory: one row per data store. All rows form one snapshot record (subject `storage`); its event time is the as_of column, or the as-of time passed to the import.',
  snapshot: { subject: SUBJECT },
  columns: [
    {
      name: 'name',
      kind: 'text',
      need: 'value',
      doc: 'the store (database instance, bucket, volume, backup vault)',
    },
    { name: 'kind', kind: 'text', need: 'value', doc: 'what sort of store it is (postgres, s3, ebs …)' },
    { name: 'encrypted', kind: 'boolean', need: 'value', doc: 'whether it is encrypted at rest' },
    {
      name: 'algorithm',
      kind: 'text',
      need: 'optional',
      doc: 'the cipher (AES-256 …); empty when unknown or unencrypted (recorded as null)',
    },
    AS_OF,
  ],
  build(rows, ctx) {
    const stores = rows.map((r) => ({
      name: r.text('name'),
      kind: r.text('kind'),
      encrypted: r.boolean('encrypted'),
      algorithm: r.optText('algorithm') ?? null,
    }));
    return snapshot('storage_encryption', SUBJECT, rows, ctx, { stores });
  },
};
