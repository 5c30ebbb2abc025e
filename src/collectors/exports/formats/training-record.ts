import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';

export const trainingRecordFormat: ExportFormat = {
  type: 'training_record',
  summary:
    'One row per completed course (an LMS completion export). Each row is one record: subject = the person, event time = completed_at.',
  columns: [
    {
      name: 'person',
      kind: 'text',
      need: 'value',
      subject: true,
      doc: 'who completed the course (name or id as in the HR roster)',
    },
    { name: 'course', kind: 'text', need: 'value', doc: 'the course or module' },
    { name: 'completed_at', kind: 'instant', need: 'value', doc: 'when it was completed' },
    { name: 'email', kind: 'text', need: 'optional', doc: 'the person’s work email' },
  ],
  build: (rows) =>
    rows.map((r) => ({
      type: 'training_record',
      subject: r.text('person'),
      observed_at: observedAt(r.text('completed_at')),
      data: {
        person: r.text('person'),
        course: r.text('course'),
        completed_at: r.text('completed_at'),
        ...(r.has('email') ? { email: r.text('email') } : {}),
      },
    })),
};
