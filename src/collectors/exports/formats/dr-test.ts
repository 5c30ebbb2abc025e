import { observedAt } from '../cells.ts';
import type { ExportFormat } from '../export-format.ts';

const MINUTES = [
  'rto_target_minutes',
  'rto_actual_minutes',
  'rpo_target_minutes',
  'rpo_actual_minutes',
] as const;
const DOCS: Record<(typeof MINUTES)[number], string> = {
  rto_target_minutes: 'recovery time objective, in minutes',
  rto_actual_minutes: 'time the recovery actually took, in minutes',
  rpo_target_minutes: 'recovery point objective (tolerable data loss), in minutes',
  rpo_actual_minutes: 'data actually lost, in minutes',
};

export const drTestFormat: ExportFormat = {
  type: 'dr_test',
  summary:
    'Disaster recovery test records: one row per test. Each row is one record: subject `disaster-recovery`, event time = performed_at.',
  columns: [
    { name: 'performed_at', kind: 'instant', need: 'value', doc: 'when the test was performed' },
    ...MINUTES.map((name) => ({ name, kind: 'number' as const, need: 'value' as const, doc: DOCS[name] })),
    { name: 'success', kind: 'boolean', need: 'value', doc: 'whether the recovery succeeded' },
    {
      name: 'scenario',
      kind: 'text',
      need: 'optional',
      doc: 'what was simulated (region loss, database restore …)',
    },
  ],
  build: (rows) =>
    rows.map((r) => ({
      type: 'dr_test',
      subject: 'disaster-recovery',
      observed_at: observedAt(r.text('performed_at')),
      data: {
        performed_at: r.text('performed_at'),
        ...Object.fromEntries(MINUTES.map((m) => [m, r.number(m)])),
        success: r.boolean('success'),
        ...(r.has('scenario') ? { scenario: r.text('scenario') } : {}),
      },
    })),
};
