import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';

export const offboardingFormat: ExportFormat = {
  type: 'offboarding',
  summary:
    'An HR terminations export: one row per leaver. Each row is one record: subject = the person, event time = terminated_at.',
  columns: [
    {
      name: 'person',
      kind: 'text',
      need: 'value',
      subject: true,
      doc: 'who left (name or id as in the HR roster)',
    },
    { name: 'terminated_at', kind: 'instant', need: 'value', doc: 'when employment ended' },
    {
      name: 'access_removed_at',
      kind: 'instant',
      need: 'optional',
      doc: 'when the last access was removed; empty when not (yet) done',
    },
    {
      name: 'systems',
      kind: 'list',
      need: 'optional',
      doc: 'the systems access was removed from, separated by `;`',
    },
  ],
  build: (rows) =>
    rows.map((r) => ({
      type: 'offboarding',
      subject: r.text('person'),
      observed_at: observedAt(r.text('terminated_at')),
      data: {
        person: r.text('person'),
        terminated_at: r.text('terminated_at'),
        ...(r.has('access_removed_at') ? { access_removed_at: r.text('access_removed_at') } : {}),
        ...(r.list('systems').length ? { systems: r.list('systems') } : {}),
      },
    })),
};
