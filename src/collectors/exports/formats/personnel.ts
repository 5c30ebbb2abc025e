import type { ExportFormat } from '../export-format.ts';
import { AS_OF, snapshot } from './snapshot.ts';

const SUBJECT = 'hr';
const optional = ['end_date', 'department', 'title'] as const;

export const personnelFormat: ExportFormat = {
  type: 'personnel',
  summary:
    'An HR roster: one row per person, current and former. All rows form one snapshot record (subject `hr`); its event time is the as_of column, or the as-of time passed to the import.',
  snapshot: { subject: SUBJECT },
  columns: [
    { name: 'person', kind: 'text', need: 'value', doc: 'the person’s name or employee id' },
    { name: 'email', kind: 'text', need: 'value', doc: 'work email' },
    { name: 'start_date', kind: 'date', need: 'value', doc: 'first day of employment or contract' },
    { name: 'end_date', kind: 'date', need: 'optional', doc: 'last day; empty while employed' },
    { name: 'department', kind: 'text', need: 'optional', doc: 'team or department' },
    { name: 'title', kind: 'text', need: 'optional', doc: 'job title' },
    AS_OF,
  ],
  build(rows, ctx) {
    const people = rows.map((r) => {
      const person: Record<string, unknown> = {
        person: r.text('person'),
        email: r.text('email'),
        start_date: r.text('start_date'),
      };
      for (const c of optional) if (r.has(c)) person[c] = r.text(c);
      return person;
    });
    return snapshot('personnel', SUBJECT, rows, ctx, { people });
  },
};
