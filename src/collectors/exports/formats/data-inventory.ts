import type { ExportFormat } from '../export-format.ts';
import { AS_OF, snapshot } from './snapshot.ts';

const SUBJECT = 'data-inventory';

export const dataInventoryFormat: ExportFormat = {
  type: 'data_inventory',
  summary:
    'A data inventory: one row per data asset with its classification label. All rows form one snapshot record (subject `data-inventory`); its event time is the as_of column, or the as-of time passed to the import.',
  snapshot: { subject: SUBJECT },
  columns: [
    {
      name: 'name',
      kind: 'text',
      need: 'value',
      doc: 'the data asset (database, bucket, table, SaaS dataset)',
    },
    {
      name: 'classification',
      kind: 'enum',
      values: ['public', 'internal', 'confidential', 'restricted'],
      need: 'column',
      doc: 'its label; empty = not classified yet (recorded as null)',
    },
    { name: 'owner', kind: 'text', need: 'optional', doc: 'who is accountable for it' },
    AS_OF,
  ],
  build(rows, ctx) {
    const assets = rows.map((r) => ({
      name: r.text('name'),
      classification: r.optText('classification') ?? null,
      ...(r.has('owner') ? { owner: r.text('owner') } : {}),
    }));
    return snapshot('data_inventory', SUBJECT, rows, ctx, { assets });
  },
};
